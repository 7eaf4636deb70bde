package dev.crosswalk.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a module's current {@link ApiSurface} with the one committed in its signature file, so that a build fails
 * on an incompatible change to the public API and records every addition deliberately:
 * <ul>
 *   <li>a committed line that is gone (an element removed, or changed in any way) is incompatible;</li>
 *   <li>a new line is compatible, but the build fails until the signature file records it, so additions are
 *       reviewed: run the check with {@code -D}{@value #UPDATE_PROPERTY}{@code =true}, which rewrites the file.</li>
 * </ul>
 * The update flag rewrites the file whatever changed, so a deliberate incompatible change (before 1.0, or in a major
 * release) is accepted the same way and shows in the file's diff. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ApiCompatibility {

    /** The system property that, set to {@code true}, rewrites the signature file instead of failing. */
    public static final String UPDATE_PROPERTY = "crosswalk.api.update";

    private ApiCompatibility() {
    }

    /**
     * @param committed the surface recorded in the signature file; never {@code null}
     * @param current the surface the classes have now; never {@code null}
     * @return what is gone or changed (incompatible) and what is new (compatible)
     */
    public static Comparison compare(ApiSurface committed, ApiSurface current) {
        Set<String> now = new LinkedHashSet<>(current.lines());
        Set<String> before = new LinkedHashSet<>(committed.lines());
        List<String> incompatible = committed.lines().stream().filter(line -> !now.contains(line)).toList();
        List<String> added = current.lines().stream().filter(line -> !before.contains(line)).toList();
        return new Comparison(incompatible, added);
    }

    /**
     * Checks {@code current} against the signature file, or rewrites the file when the system property
     * {@value #UPDATE_PROPERTY} is {@code true}.
     *
     * @param module the module's name for messages and the file header, e.g. {@code crosswalk-core}
     * @param current the module's surface now, usually {@link ApiSurface#ofPackages(String...)}
     * @param signatureFile the committed file, e.g. {@code src/test/resources/api/crosswalk-core.api} (relative
     *     paths resolve against the working directory, which Maven sets to the module's directory)
     * @throws AssertionError when the file is missing, or when the surface lost or changed a line (listing them and
     *     the compatible alternatives), or gained lines the file does not record yet
     * @throws UncheckedIOException when the file cannot be read or written
     */
    public static void check(String module, ApiSurface current, Path signatureFile) {
        if (check(module, current, signatureFile, Boolean.getBoolean(UPDATE_PROPERTY))) {
            System.out.println("Rewrote " + signatureFile.toAbsolutePath() + " (" + current.lines().size()
                    + " lines); review the diff and commit it.");
        }
    }

    /** @return whether the file was rewritten */
    static boolean check(String module, ApiSurface current, Path signatureFile, boolean rewrite) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(current, "current");
        String update = "-D" + UPDATE_PROPERTY + "=true";
        if (rewrite) {
            return write(module, current, signatureFile);
        }
        if (!Files.isRegularFile(signatureFile)) {
            throw new AssertionError("No API signature file for " + module + " at " + signatureFile.toAbsolutePath()
                    + ". Create it by running this test with " + update + ", then review and commit it.");
        }
        Comparison comparison = compare(read(signatureFile), current);
        if (!comparison.isCompatible()) {
            throw new AssertionError(comparison.incompatibleReport(module, signatureFile, update));
        }
        if (!comparison.isUnchanged()) {
            throw new AssertionError(comparison.additionsReport(module, signatureFile, update));
        }
        return false;
    }

    private static ApiSurface read(Path file) {
        try {
            return ApiSurface.ofLines(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API signature file " + file.toAbsolutePath(), e);
        }
    }

    private static boolean write(String module, ApiSurface current, Path file) {
        if (Files.isRegularFile(file) && read(file).equals(current)) {
            return false;
        }
        List<String> text = new ArrayList<>();
        text.add("# The public API of " + module + ": one line per public or protected type and member, sorted.");
        text.add("# Checked by ApiCompatibilityTest. After a reviewed change, regenerate it: run that test with -D"
                + UPDATE_PROPERTY + "=true (see architecture-rules/README.md).");
        text.addAll(current.lines());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the API signature file " + file.toAbsolutePath(), e);
        }
        return true;
    }

    /** What changed between a committed surface and the current one. Immutable and thread-safe. */
    public static final class Comparison {
        private final List<String> incompatible;
        private final List<String> added;

        private Comparison(List<String> incompatible, List<String> added) {
            this.incompatible = List.copyOf(incompatible);
            this.added = List.copyOf(added);
        }

        /** @return committed lines the current surface lacks: removed or changed elements, sorted; unmodifiable */
        public List<String> incompatible() {
            return incompatible;
        }

        /** @return lines only the current surface has: added (or the new shape of changed) elements; unmodifiable */
        public List<String> added() {
            return added;
        }

        /** @return whether nothing committed is gone or changed */
        public boolean isCompatible() {
            return incompatible.isEmpty();
        }

        /** @return whether both surfaces are the same */
        public boolean isUnchanged() {
            return incompatible.isEmpty() && added.isEmpty();
        }

        String incompatibleReport(String module, Path file, String update) {
            StringBuilder text = new StringBuilder("Incompatible change to the public API of ").append(module)
                    .append(": ").append(incompatible.size()).append(" element(s) removed or changed since ")
                    .append(file).append(":\n");
            incompatible.forEach(line -> text.append("  - ").append(line).append('\n'));
            if (!added.isEmpty()) {
                text.append("Now present instead or in addition:\n");
                added.forEach(line -> text.append("  + ").append(line).append('\n'));
            }
            return text.append("""
                    Code built against the old API would no longer compile or link. Keep the old element instead: \
                    deprecate it (@Deprecated with a Javadoc @deprecated saying what to use), add an overload or a \
                    new method next to it, give a new interface method a default. \
                    If the break is deliberate (before 1.0, or in a major release) and agreed, run this test with \
                    """).append(update).append(" to rewrite the file, and commit it so the break shows in review.")
                    .toString();
        }

        String additionsReport(String module, Path file, String update) {
            StringBuilder text = new StringBuilder("The public API of ").append(module).append(" gained ")
                    .append(added.size()).append(" element(s) that ").append(file).append(" does not record yet:\n");
            added.forEach(line -> text.append("  + ").append(line).append('\n'));
            return text.append("Additions are compatible, but every one must be deliberate: check each is meant to ")
                    .append("be public (and that a new public type has an @since tag), then run this test with ")
                    .append(update).append(" to record them, and commit the file.").toString();
        }
    }
}
