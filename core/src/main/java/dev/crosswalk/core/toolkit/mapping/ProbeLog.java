package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What probing a mapping against a schema found: the provider fields its expressions read (and relationship paths
 * through them), the problems (a field the object lacks, a spelling that differs from the schema's, a relationship
 * path too deep or leading nowhere) attributed to the expression being probed, and where each sample value came from.
 * Not thread-safe: one per validation or plan.
 */
final class ProbeLog {

    /** Where a sample value came from: the path read and the schema's field. */
    record Origin(String path, FieldSchema field) {

        String describe() {
            String type = field.type().name();
            return path + " (" + ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type + " field)";
        }
    }

    private final SchemaLookup schemas;
    private final Problems problems;
    private final Set<String> fieldsRead = new LinkedHashSet<>();
    private final Map<Object, Origin> origins = new IdentityHashMap<>();
    private final Map<String, Optional<ObjectSchema>> described = new HashMap<>();
    private Position position;
    private JsonataProgram program;
    private boolean muted;

    /**
     * @param schemas how to describe the objects relationship paths reach
     * @param problems where problems go, or {@code null} to ignore them (planning)
     */
    ProbeLog(SchemaLookup schemas, Problems problems) {
        this.schemas = schemas;
        this.problems = problems;
    }

    /** Attributes what is read next to an expression at {@code where}, or to the JSONata {@code expression}. */
    void probing(Position where, JsonataProgram expression) {
        this.position = where;
        this.program = expression;
    }

    /** Stops or resumes reporting problems (reads are still recorded). */
    void mute(boolean isMuted) {
        this.muted = isMuted;
    }

    Optional<ObjectSchema> describe(String objectName) {
        Optional<ObjectSchema> known = described.get(objectName);
        if (known != null) {
            return known;
        }
        Optional<ObjectSchema> fetched;
        try {
            fetched = schemas.describe(objectName);
        } catch (RuntimeException failed) {
            throw new LookupFailed(failed);
        }
        described.put(objectName, fetched);
        return fetched;
    }

    /**
     * The schema lookup itself failed (the CRM did not answer a describe): not a problem of the mapping, so it is never
     * taken for one; {@link #unwrap} gives back the lookup's own failure.
     */
    static final class LookupFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LookupFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        /** @return the lookup failure somewhere in {@code failure}'s causes, if there is one */
        static java.util.Optional<RuntimeException> in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof LookupFailed lookup) {
                    return java.util.Optional.of((RuntimeException) lookup.getCause());
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Records that the field at {@code path} was read and gave {@code sample}. */
    void read(String path, FieldSchema field, Object sample) {
        fieldsRead.add(path);
        origins.put(sample, new Origin(path, field));
    }

    /** @return the sample's origin, when {@code value} is a sample a field gave unchanged */
    Origin originOf(Object value) {
        return value == null ? null : origins.get(value);
    }

    /** @return the provider fields read, as paths ({@code Email}, {@code Account.Name}), in the order first read */
    Set<String> fieldsRead() {
        return fieldsRead;
    }

    /**
     * Reports a problem with reading {@code key} after {@code prefix} (the relationship path it was reached by), at
     * the key in the JSONata text when it can be found there.
     */
    void problem(String prefix, String key, String reason) {
        if (problems == null || muted || position == null) {
            return;
        }
        problems.add(positionOf(prefix, key), reason);
    }

    private Position positionOf(String prefix, String key) {
        if (program == null) {
            return position;
        }
        for (String written : prefix.isEmpty() ? new String[] {key} : new String[] {prefix + key, key}) {
            Matcher name = Pattern.compile("(?<![A-Za-z0-9_$`.])" + Pattern.quote(written) + "(?![A-Za-z0-9_`])")
                    .matcher(program.text());
            if (name.find()) {
                return program.positionAt(name.end() - key.length());
            }
        }
        return program.position();
    }

    static String objectNames(List<ObjectSchema> objects) {
        StringBuilder names = new StringBuilder();
        for (ObjectSchema object : objects) {
            names.append(names.isEmpty() ? "" : " or ").append(object.name());
        }
        return names.toString();
    }
}
