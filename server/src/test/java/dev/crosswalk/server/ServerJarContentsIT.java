package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The production jar carries the emulators for {@code demo} and {@code emulator}, but no test framework. */
class ServerJarContentsIT {

    @Test
    void theShadedJarHasTheEmulatorsButNoJUnit() throws IOException {
        Path jar = Path.of("target", "crosswalk-server.jar");
        assertThat(jar).as("the shaded jar is built by 'package' before integration tests").exists();
        try (JarFile contents = new JarFile(jar.toFile())) {
            List<String> names = contents.stream().map(JarEntry::getName).toList();
            assertThat(names).noneMatch(name -> name.startsWith("org/junit/"))
                    .contains("dev/crosswalk/testkit/salesforce/SalesforceEmulator.class",
                            "dev/crosswalk/emulator/hubspot/HubSpotEmulator.class")
                    .noneMatch(name -> name.startsWith("dev/crosswalk/testkit/junit/"));
        }
    }
}
