package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns Salesforce's describe bodies into core's schema types. Stateless. */
final class DescribeTranslation {

    private DescribeTranslation() {
    }

    static List<ObjectSummary> summaries(SalesforceWire.GlobalDescribe global) {
        return global.sobjects().stream()
                .filter(object -> object.name() != null)
                .map(object -> ObjectSummary.of(object.name(), object.label(), object.custom()))
                .toList();
    }

    static DescribedObject described(SalesforceWire.DescribeResult describe) {
        ObjectSchema.Builder schema = ObjectSchema.builder(describe.name()).label(describe.label())
                .custom(describe.custom());
        List<String> defaultFields = new ArrayList<>();
        for (SalesforceWire.DescribeField field : describe.fields()) {
            if (field.name() == null || !SoqlNames.isIdentifier(field.name())) {
                continue;
            }
            schema.field(field(field));
            if (!"base64".equalsIgnoreCase(field.type())) {
                defaultFields.add(field.name());
            }
        }
        return new DescribedObject(schema.build(), defaultFields);
    }

    private static FieldSchema field(SalesforceWire.DescribeField field) {
        FieldSchema.Builder schema = FieldSchema.builder(field.name(), fieldType(field.type()))
                .label(field.label())
                .custom(field.custom())
                .nillable(field.nillable())
                .createable(field.createable())
                .updateable(field.updateable())
                .filterable(field.filterable())
                .sortable(field.sortable())
                .picklistValues(field.picklistValues() == null ? List.of() : field.picklistValues().stream()
                        .filter(SalesforceWire.PicklistValue::active)
                        .map(SalesforceWire.PicklistValue::value)
                        .toList());
        List<String> referenceTo = field.referenceTo() == null ? List.of() : field.referenceTo();
        if (field.relationshipName() != null || !referenceTo.isEmpty()) {
            schema.reference(field.relationshipName(), referenceTo);
        }
        return schema.build();
    }

    static FieldType fieldType(String salesforceType) {
        if (salesforceType == null) {
            return FieldType.OTHER;
        }
        return switch (salesforceType.toLowerCase(Locale.ROOT)) {
            case "id" -> FieldType.ID;
            case "string", "encryptedstring" -> FieldType.STRING;
            case "textarea" -> FieldType.TEXTAREA;
            case "email" -> FieldType.EMAIL;
            case "phone" -> FieldType.PHONE;
            case "url" -> FieldType.URL;
            case "picklist", "combobox" -> FieldType.PICKLIST;
            case "multipicklist" -> FieldType.MULTIPICKLIST;
            case "boolean" -> FieldType.BOOLEAN;
            case "int", "long" -> FieldType.INTEGER;
            case "double" -> FieldType.DOUBLE;
            case "currency" -> FieldType.CURRENCY;
            case "percent" -> FieldType.PERCENT;
            case "date" -> FieldType.DATE;
            case "datetime" -> FieldType.DATETIME;
            case "time" -> FieldType.TIME;
            case "reference" -> FieldType.REFERENCE;
            case "address" -> FieldType.ADDRESS;
            case "location" -> FieldType.LOCATION;
            default -> FieldType.OTHER;
        };
    }
}
