package dev.crosswalk.testkit.salesforce.data;

/**
 * One stored record: its type, its record number (the id's base-62 part) and its values in field order.
 * The value array is never modified once a row is visible to readers; writes replace it.
 * Values are String, Boolean, Integer, Double, {@link java.time.LocalDate}, {@link java.time.Instant} or null.
 */
public record Row(ObjectDef type, long number, Object[] values) {

    public static final int ID_INDEX = 0;

    public String id() {
        return (String) values[ID_INDEX];
    }

    public Object get(FieldDef field) {
        return values[field.index()];
    }
}
