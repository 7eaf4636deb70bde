package dev.crosswalk.testkit.salesforce.data;

/** A parent-to-child relationship usable in a SOQL subquery, e.g. {@code Contacts} from Account to Contact.AccountId. */
public record ChildRelationship(String name, ObjectDef parent, ObjectDef child, FieldDef field) {
}
