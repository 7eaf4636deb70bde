package dev.crosswalk.core.domain;

/** The type of a CRM field, reduced to what the unified API needs to know. */
public enum FieldType {
    ID,
    STRING,
    TEXTAREA,
    EMAIL,
    PHONE,
    URL,
    PICKLIST,
    MULTIPICKLIST,
    BOOLEAN,
    INTEGER,
    DOUBLE,
    CURRENCY,
    PERCENT,
    DATE,
    DATETIME,
    REFERENCE,
    OTHER
}
