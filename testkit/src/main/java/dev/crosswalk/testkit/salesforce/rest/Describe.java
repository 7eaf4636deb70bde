package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.ChildRelationship;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.http.Json;

/** Describe Global and sObject Describe bodies, with the platform's keys. */
final class Describe {

    private static final String MASTER_RECORD_TYPE = "012000000000000AAA";

    private Describe() {
    }

    static ObjectNode global(Schema schema, String version) {
        ObjectNode body = Json.object().put("encoding", "UTF-8").put("maxBatchSize", 200);
        ArrayNode sobjects = body.putArray("sobjects");
        for (ObjectDef type : schema.objects()) {
            sobjects.add(globalEntry(type, version));
        }
        return body;
    }

    static ObjectNode globalEntry(ObjectDef type, String version) {
        boolean writable = !type.name().equals("User");
        String base = "/services/data/" + version + "/sobjects/" + type.name();
        ObjectNode entry = Json.object()
                .put("activateable", false)
                .put("createable", writable)
                .put("custom", type.custom())
                .put("customSetting", false)
                .put("deepCloneable", false)
                .put("deletable", writable)
                .put("deprecatedAndHidden", false)
                .put("feedEnabled", !type.custom())
                .put("hasSubtypes", false)
                .put("isInterface", false)
                .put("isSubtype", false)
                .put("keyPrefix", type.keyPrefix())
                .put("label", type.label())
                .put("labelPlural", type.labelPlural())
                .put("layoutable", true)
                .put("mergeable", !type.custom() && writable)
                .put("mruEnabled", true)
                .put("name", type.name())
                .put("queryable", true)
                .put("replicateable", true)
                .put("retrieveable", true)
                .put("searchable", true)
                .put("triggerable", true)
                .put("undeletable", writable)
                .put("updateable", true);
        entry.putObject("urls")
                .put("compactLayouts", base + "/describe/compactLayouts")
                .put("rowTemplate", base + "/{ID}")
                .put("approvalLayouts", base + "/describe/approvalLayouts")
                .put("listviews", base + "/listviews")
                .put("describe", base + "/describe")
                .put("quickActions", base + "/quickActions")
                .put("layouts", base + "/describe/layouts")
                .put("sobject", base);
        return entry;
    }

    static ObjectNode sobject(Schema schema, ObjectDef type, String version, String base) {
        ObjectNode body = globalEntry(type, version);
        body.putArray("actionOverrides");
        ArrayNode children = body.putArray("childRelationships");
        for (ChildRelationship relationship : schema.childRelationships(type)) {
            children.addObject()
                    .put("cascadeDelete", false)
                    .put("childSObject", relationship.child().name())
                    .put("deprecatedAndHidden", false)
                    .put("field", relationship.field().name())
                    .putArray("junctionIdListNames");
            ObjectNode last = (ObjectNode) children.get(children.size() - 1);
            last.putArray("junctionReferenceTo");
            last.put("relationshipName", relationship.name()).put("restrictedDelete", false);
        }
        body.put("compactLayoutable", true);
        ArrayNode fields = body.putArray("fields");
        for (FieldDef field : type.fields()) {
            fields.add(field(field));
        }
        body.put("listviewable", (String) null)
                .put("lookupLayoutable", (String) null)
                .putArray("namedLayoutInfos");
        body.put("networkScopeFieldName", (String) null);
        body.putArray("recordTypeInfos").addObject()
                .put("active", true)
                .put("available", true)
                .put("defaultRecordTypeMapping", true)
                .put("developerName", "Master")
                .put("master", true)
                .put("name", "Master")
                .put("recordTypeId", MASTER_RECORD_TYPE);
        body.put("searchLayoutable", true);
        body.putArray("supportedScopes").addObject().put("label", "All " + type.labelPlural()).put("name", "everything");
        ObjectNode urls = (ObjectNode) body.get("urls");
        urls.put("uiEditTemplate", base + "/{ID}/e")
                .put("uiDetailTemplate", base + "/{ID}")
                .put("uiNewRecord", base + "/" + type.keyPrefix() + "/e");
        return body;
    }

    /**
     * Up to three UTF-8 bytes per character of text; ids and multi-select picklists are stored one byte per character
     * (18 for an id), as in the recorded describe.
     */
    private static int byteLength(FieldDef field) {
        return switch (field.type()) {
            case ID, REFERENCE, MULTIPICKLIST -> field.length();
            default -> field.type().isText() ? field.length() * 3 : 0;
        };
    }

    static ObjectNode field(FieldDef field) {
        FieldType type = field.type();
        boolean id = type == FieldType.ID;
        ObjectNode node = Json.object()
                .put("aggregatable", type != FieldType.TEXTAREA)
                .put("autoNumber", false)
                .put("byteLength", byteLength(field))
                .put("calculated", false)
                .put("calculatedFormula", (String) null)
                .put("cascadeDelete", false)
                .put("caseSensitive", false)
                .put("compoundFieldName", (String) null)
                .put("controllerName", (String) null)
                .put("createable", field.createable())
                .put("custom", field.custom())
                .put("defaultValue", type == FieldType.BOOLEAN ? (Boolean) false : null)
                .put("defaultValueFormula", (String) null)
                .put("defaultedOnCreate", id || type == FieldType.BOOLEAN || field.isSystemManaged()
                        || field.name().equals("OwnerId"))
                .put("dependentPicklist", false)
                .put("deprecatedAndHidden", false)
                .put("digits", type == FieldType.INT ? field.precision() : 0)
                .put("displayLocationInDecimal", false)
                .put("encrypted", false)
                .put("externalId", field.externalId())
                .put("extraTypeInfo", (String) null)
                .put("filterable", true)
                .put("filteredLookupInfo", (String) null)
                .put("groupable", type != FieldType.DOUBLE && type != FieldType.CURRENCY && type != FieldType.DATETIME)
                .put("highScaleNumber", false)
                .put("htmlFormatted", false)
                .put("idLookup", id || field.externalId() || field.name().equals("Email"))
                .put("inlineHelpText", (String) null)
                .put("label", field.label())
                .put("length", type.isText() ? field.length() : 0)
                .put("mask", (String) null)
                .put("maskType", (String) null)
                .put("name", field.name())
                .put("nameField", field.nameField())
                .put("namePointing", false)
                .put("nillable", field.nillable())
                .put("permissionable", field.nillable() && !field.isSystemManaged())
                .put("precision", type.isNumeric() && type != FieldType.INT ? field.precision() : 0)
                .put("queryByDistance", false)
                .put("referenceTargetField", (String) null);
        ArrayNode picklist = node.putArray("picklistValues");
        for (String value : field.picklistValues()) {
            picklist.addObject().put("active", true).put("defaultValue", false).put("label", value)
                    .put("validFor", (String) null).put("value", value);
        }
        ArrayNode referenceTo = node.putArray("referenceTo");
        field.referenceTo().forEach(referenceTo::add);
        node.put("relationshipName", field.relationshipName())
                .put("relationshipOrder", (Integer) null)
                .put("restrictedDelete", false)
                .put("restrictedPicklist", false)
                .put("scale", field.scale())
                .put("soapType", type.soapType())
                .put("sortable", type != FieldType.TEXTAREA && type != FieldType.MULTIPICKLIST)
                .put("type", type.describeName())
                .put("unique", false)
                .put("updateable", field.updateable())
                .put("writeRequiresMasterRead", false);
        return node;
    }
}
