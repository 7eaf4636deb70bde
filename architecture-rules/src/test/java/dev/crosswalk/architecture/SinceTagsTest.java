package dev.crosswalk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SinceTagsTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");

    @Test
    void findsPublicTypesWhoseJavadocLacksTheTagInThePackageAndBelow() {
        assertThat(SinceTags.missingIn(TEST_SOURCES, "dev.crosswalk.apifixture.since")).containsExactly(
                "dev.crosswalk.apifixture.since.TagOnlyOnAMember",
                "dev.crosswalk.apifixture.since.Undocumented",
                "dev.crosswalk.apifixture.since.Untagged",
                "dev.crosswalk.apifixture.since.UntaggedAnnotation",
                "dev.crosswalk.apifixture.since.UntaggedSealed",
                "dev.crosswalk.apifixture.since.nested.DeeperUntagged");
    }

    @Test
    void refusesAPackageWithoutSourcesInsteadOfPassing() {
        assertThatThrownBy(() -> SinceTags.missingIn(TEST_SOURCES, "dev.crosswalk.nosuchpackage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No sources of package dev.crosswalk.nosuchpackage");
    }
}
