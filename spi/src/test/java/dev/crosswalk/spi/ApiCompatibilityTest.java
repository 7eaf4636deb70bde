package dev.crosswalk.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.architecture.ApiCompatibility;
import dev.crosswalk.architecture.ApiSurface;
import dev.crosswalk.architecture.SinceTags;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plugin contract changes only compatibly, and only deliberately: see {@link ApiCompatibility} and
 * {@code architecture-rules/README.md}. After a reviewed change, regenerate the signature file with
 * {@code -Dcrosswalk.api.update=true}.
 */
class ApiCompatibilityTest {

    private static final String SPI = "dev.crosswalk.spi";


    @Test
    void publicApiMatchesTheCommittedSignatures() {
        ApiCompatibility.check("crosswalk-spi", ApiSurface.ofPackages(SPI),
                Path.of("src/test/resources/api/crosswalk-spi.api"));
    }

    @Test
    void everyPublicTypeSaysSinceWhichVersionItExists() {
        assertThat(SinceTags.missingIn(Path.of("src/main/java"), SPI))
                .as("public spi types without an @since tag in their Javadoc (tag them, e.g. @since 0.1)")
                .isEmpty();
    }
}
