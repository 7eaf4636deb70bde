package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is generated from the spec; this keeps the two from drifting apart. */
class SalesforceReadmeTest {

    @Test
    void readmeDocumentsEveryConfigurationKeyExactlyAsTheSpecDeclaresIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains(SalesforceSettings.SPEC.toMarkdownTable());
    }
}
