package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sample record built lazily from a schema, standing in for provider records while a mapping is probed: each field
 * looked up answers a typed sample value and is recorded in the {@link ProbeLog}; a relationship name answers a probe
 * of the object it reaches (described through the lookup, at most {@value FieldPath#MAX_LEVELS} levels deep); any
 * other name is a problem and answers nothing. Iterating it lists every field with its sample, without recording.
 * Not thread-safe.
 */
final class ProbeRecord extends AbstractMap<String, Object> {

    private final List<ObjectSchema> objects;
    private final String prefix;
    private final int level;
    private final ProbeLog log;
    private final Map<String, Object> answered = new HashMap<>();

    private ProbeRecord(List<ObjectSchema> objects, String prefix, int level, ProbeLog log) {
        this.objects = objects;
        this.prefix = prefix;
        this.level = level;
        this.log = log;
    }

    /** @return a probe of records of {@code object} */
    static ProbeRecord of(ObjectSchema object, ProbeLog log) {
        return new ProbeRecord(List.of(object), "", 1, log);
    }

    @Override
    public Object get(Object key) {
        String name = String.valueOf(key);
        Optional<FieldSchema> field = exactField(name);
        if (field.isPresent()) {
            Object sample = answered.computeIfAbsent(name, unused -> Samples.of(field.get()));
            log.read(prefix + name, field.get(), sample);
            return sample;
        }
        Optional<FieldSchema> reference = exactRelationship(name);
        if (reference.isPresent()) {
            return related(name, reference.get());
        }
        log.problem(prefix, name, missing(name));
        return null;
    }

    private Object related(String name, FieldSchema reference) {
        if (level >= FieldPath.MAX_LEVELS) {
            log.problem(prefix, name, "the relationship path '" + prefix + name + "' goes deeper than "
                    + FieldPath.MAX_LEVELS + " levels");
            return null;
        }
        Object known = answered.get(name);
        if (known != null) {
            return known;
        }
        List<ObjectSchema> targets = new ArrayList<>();
        for (String target : reference.referenceTo()) {
            log.describe(target).ifPresent(targets::add);
        }
        if (targets.isEmpty()) {
            log.problem(prefix, name, "the relationship '" + prefix + name + "' reaches " + String.join(" or ",
                    reference.referenceTo()) + ", which this connection cannot describe");
            return null;
        }
        ProbeRecord probe = new ProbeRecord(List.copyOf(targets), prefix + name + ".", level + 1, log);
        answered.put(name, probe);
        return probe;
    }

    private String missing(String name) {
        String objectNames = ProbeLog.objectNames(objects);
        for (ObjectSchema object : objects) {
            Optional<FieldSchema> field = object.field(name);
            if (field.isPresent()) {
                return "no field '" + prefix + name + "' on " + objectNames + ": write '" + field.get().name()
                        + "', the schema's spelling";
            }
            Optional<FieldSchema> reference = object.relationship(name);
            if (reference.isPresent()) {
                return "no relationship '" + prefix + name + "' on " + objectNames + ": write '"
                        + reference.get().relationshipName().orElse(name) + "', the schema's spelling";
            }
        }
        return "no field '" + prefix + name + "' on " + objectNames;
    }

    private Optional<FieldSchema> exactField(String name) {
        for (ObjectSchema object : objects) {
            Optional<FieldSchema> field = object.field(name).filter(found -> found.name().equals(name));
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    private Optional<FieldSchema> exactRelationship(String name) {
        for (ObjectSchema object : objects) {
            Optional<FieldSchema> reference = object.relationship(name)
                    .filter(found -> found.relationshipName().orElse("").equals(name));
            if (reference.isPresent()) {
                return reference;
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean containsKey(Object key) {
        String name = String.valueOf(key);
        return exactField(name).isPresent() || exactRelationship(name).isPresent() && level < FieldPath.MAX_LEVELS;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        objects.forEach(object -> object.fields().forEach(field -> names.add(field.name())));
        for (String name : names) {
            FieldSchema field = exactField(name).orElseThrow();
            all.put(name, answered.computeIfAbsent(name, unused -> Samples.of(field)));
        }
        return Collections.unmodifiableMap(all).entrySet();
    }

    /** Typed sample values, a new instance per field so that a value can be traced back to its field. */
    static final class Samples {

        private Samples() {
        }

        static Object of(FieldSchema field) {
            FieldType type = field.type();
            return switch (type) {
                case ID, REFERENCE -> new String("001000000000001AAA");
                case EMAIL -> new String("someone@example.com");
                case PHONE -> new String("+1 555 0100");
                case URL -> new String("https://example.com");
                case DATE -> new String("2024-05-01");
                case DATETIME -> new String("2024-05-01T10:00:00.000+0000");
                case TIME -> new String("10:00:00.000Z");
                case BOOLEAN -> Boolean.TRUE;
                case INTEGER -> Long.valueOf(4200L);
                case DOUBLE, CURRENCY, PERCENT -> Double.valueOf(12.5);
                case ADDRESS -> address();
                case LOCATION -> location();
                default -> new String("sample " + field.name());
            };
        }

        private static Map<String, Object> address() {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("street", "1 Sample Street");
            address.put("city", "Sampleton");
            address.put("state", "CA");
            address.put("postalCode", "94105");
            address.put("country", "US");
            address.putAll(location());
            return address;
        }

        private static Map<String, Object> location() {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("latitude", 37.79);
            location.put("longitude", -122.39);
            return location;
        }
    }
}
