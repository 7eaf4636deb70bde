package dev.crosswalk.adapters.persistence;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks an embedded H2 database's folder and file before H2 opens them, so a folder that cannot be created or
 * written, or a read-only database file, is one clear sentence at start instead of H2's stack traces or a failure on
 * the first write.
 */
final class H2Files {

    private static final String FILE_URL = "jdbc:h2:file:";
    private static final String H2_SUFFIX = ".mv.db";

    private H2Files() {
    }

    /**
     * Creates the folder of a {@code jdbc:h2:file:} database if it is missing; other URLs pass unchecked.
     *
     * @throws IllegalStateException when the folder cannot be created, is not a folder or is not writable, or the
     *     database file exists but cannot be written
     */
    static void requireUsable(String jdbcUrl) {
        Optional<Path> database = databaseFile(jdbcUrl);
        if (database.isEmpty()) {
            return;
        }
        Path folder = database.get().getParent();
        try {
            Files.createDirectories(folder);
        } catch (FileSystemException refused) {
            throw new IllegalStateException("cannot create the data folder " + folder + ": "
                    + (refused.getReason() == null ? refused.getClass().getSimpleName() : refused.getReason()));
        } catch (IOException refused) {
            throw new IllegalStateException("cannot create the data folder " + folder + ": " + refused.getMessage());
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("the data folder " + folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalStateException("the data folder " + folder + " is not writable by this user");
        }
        Path file = database.get();
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalStateException("the database file " + file + " is read-only; Crosswalk writes tokens,"
                    + " leases and settings to it");
        }
    }

    /** @return the {@code .mv.db} file a {@code jdbc:h2:file:} URL names */
    private static Optional<Path> databaseFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        int parameters = jdbcUrl.indexOf(';');
        String name = jdbcUrl.substring(FILE_URL.length(), parameters < 0 ? jdbcUrl.length() : parameters);
        if (name.startsWith("~")) {
            return Optional.empty(); // H2 expands ~ to the home folder itself; left to H2
        }
        return Optional.of(Path.of(name + H2_SUFFIX).toAbsolutePath());
    }
}
