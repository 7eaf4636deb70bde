package dev.crosswalk.emulator.hubspot.data;

import dev.crosswalk.emulator.hubspot.http.ApiError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM object types every portal has, with their property catalogues: HubSpot's standard contacts, companies and
 * deals, and one custom object, projects, as a portal's admin would define it (object type id {@code 2-1001}; its
 * fully qualified name is {@code p_projects}, without the portal id HubSpot puts in it, so that one name serves every
 * emulated portal). Immutable.
 */
public enum ObjectType {

    CONTACTS("contacts", "0-1", "contact", "lastmodifieddate", 51_000_001L,
            List.of("firstname", "lastname", "email"), List.of("firstname", "lastname", "email", "phone", "company"),
            List.of(PropertyDef.text("firstname", "First Name", "contactinformation"),
                    PropertyDef.text("lastname", "Last Name", "contactinformation"),
                    PropertyDef.text("email", "Email", "contactinformation"),
                    PropertyDef.text("phone", "Phone Number", "contactinformation").withType("phone_number", "phonenumber"),
                    PropertyDef.text("mobilephone", "Mobile Phone Number", "contactinformation")
                            .withType("phone_number", "phonenumber"),
                    PropertyDef.text("company", "Company Name", "contactinformation"),
                    PropertyDef.text("jobtitle", "Job Title", "contactinformation"),
                    PropertyDef.select("lifecyclestage", "Lifecycle Stage", "contactinformation",
                            "subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"),
                    PropertyDef.number("associatedcompanyid", "Primary Associated Company ID", "contactinformation").asReadOnly(),
                    PropertyDef.select("customer_tier", "Customer Tier", "contactinformation", "bronze", "silver", "gold").asCustom(),
                    PropertyDef.text("customer_since", "Customer Since", "contactinformation").withType("date", "date").asCustom())),
    COMPANIES("companies", "0-2", "company", "hs_lastmodifieddate", 61_000_001L,
            List.of("name", "domain"), List.of("name", "domain", "website", "phone"),
            List.of(PropertyDef.text("name", "Company name", "companyinformation"),
                    PropertyDef.text("domain", "Company Domain Name", "companyinformation"),
                    PropertyDef.text("website", "Website URL", "companyinformation"),
                    PropertyDef.text("phone", "Phone Number", "companyinformation").withType("phone_number", "phonenumber"),
                    PropertyDef.text("city", "City", "companyinformation"),
                    PropertyDef.text("country", "Country/Region", "companyinformation"),
                    PropertyDef.select("industry", "Industry", "companyinformation",
                            "BANKING", "COMPUTER_SOFTWARE", "HOSPITAL_HEALTH_CARE", "RETAIL", "TELECOMMUNICATIONS", "UTILITIES"),
                    PropertyDef.number("numberofemployees", "Number of Employees", "companyinformation"),
                    PropertyDef.number("annualrevenue", "Annual Revenue", "companyinformation"),
                    PropertyDef.select("customer_segment", "Customer Segment", "companyinformation", "smb", "mid_market", "enterprise")
                            .asCustom(),
                    PropertyDef.number("customer_health_score", "Customer Health Score", "companyinformation").asCustom())),
    DEALS("deals", "0-3", "deal", "hs_lastmodifieddate", 71_000_001L,
            List.of("dealname", "amount", "closedate", "pipeline", "dealstage"), List.of("dealname"),
            List.of(PropertyDef.text("dealname", "Deal Name", "dealinformation"),
                    PropertyDef.number("amount", "Amount", "dealinformation"),
                    PropertyDef.datetime("closedate", "Close Date", "dealinformation"),
                    PropertyDef.select("pipeline", "Pipeline", "dealinformation", "default"),
                    PropertyDef.select("dealstage", "Deal Stage", "dealinformation", "appointmentscheduled", "qualifiedtobuy",
                            "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"),
                    PropertyDef.select("customer_priority", "Customer Priority", "dealinformation", "low", "medium", "high")
                            .asCustom(),
                    new PropertyDef("customer_renewal", "Customer Renewal", "bool", "booleancheckbox", "dealinformation",
                            List.of("true", "false"), true, false))),
    PROJECTS("p_projects", "2-1001", "project", "hs_lastmodifieddate", 81_000_001L,
            List.of("project_name"), List.of("project_name"),
            List.of(PropertyDef.text("project_name", "Project Name", "project_information").asCustom(),
                    PropertyDef.select("project_status", "Project Status", "project_information",
                            "planned", "active", "done").asCustom(),
                    PropertyDef.number("project_budget", "Project Budget", "project_information").asCustom()));

    private final String path;
    private final String typeId;
    private final String singular;
    private final String lastModifiedProperty;
    private final long firstId;
    private final List<String> defaultProperties;
    private final List<String> queryProperties;
    private final List<PropertyDef> properties;

    ObjectType(String path, String typeId, String singular, String lastModifiedProperty, long firstId,
            List<String> defaultProperties, List<String> queryProperties, List<PropertyDef> own) {
        this.path = path;
        this.typeId = typeId;
        this.singular = singular;
        this.lastModifiedProperty = lastModifiedProperty;
        this.firstId = firstId;
        this.defaultProperties = defaultProperties;
        this.queryProperties = queryProperties;
        List<PropertyDef> all = new ArrayList<>(own);
        all.add(PropertyDef.number("hs_object_id", "Record ID", singular + "information").asReadOnly());
        all.add(PropertyDef.datetime(createdProperty(typeId), "Create Date", singular + "information").asReadOnly());
        all.add(PropertyDef.datetime(lastModifiedProperty, "Last Modified Date", singular + "information").asReadOnly());
        this.properties = List.copyOf(all);
    }

    /** @return the property holding the creation time: {@code hs_createdate} on custom objects, as HubSpot names it */
    String createdProperty() {
        return createdProperty(typeId);
    }

    private static String createdProperty(String typeId) {
        return typeId.startsWith("2-") ? "hs_createdate" : "createdate";
    }

    /** @return whether the portal's admin defined the object (listed by {@code /crm/v3/schemas}) */
    public boolean custom() {
        return typeId.startsWith("2-");
    }

    /** By the name or id a URL uses: {@code contacts}, {@code contact}, {@code 0-1}, in any letter case. */
    static Optional<ObjectType> find(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.path.equals(key) || type.singular.equals(key) || type.typeId.equals(key))
                .findFirst();
    }

    /** @throws ApiError 400 when no type has that name or id */
    public static ObjectType require(String name) {
        return find(name).orElseThrow(() -> ApiError.of(400, "VALIDATION_ERROR", "Unable to infer object type from: " + name));
    }

    /** @return the plural name in URLs, such as {@code contacts} or {@code p_projects} */
    public String path() {
        return path;
    }

    /** @return HubSpot's object type id, such as {@code 0-1} or {@code 2-1001} */
    public String typeId() {
        return typeId;
    }

    /** @return the singular name, such as {@code contact} */
    public String singular() {
        return singular;
    }

    String lastModifiedProperty() {
        return lastModifiedProperty;
    }

    long firstId() {
        return firstId;
    }

    /** Returned when a request names no properties (besides the ones {@link #alwaysReturned()}). */
    public List<String> defaultProperties() {
        return defaultProperties;
    }

    /** Returned whatever a request names: the id and the two dates. */
    public List<String> alwaysReturned() {
        return List.of(createdProperty(), "hs_object_id", lastModifiedProperty);
    }

    /** Matched by a search's {@code query}. */
    public List<String> queryProperties() {
        return queryProperties;
    }

    /** @return the property catalogue, in display order */
    public List<PropertyDef> properties() {
        return properties;
    }

    /** @return the property of that name, if the type has one */
    public Optional<PropertyDef> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
