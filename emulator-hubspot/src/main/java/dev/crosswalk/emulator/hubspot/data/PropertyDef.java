package dev.crosswalk.emulator.hubspot.data;

import java.util.List;

/**
 * One property of an object type, as the properties API describes it.
 *
 * @param type      HubSpot's value type: string, number, date, datetime, enumeration, bool or phone_number
 * @param fieldType how HubSpot's UI edits it: text, textarea, number, date, select, radio, booleancheckbox, phonenumber
 * @param options   the allowed values of an enumeration or bool, else empty
 * @param custom    created by the portal (its name starts with {@code customer_}), not HubSpot-defined
 * @param readOnly  set by HubSpot only ({@code hs_object_id}, {@code createdate}, the last-modified date)
 */
public record PropertyDef(String name, String label, String type, String fieldType, String groupName, List<String> options,
        boolean custom, boolean readOnly) {

    static PropertyDef text(String name, String label, String group) {
        return new PropertyDef(name, label, "string", "text", group, List.of(), false, false);
    }

    static PropertyDef number(String name, String label, String group) {
        return new PropertyDef(name, label, "number", "number", group, List.of(), false, false);
    }

    static PropertyDef datetime(String name, String label, String group) {
        return new PropertyDef(name, label, "datetime", "date", group, List.of(), false, false);
    }

    static PropertyDef select(String name, String label, String group, String... options) {
        return new PropertyDef(name, label, "enumeration", "select", group, List.of(options), false, false);
    }

    PropertyDef asCustom() {
        return new PropertyDef(name, label, type, fieldType, groupName, options, true, readOnly);
    }

    PropertyDef asReadOnly() {
        return new PropertyDef(name, label, type, fieldType, groupName, options, custom, true);
    }

    PropertyDef withType(String valueType, String editor) {
        return new PropertyDef(name, label, valueType, editor, groupName, options, custom, readOnly);
    }
}
