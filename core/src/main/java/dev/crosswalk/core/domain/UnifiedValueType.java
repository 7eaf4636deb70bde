package dev.crosswalk.core.domain;

/**
 * The type of a unified field, as mappings must produce it. Constants may be added.
 *
 * @since 0.1
 */
public enum UnifiedValueType {
    /** Text. */
    TEXT,
    /** An ISO-8601 instant, or a provider date-time with an offset. */
    DATE_TIME,
    /** An ISO-8601 date. */
    DATE,
    /** A decimal number. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A reference to an account: an object with a text {@code id}. */
    ACCOUNT_REF,
    /** A list of objects with a text {@code email} and an optional text {@code type}. */
    EMAIL_LIST,
    /** A list of objects with a text {@code number} and an optional text {@code type} (work, mobile, ...). */
    PHONE_LIST,
    /** An object of provider fields ({@code custom_fields}). */
    FIELD_MAP
}
