package dev.crosswalk.core.domain;

/**
 * The type of a CRM field, reduced to what the unified API needs to know. Constants may be added; treat an unknown
 * one like {@link #OTHER}.
 *
 * @since 0.1
 */
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
    TIME,
    REFERENCE,
    /** A compound postal address; its value is a map ({@code street}, {@code city}, ...). */
    ADDRESS,
    /** A compound geolocation; its value is a map ({@code latitude}, {@code longitude}). */
    LOCATION,
    OTHER;

    /** @return whether values are text on the wire (ids, picklists, dates and times included) */
    public boolean isText() {
        return switch (this) {
            case BOOLEAN, INTEGER, DOUBLE, CURRENCY, PERCENT, ADDRESS, LOCATION -> false;
            default -> true;
        };
    }

    /** @return whether values are numbers on the wire */
    public boolean isNumber() {
        return this == INTEGER || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }

    /** @return whether values are maps of parts on the wire */
    public boolean isCompound() {
        return this == ADDRESS || this == LOCATION;
    }
}
