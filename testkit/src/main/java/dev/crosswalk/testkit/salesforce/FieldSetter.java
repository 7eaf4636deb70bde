package dev.crosswalk.testkit.salesforce;

/** Writes generated values into a row by field name (slots resolved once per generator). */
final class FieldSetter {

    private final ObjectDef type;

    FieldSetter(ObjectDef type) {
        this.type = type;
    }

    int slot(String field) {
        return type.requiredField(field).index();
    }

    Object[] newRow(String id) {
        Object[] values = new Object[type.fieldCount()];
        values[Row.ID_INDEX] = id;
        return values;
    }
}
