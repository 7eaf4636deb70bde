package dev.crosswalk.testkit.salesforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sObject types of an org and the relationships between them. Immutable and thread-safe. */
final class Schema {

    static final String CONTACT_CHANNELS_FIELD = "Preferred_Channel__c";

    private final Map<String, ObjectDef> objectsByLowerName = new LinkedHashMap<>();
    private final Map<String, ObjectDef> objectsByPrefix = new LinkedHashMap<>();
    private final List<ChildRelationship> childRelationships = new ArrayList<>();

    private Schema() {
    }

    /** The standard objects the emulator serves, with the custom fields and objects of the demo org. */
    static Schema standard() {
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
        schema.add(user);
        schema.add(account);
        schema.add(contact);
        schema.childRelationships.add(new ChildRelationship("Contacts", account, contact, contact.requiredField("AccountId")));
        return schema;
    }

    private void add(ObjectDef object) {
        objectsByLowerName.put(object.name().toLowerCase(Locale.ROOT), object);
        objectsByPrefix.put(object.keyPrefix(), object);
    }

    Optional<ObjectDef> object(String name) {
        return Optional.ofNullable(objectsByLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    ObjectDef requiredObject(String name) {
        return object(name).orElseThrow(() -> new IllegalStateException("no sObject " + name));
    }

    Optional<ObjectDef> objectByKeyPrefix(String keyPrefix) {
        return Optional.ofNullable(objectsByPrefix.get(keyPrefix));
    }

    Collection<ObjectDef> objects() {
        return objectsByLowerName.values();
    }

    Optional<ChildRelationship> childRelationship(ObjectDef parent, String name) {
        return childRelationships.stream()
                .filter(r -> r.parent() == parent && r.name().equalsIgnoreCase(name))
                .findFirst();
    }

    List<ChildRelationship> childRelationships(ObjectDef parent) {
        return childRelationships.stream().filter(r -> r.parent() == parent).toList();
    }
}
