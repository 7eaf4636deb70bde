package dev.crosswalk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.architecture.ApiCompatibility;
import dev.crosswalk.architecture.ApiSurface;
import dev.crosswalk.architecture.SinceTags;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Core's public API (domain, ports, toolkit) changes only compatibly, and only deliberately: see
 * {@link ApiCompatibility} and {@code architecture-rules/README.md}. After a reviewed change, regenerate the
 * signature file with {@code -Dcrosswalk.api.update=true}.
 */
class ApiCompatibilityTest {

    /** The domain, the ports, the toolkit connectors use, and the application's one public entry point. */
    private static final String[] PUBLIC_API = {"dev.crosswalk.core.domain", "dev.crosswalk.core.port",
            "dev.crosswalk.core.toolkit", "dev.crosswalk.core.application"};

    @Test
    void publicApiMatchesTheCommittedSignatures() {
        ApiCompatibility.check("crosswalk-core", ApiSurface.ofPackages(PUBLIC_API),
                Path.of("src/test/resources/api/crosswalk-core.api"));
    }

    @Test
    void everyPublicTypeSaysSinceWhichVersionItExists() {
        assertThat(SinceTags.missingIn(Path.of("src/main/java"), PUBLIC_API))
                .as("public types of core's API without an @since tag in their Javadoc (tag them, e.g. @since 0.1)")
                .isEmpty();
    }
}
