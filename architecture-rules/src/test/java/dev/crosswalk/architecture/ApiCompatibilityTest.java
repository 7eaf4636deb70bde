package dev.crosswalk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCompatibilityTest {

    private static final String REMOVED = "dev.crosswalk.apifixture.v1.Greeter#greetAll(java.util.List<java.lang.String>)"
            + " : public java.lang.String";
    private static final String ADDED = "dev.crosswalk.apifixture.v1.Greeter#greetPolitely(java.lang.String)"
            + " : public java.lang.String";

    @TempDir
    Path directory;

    @Test
    void reportsARemovedMethodAsIncompatibleAndANewOneAsAnAddition() {
        ApiCompatibility.Comparison comparison = ApiCompatibility.compare(version1(), version2AsIfInVersion1sPackage());

        assertThat(comparison.incompatible()).containsExactly(REMOVED);
        assertThat(comparison.added()).containsExactly(ADDED);
        assertThat(comparison.isCompatible()).isFalse();
    }

    @Test
    void findsAnAdditionAloneCompatible() {
        ApiSurface withAddition = version1WithAddition();

        ApiCompatibility.Comparison comparison = ApiCompatibility.compare(version1(), withAddition);

        assertThat(comparison.isCompatible()).isTrue();
        assertThat(comparison.isUnchanged()).isFalse();
        assertThat(comparison.added()).containsExactly(ADDED);
    }

    @Test
    void passesWhenTheCommittedFileMatches() throws IOException {
        Path file = committed(version1());

        ApiCompatibility.check("fixture", version1(), file, false);
    }

    @Test
    void failsOnARemovalNamingItAndTheCompatibleAlternatives() throws IOException {
        Path file = committed(version1());

        assertThatThrownBy(() -> ApiCompatibility.check("fixture", version2AsIfInVersion1sPackage(), file, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Incompatible change to the public API of fixture")
                .hasMessageContaining("  - " + REMOVED)
                .hasMessageContaining("  + " + ADDED)
                .hasMessageContaining("deprecate it")
                .hasMessageContaining("-Dcrosswalk.api.update=true");
    }

    @Test
    void failsOnAnAdditionUntilTheFileRecordsIt() throws IOException {
        Path file = committed(version1());
        ApiSurface withAddition = version1WithAddition();

        assertThatThrownBy(() -> ApiCompatibility.check("fixture", withAddition, file, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("gained 1 element(s)")
                .hasMessageContaining("  + " + ADDED)
                .hasMessageContaining("-Dcrosswalk.api.update=true");
    }

    @Test
    void failsWithoutACommittedFileSayingHowToCreateIt() {
        Path missing = directory.resolve("api/none.api");

        assertThatThrownBy(() -> ApiCompatibility.check("fixture", version1(), missing, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No API signature file for fixture")
                .hasMessageContaining("-Dcrosswalk.api.update=true");
    }

    @Test
    void updatingRewritesTheFileSoTheNextCheckPasses() throws IOException {
        Path file = committed(version1());

        assertThat(ApiCompatibility.check("fixture", version2AsIfInVersion1sPackage(), file, true)).isTrue();

        assertThat(ApiCompatibility.check("fixture", version2AsIfInVersion1sPackage(), file, true)).isFalse();
        ApiCompatibility.check("fixture", version2AsIfInVersion1sPackage(), file, false);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).contains(ADDED).doesNotContain(REMOVED)
                .first().asString().startsWith("# The public API of fixture");
    }

    private Path committed(ApiSurface surface) throws IOException {
        Path file = directory.resolve("fixture.api");
        Files.write(file, List.of("# committed earlier", String.join("\n", surface.lines())), StandardCharsets.UTF_8);
        return file;
    }

    private static ApiSurface version1WithAddition() {
        List<String> lines = new ArrayList<>(version1().lines());
        lines.add(ADDED);
        return ApiSurface.ofLines(lines);
    }

    private static ApiSurface version1() {
        return ApiSurfaceTest.surfaceOf("dev.crosswalk.apifixture.v1");
    }

    /** Version 2's surface with its package renamed, so that only real changes differ. */
    private static ApiSurface version2AsIfInVersion1sPackage() {
        return ApiSurface.ofLines(ApiSurfaceTest.surfaceOf("dev.crosswalk.apifixture.v2").lines().stream()
                .map(line -> line.replace("dev.crosswalk.apifixture.v2.", "dev.crosswalk.apifixture.v1."))
                .toList());
    }
}
