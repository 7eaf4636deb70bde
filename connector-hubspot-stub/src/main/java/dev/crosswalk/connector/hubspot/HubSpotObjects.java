package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CRM objects the connector knows by name, their timestamps, and the one field it adds to HubSpot's own: the
 * primary company of a contact or a deal, read from its associations. HubSpot's property names are lower case, so
 * the added field's mixed-case name can never be a property's. Stateless.
 */
final class HubSpotObjects {

    /** The added field: the id of the record's primary company. */
    static final String PRIMARY_COMPANY = "primaryCompanyId";

    static final String ID = "hs_object_id";

    static final List<ObjectSummary> STANDARD = List.of(
            ObjectSummary.of("contacts", "Contacts", false),
            ObjectSummary.of("companies", "Companies", false),
            ObjectSummary.of("deals", "Deals", false));

    /** HubSpot's numeric object type ids of the standard objects. */
    private static final Map<String, String> TYPE_IDS = Map.of("0-1", "contacts", "0-2", "companies", "0-3", "deals");

    private HubSpotObjects() {
    }

    /** @return the standard object {@code name} names, by its name in any letter case or its type id */
    static Optional<ObjectSummary> standard(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String resolved = TYPE_IDS.getOrDefault(lower, lower);
        return STANDARD.stream().filter(object -> object.name().equals(resolved)).findFirst();
    }

    /** @return the property holding the creation time: the standard objects' {@code createdate}, else HubSpot's newer name */
    static String created(String object) {
        return standard(object).isPresent() ? "createdate" : "hs_createdate";
    }

    /** @return the property holding the last modification time: contacts keep their own older name */
    static String modified(String object) {
        return "contacts".equals(object) ? "lastmodifieddate" : "hs_lastmodifieddate";
    }

    /** @return whether records of {@code object} have a primary company */
    static boolean hasPrimaryCompany(String object) {
        return "contacts".equals(object) || "deals".equals(object);
    }

    /**
     * @param object contacts or deals
     * @param typeName an association's v3 type name, such as {@code contact_to_company_unlabeled}
     * @return whether it is HubSpot's own primary-company association of that object
     */
    static boolean primaryCompanyType(String object, String typeName) {
        return ("contacts".equals(object) ? "contact_to_company" : "deal_to_company").equals(typeName);
    }

    /**
     * @param category an association type's v4 category
     * @param typeId its v4 type id
     * @return whether it is HubSpot's own primary-company association (type 1 of a contact, 5 of a deal)
     */
    static boolean primaryCompanyType(String category, int typeId) {
        return "HUBSPOT_DEFINED".equals(category) && (typeId == 1 || typeId == 5);
    }

    static FieldSchema primaryCompanyField() {
        return FieldSchema.builder(PRIMARY_COMPANY, FieldType.REFERENCE)
                .label("Primary company")
                .reference(null, List.of("companies"))
                .filterable(false)
                .sortable(false)
                .build();
    }
}
