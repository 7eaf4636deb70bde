package dev.crosswalk.core.toolkit.mapping;

import java.util.List;

/** A node of a loaded YAML document, with where it was written. Immutable. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position position();

    /** @return what kind of value it is, for messages: {@code text}, {@code a number}, {@code an object}, ... */
    String kind();

    /**
     * A scalar: text, a number, a boolean or null, as YAML 1.2's core schema reads it.
     *
     * @param value a {@link String}, {@link Long}, {@link java.math.BigInteger}, {@link Double}, {@link Boolean} or
     *     {@code null}
     * @param locator where each character of a text value was written
     */
    record Scalar(Object value, Position position, ScalarLocator locator) implements YamlNode {

        boolean isText() {
            return value instanceof String;
        }

        String text() {
            return (String) value;
        }

        @Override
        public String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "text";
            }
            return value instanceof Boolean ? "true or false" : "a number";
        }
    }

    /** A mapping; keys are scalars (the loader refuses others). */
    record Mapping(List<Entry> entries, Position position) implements YamlNode {

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** One key and value of a {@link Mapping}. */
    record Entry(Scalar key, YamlNode value) {

        /** @return the key as text (numbers and booleans as written) */
        String name() {
            return String.valueOf(key.value());
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, Position position) implements YamlNode {

        @Override
        public String kind() {
            return "a list";
        }
    }
}
