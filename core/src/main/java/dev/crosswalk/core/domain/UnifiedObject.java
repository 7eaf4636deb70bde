package dev.crosswalk.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unified objects: views over a provider object, produced by the connector's mapping files. Each names its
 * fields and their types, which every mapping must respect. Constants may be added in later releases; a host that
 * switches over them keeps a default branch.
 *
 * @since 0.1
 */
public enum UnifiedObject {

    /** A person: Salesforce Contact, HubSpot contact. */
    CONTACT("contact", "contacts", fields(
            "first_name", UnifiedValueType.TEXT,
            "last_name", UnifiedValueType.TEXT,
            "name", UnifiedValueType.TEXT,
            "title", UnifiedValueType.TEXT,
            "account", UnifiedValueType.ACCOUNT_REF,
            "email_addresses", UnifiedValueType.EMAIL_LIST,
            "phone_numbers", UnifiedValueType.PHONE_LIST)),

    /** A company: Salesforce Account, HubSpot company. */
    ACCOUNT("account", "accounts", fields(
            "name", UnifiedValueType.TEXT,
            "industry", UnifiedValueType.TEXT,
            "website", UnifiedValueType.TEXT,
            "number_of_employees", UnifiedValueType.INTEGER)),

    /** A deal: Salesforce Opportunity, HubSpot deal. */
    OPPORTUNITY("opportunity", "opportunities", fields(
            "name", UnifiedValueType.TEXT,
            "amount", UnifiedValueType.DECIMAL,
            "stage", UnifiedValueType.TEXT,
            "close_date", UnifiedValueType.DATE,
            "account", UnifiedValueType.ACCOUNT_REF));

    /** The field every unified record has: the provider's id. */
    public static final String ID = "id";
    /** When the provider created the record. */
    public static final String CREATED_AT = "created_at";
    /** When the provider last changed the record. */
    public static final String UPDATED_AT = "updated_at";
    /** Provider fields outside the unified model. */
    public static final String CUSTOM_FIELDS = "custom_fields";
    /** Whether the provider reports the record deleted; set by core, never by a mapping. */
    public static final String REMOTE_WAS_DELETED = "remote_was_deleted";

    private final String singular;
    private final String plural;
    private final Map<String, UnifiedValueType> fields;

    UnifiedObject(String singular, String plural, Map<String, UnifiedValueType> specific) {
        this.singular = singular;
        this.plural = plural;
        Map<String, UnifiedValueType> all = new LinkedHashMap<>();
        all.put(ID, UnifiedValueType.TEXT);
        all.putAll(specific);
        all.put(CREATED_AT, UnifiedValueType.DATE_TIME);
        all.put(UPDATED_AT, UnifiedValueType.DATE_TIME);
        all.put(CUSTOM_FIELDS, UnifiedValueType.FIELD_MAP);
        this.fields = Collections.unmodifiableMap(all);
    }

    /** @return the singular name, as in mapping file names ({@code contact}); never {@code null} */
    public String singular() {
        return singular;
    }

    /** @return the plural name, as in API paths ({@code contacts}); never {@code null} */
    public String plural() {
        return plural;
    }

    /**
     * @return every unified field a mapping may produce, in the API's order, with its type (not
     *     {@link #REMOTE_WAS_DELETED}, which core sets); never {@code null}
     */
    public Map<String, UnifiedValueType> fields() {
        return fields;
    }

    /**
     * @param name a singular or plural name in any letter case
     * @return the unified object, if one is so named
     */
    public static Optional<UnifiedObject> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (UnifiedObject object : values()) {
            if (object.singular.equals(lower) || object.plural.equals(lower)) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    private static Map<String, UnifiedValueType> fields(Object... namesAndTypes) {
        Map<String, UnifiedValueType> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put((String) namesAndTypes[i], (UnifiedValueType) namesAndTypes[i + 1]);
        }
        return fields;
    }
}
