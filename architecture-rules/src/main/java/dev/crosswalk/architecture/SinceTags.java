package dev.crosswalk.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds public top-level types whose Javadoc lacks an {@code @since} tag, by reading source files. Every public type
 * of a published API says since which version it exists, so users can tell what a version offers. Stateless and
 * thread-safe.
 *
 * <p>The reading is deliberately simple and relies on the usual layout: one top-level type per file, declared at the
 * start of a line, its Javadoc right before it (annotations may sit in between). {@code package-info.java} and
 * {@code module-info.java} are skipped.
 *
 * @since 0.1
 */
public final class SinceTags {

    private static final Pattern TOP_LEVEL_PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)"
                    + "\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern SINCE_TAG = Pattern.compile("^\\s*\\*?\\s*@since\\s+\\S", Pattern.MULTILINE);
    private static final Pattern ANNOTATIONS = Pattern.compile("@[\\w.]+(?:\\s*\\([^)]*\\))?");

    private SinceTags() {
    }

    /**
     * @param sourceRoot a source root, e.g. {@code src/main/java} (relative paths resolve against the working
     *     directory, which Maven sets to the module's directory); never {@code null}
     * @param packages the packages to read, with their sub-packages, e.g. {@code dev.crosswalk.spi}
     * @return the fully qualified names of public top-level types without an {@code @since} tag in their Javadoc
     *     (or without Javadoc), sorted; empty when every type has one
     * @throws IllegalArgumentException when a package has no directory under {@code sourceRoot}, so a typo or a
     *     wrong working directory cannot make the check pass vacuously
     * @throws UncheckedIOException when a source file cannot be read
     */
    public static List<String> missingIn(Path sourceRoot, String... packages) {
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            Path directory = sourceRoot.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("No sources of package " + pkg + " under "
                        + sourceRoot.toAbsolutePath() + "; run the check from the module's directory");
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(SinceTags::isTypeSource).sorted().toList()) {
                    typeMissingTag(file).ifPresent(type -> missing.add(qualified(sourceRoot, file, type)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sources under " + directory.toAbsolutePath(), e);
            }
        }
        return missing.stream().sorted().distinct().toList();
    }

    private static boolean isTypeSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.equals("package-info.java") && !name.equals("module-info.java");
    }

    private static Optional<String> typeMissingTag(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher declaration = TOP_LEVEL_PUBLIC_TYPE.matcher(source);
        if (!declaration.find()) {
            return Optional.empty();
        }
        String before = source.substring(0, declaration.start());
        int javadocStart = before.lastIndexOf("/**");
        int javadocEnd = before.lastIndexOf("*/");
        boolean documented = javadocStart >= 0 && javadocEnd > javadocStart
                && ANNOTATIONS.matcher(before.substring(javadocEnd + 2)).replaceAll("").isBlank();
        if (documented && SINCE_TAG.matcher(before.substring(javadocStart, javadocEnd)).find()) {
            return Optional.empty();
        }
        return Optional.of(declaration.group(1));
    }

    private static String qualified(Path sourceRoot, Path file, String type) {
        Path relativeDirectory = sourceRoot.relativize(file).getParent();
        String pkg = relativeDirectory == null ? "" : relativeDirectory.toString().replace(file.getFileSystem()
                .getSeparator(), ".");
        return pkg.isEmpty() ? type : pkg + "." + type;
    }
}
