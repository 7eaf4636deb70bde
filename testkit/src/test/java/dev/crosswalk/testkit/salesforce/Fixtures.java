package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the recorded Salesforce responses kept as test resources under {@code fixtures/}: a copy of the project's
 * shared fixtures, with each source's {@code SOURCES.md} and licence beside its files.
 */
final class Fixtures {

    private Fixtures() {
    }

    static JsonNode json(String relativePath) {
        try {
            return Json.MAPPER.readTree(text(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relativePath) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + relativePath)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + relativePath + " under src/test/resources/fixtures");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
