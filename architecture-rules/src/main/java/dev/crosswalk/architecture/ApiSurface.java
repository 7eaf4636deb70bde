package dev.crosswalk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The public surface of a set of classes as sorted text: one line per public or protected type and per public or
 * protected constructor, method, field and enum constant of such a type. Each line names its element first (the
 * type, or {@code Type#member}) and then its shape, so the listing is stable, diffs well and can be committed:
 *
 * <pre>
 * dev.crosswalk.spi.ConnectorContext : public interface
 * dev.crosswalk.spi.ConnectorContext#tokenManager(dev.crosswalk.core.toolkit.token.TokenRefresher) : public abstract dev.crosswalk.core.toolkit.token.TokenManager
 * dev.crosswalk.spi.ConnectorContext.Builder : public static final class
 * </pre>
 *
 * <p>Generic signatures are kept; annotations are not (so deprecating an element does not change its line), nor are
 * synthetic and bridge members, nor types nested in a type that is not itself exported. Immutable and thread-safe.
 * Compare two surfaces with {@link ApiCompatibility}.
 *
 * @since 0.1
 */
public final class ApiSurface {

    private final List<String> lines;

    private ApiSurface(List<String> lines) {
        this.lines = lines.stream().sorted().distinct().toList();
    }

    /**
     * Reads the compiled main classes (not tests) of the given packages and their sub-packages from the class path.
     *
     * @param packages package names, e.g. {@code dev.crosswalk.spi}; never {@code null}
     * @return their public surface; empty when no class was found
     */
    public static ApiSurface ofPackages(String... packages) {
        return of(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages));
    }

    /**
     * @param classes the classes to describe, for example imported by a {@link ClassFileImporter}; classes that are
     *     not exported (package-private, private, local, anonymous, or nested in such a class) are skipped
     * @return their public surface
     */
    public static ApiSurface of(Iterable<JavaClass> classes) {
        List<String> lines = new ArrayList<>();
        for (JavaClass type : classes) {
            if (SignatureLines.isExported(type)) {
                lines.addAll(SignatureLines.of(type));
            }
        }
        return new ApiSurface(lines);
    }

    /**
     * @param lines signature lines, as {@link #lines()} returns them or as read from a committed file; blank lines
     *     and lines starting with {@code #} (comments) are ignored; never {@code null}
     * @return the surface those lines describe
     */
    public static ApiSurface ofLines(List<String> lines) {
        return new ApiSurface(Objects.requireNonNull(lines, "lines").stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
    }

    /** @return the signature lines, sorted and without duplicates; unmodifiable */
    public List<String> lines() {
        return lines;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiSurface surface && lines.equals(surface.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
