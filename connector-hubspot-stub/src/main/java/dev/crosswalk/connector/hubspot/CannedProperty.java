package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import java.util.List;

/**
 * One property definition of a canned HubSpot object, as HubSpot's properties API describes it: a lower-case name,
 * a label, a HubSpot type ({@code string}, {@code number}, {@code datetime}, {@code date}, {@code enumeration})
 * reduced to a {@link FieldType}, the options of an enumeration, the object a record-id property points to, and
 * whether the customer added it.
 *
 * @param referenceTo the object whose record ids the property holds, or {@code null}
 */
record CannedProperty(
        String name, String label, FieldType type, List<String> options, String referenceTo, boolean custom) {

    CannedProperty {
        options = List.copyOf(options);
    }

    /** HubSpot's {@code hs_object_id}: the record id (a number in HubSpot's schema, an id here). */
    static CannedProperty recordId() {
        return new CannedProperty("hs_object_id", "Record ID", FieldType.ID, List.of(), null, false);
    }

    static CannedProperty string(String name, String label) {
        return new CannedProperty(name, label, FieldType.STRING, List.of(), null, false);
    }

    static CannedProperty number(String name, String label) {
        return new CannedProperty(name, label, FieldType.DOUBLE, List.of(), null, false);
    }

    static CannedProperty datetime(String name, String label) {
        return new CannedProperty(name, label, FieldType.DATETIME, List.of(), null, false);
    }

    static CannedProperty date(String name, String label) {
        return new CannedProperty(name, label, FieldType.DATE, List.of(), null, false);
    }

    static CannedProperty enumeration(String name, String label, String... options) {
        return new CannedProperty(name, label, FieldType.PICKLIST, List.of(options), null, false);
    }

    /** A number property holding the id of a record of {@code object}, such as {@code associatedcompanyid}. */
    static CannedProperty recordIdOf(String object, String name, String label) {
        return new CannedProperty(name, label, FieldType.REFERENCE, List.of(), object, false);
    }

    /** @return this property marked as added by the customer */
    CannedProperty asCustom() {
        return new CannedProperty(name, label, type, options, referenceTo, true);
    }

    /** @return whether values are numbers in text form (HubSpot sends every property value as text) */
    boolean numeric() {
        return type.isNumber() || type == FieldType.ID || type == FieldType.REFERENCE;
    }

    FieldSchema schema() {
        FieldSchema.Builder field = FieldSchema.builder(name, type)
                .label(label)
                .custom(custom)
                .picklistValues(options);
        if (referenceTo != null) {
            field.reference(null, List.of(referenceTo));
        }
        return field.build();
    }
}
