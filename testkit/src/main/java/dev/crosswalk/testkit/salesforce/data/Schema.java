package dev.crosswalk.testkit.salesforce.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sObject types of an org and the relationships between them. Immutable and thread-safe. */
public final class Schema {

    public static final String CONTACT_CHANNELS_FIELD = "Preferred_Channel__c";
    public static final List<String> OPPORTUNITY_STAGES = List.of("Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
            "Negotiation/Review", "Closed Won", "Closed Lost");
    public static final List<String> LEAD_SOURCES = List.of("Web", "Phone Inquiry", "Partner Referral", "Trade Show", "Other");
    public static final List<String> LEAD_STATUSES = List.of("Open - Not Contacted", "Working - Contacted", "Closed - Converted",
            "Closed - Not Converted");
    public static final List<String> DEAL_STATUSES = List.of("Submitted", "Approved", "Rejected");
    public static final List<String> DEAL_REGIONS = List.of("AMER", "EMEA", "APAC", "LATAM");

    private final Map<String, ObjectDef> objectsByLowerName = new LinkedHashMap<>();
    private final Map<String, ObjectDef> objectsByPrefix = new LinkedHashMap<>();
    private final List<ChildRelationship> childRelationships = new ArrayList<>();

    private Schema() {
    }

    /** The standard objects the emulator serves, with the custom fields and objects of the demo org. */
    public static Schema standard() {
        Schema schema = new Schema();
        ObjectDef user = ObjectDef.builder("User", "005", "User", "Users").id()
                .requiredText("Username", "Username", 80)
                .text("FirstName", "First Name", FieldType.STRING, 40)
                .requiredText("LastName", "Last Name", 80)
                .nameField("Name", "Full Name", 121, false)
                .text("Email", "Email", FieldType.EMAIL, 128)
                .value("IsActive", "Active", FieldType.BOOLEAN)
                .build();
        ObjectDef account = ObjectDef.builder("Account", "001", "Account", "Accounts").id().systemFields()
                .nameField("Name", "Account Name", 255, true)
                .picklist("Type", "Account Type", List.of("Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other"))
                .picklist("Industry", "Industry", List.of("Agriculture", "Banking", "Education", "Energy", "Healthcare",
                        "Manufacturing", "Retail", "Technology"))
                .text("Phone", "Account Phone", FieldType.PHONE, 40)
                .text("Website", "Website", FieldType.URL, 255)
                .text("BillingCity", "Billing City", FieldType.STRING, 40)
                .text("BillingCountry", "Billing Country", FieldType.STRING, 80)
                .number("NumberOfEmployees", "Employees", FieldType.INT, 8, 0)
                .number("AnnualRevenue", "Annual Revenue", FieldType.CURRENCY, 18, 0)
                .externalId("External_Id__c", "External Id", 255)
                .build();
        ObjectDef contact = ObjectDef.builder("Contact", "003", "Contact", "Contacts").id().systemFields()
                .lookup("AccountId", "Account ID", "Account", "Account", false)
                .text("FirstName", "First Name", FieldType.STRING, 40)
                .requiredText("LastName", "Last Name", 80)
                .nameField("Name", "Full Name", 121, false)
                .text("Title", "Title", FieldType.STRING, 128)
                .text("Email", "Email", FieldType.EMAIL, 80)
                .text("Phone", "Business Phone", FieldType.PHONE, 40)
                .text("MobilePhone", "Mobile Phone", FieldType.PHONE, 40)
                .number("LTV_Score__c", "LTV Score", FieldType.DOUBLE, 18, 2)
                .text("Internal_ID__c", "Internal ID", FieldType.STRING, 64)
                .externalId("External_Id__c", "External Id", 255)
                .picklist(CONTACT_CHANNELS_FIELD, "Preferred Channel", List.of("Email", "Phone", "SMS", "Mail"))
                .build();
        ObjectDef opportunity = ObjectDef.builder("Opportunity", "006", "Opportunity", "Opportunities").id().systemFields()
                .lookup("AccountId", "Account ID", "Account", "Account", false)
                .nameField("Name", "Name", 120, true)
                .requiredPicklist("StageName", "Stage", OPPORTUNITY_STAGES)
                .requiredValue("CloseDate", "Close Date", FieldType.DATE)
                .number("Amount", "Amount", FieldType.CURRENCY, 18, 2)
                .number("Probability", "Probability (%)", FieldType.PERCENT, 3, 0)
                .picklist("Type", "Opportunity Type", List.of("New Customer", "Existing Customer - Upgrade", "Existing Customer - Renewal"))
                .picklist("LeadSource", "Lead Source", LEAD_SOURCES)
                .build();
        ObjectDef lead = ObjectDef.builder("Lead", "00Q", "Lead", "Leads").id().systemFields()
                .text("FirstName", "First Name", FieldType.STRING, 40)
                .requiredText("LastName", "Last Name", 80)
                .nameField("Name", "Full Name", 121, false)
                .requiredText("Company", "Company", 255)
                .text("Title", "Title", FieldType.STRING, 128)
                .text("Email", "Email", FieldType.EMAIL, 80)
                .text("Phone", "Phone", FieldType.PHONE, 40)
                .requiredPicklist("Status", "Lead Status", LEAD_STATUSES)
                .picklist("LeadSource", "Lead Source", LEAD_SOURCES)
                .picklist("Rating", "Rating", List.of("Hot", "Warm", "Cold"))
                .value("IsConverted", "Converted", FieldType.BOOLEAN)
                .build();
        ObjectDef deal = ObjectDef.builder("Deal_Registration__c", "a0X", "Deal Registration", "Deal Registrations").id().systemFields()
                .nameField("Name", "Deal Registration Name", 80, true)
                .lookup("Account__c", "Account", "Account", "Account__r", true)
                .number("Amount__c", "Amount", FieldType.CURRENCY, 16, 2)
                .picklist("Status__c", "Status", DEAL_STATUSES)
                .multiPicklist("Regions__c", "Regions", DEAL_REGIONS)
                .value("Registered_On__c", "Registered On", FieldType.DATE)
                .text("Partner_Email__c", "Partner Email", FieldType.EMAIL, 80)
                .externalId("Registration_Key__c", "Registration Key", 40)
                .build();
        schema.add(user);
        schema.add(account);
        schema.add(contact);
        schema.add(opportunity);
        schema.add(lead);
        schema.add(deal);
        schema.childRelationships.add(new ChildRelationship("Contacts", account, contact, contact.requiredField("AccountId")));
        schema.childRelationships.add(new ChildRelationship("Opportunities", account, opportunity, opportunity.requiredField("AccountId")));
        schema.childRelationships.add(new ChildRelationship("Deal_Registrations__r", account, deal, deal.requiredField("Account__c")));
        return schema;
    }

    private void add(ObjectDef object) {
        objectsByLowerName.put(object.name().toLowerCase(Locale.ROOT), object);
        objectsByPrefix.put(object.keyPrefix(), object);
    }

    public Optional<ObjectDef> object(String name) {
        return Optional.ofNullable(objectsByLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    public ObjectDef requiredObject(String name) {
        return object(name).orElseThrow(() -> new IllegalStateException("no sObject " + name));
    }

    public Optional<ObjectDef> objectByKeyPrefix(String keyPrefix) {
        return Optional.ofNullable(objectsByPrefix.get(keyPrefix));
    }

    public Collection<ObjectDef> objects() {
        return objectsByLowerName.values();
    }

    public Optional<ChildRelationship> childRelationship(ObjectDef parent, String name) {
        return childRelationships.stream()
                .filter(r -> r.parent() == parent && r.name().equalsIgnoreCase(name))
                .findFirst();
    }

    public List<ChildRelationship> childRelationships(ObjectDef parent) {
        return childRelationships.stream().filter(r -> r.parent() == parent).toList();
    }
}
