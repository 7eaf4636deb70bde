package dev.crosswalk.testkit.salesforce;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the recorded Salesforce responses in {@code shared/fixtures} beside the checkout. */
final class Fixtures {

    private Fixtures() {
    }

    /** Walks up from the working directory to the first directory holding {@code shared/fixtures}. */
    static Optional<Path> root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A fixture as JSON; the calling test is skipped when the fixtures are not beside the checkout. */
    static JsonNode json(String relativePath) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "shared/fixtures not found beside the checkout");
        try {
            return Json.MAPPER.readTree(Files.readString(root.get().resolve(relativePath)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relativePath) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "shared/fixtures not found beside the checkout");
        try {
            return Files.readString(root.get().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
