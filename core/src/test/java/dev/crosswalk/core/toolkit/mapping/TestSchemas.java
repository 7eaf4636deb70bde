package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Salesforce-shaped schemas (Contact, Account, User) and a lookup over them. */
final class TestSchemas {

    static final ObjectSchema CONTACT = ObjectSchema.builder("Contact")
            .field(field("Id", FieldType.ID))
            .field(field("FirstName", FieldType.STRING))
            .field(field("LastName", FieldType.STRING))
            .field(field("Name", FieldType.STRING))
            .field(field("Title", FieldType.STRING))
            .field(reference("AccountId", "Account", "Account"))
            .field(reference("OwnerId", "Owner", "User"))
            .field(field("Email", FieldType.EMAIL))
            .field(field("Phone", FieldType.PHONE))
            .field(field("MobilePhone", FieldType.PHONE))
            .field(field("Birthdate", FieldType.DATE))
            .field(field("MailingAddress", FieldType.ADDRESS))
            .field(field("CreatedDate", FieldType.DATETIME))
            .field(field("LastModifiedDate", FieldType.DATETIME))
            .field(custom("LTV_Score__c", FieldType.DOUBLE))
            .field(custom("Internal_ID__c", FieldType.STRING))
            .field(custom("Preferred_Channel__c", FieldType.PICKLIST))
            .build();

    static final ObjectSchema ACCOUNT = ObjectSchema.builder("Account")
            .field(field("Id", FieldType.ID))
            .field(field("Name", FieldType.STRING))
            .field(field("Industry", FieldType.PICKLIST))
            .field(field("Website", FieldType.URL))
            .field(field("NumberOfEmployees", FieldType.INTEGER))
            .field(reference("OwnerId", "Owner", "User"))
            .field(reference("ParentId", "Parent", "Account"))
            .field(field("CreatedDate", FieldType.DATETIME))
            .field(field("LastModifiedDate", FieldType.DATETIME))
            .build();

    static final ObjectSchema USER = ObjectSchema.builder("User")
            .field(field("Id", FieldType.ID))
            .field(field("Name", FieldType.STRING))
            .field(field("Email", FieldType.EMAIL))
            .field(reference("ManagerId", "Manager", "User"))
            .build();

    static final SchemaLookup LOOKUP = lookup(Map.of("Contact", CONTACT, "Account", ACCOUNT, "User", USER));

    private TestSchemas() {
    }

    static SchemaLookup lookup(Map<String, ObjectSchema> schemas) {
        return name -> Optional.ofNullable(schemas.get(name));
    }

    static FieldSchema field(String name, FieldType type) {
        return FieldSchema.builder(name, type).build();
    }

    static FieldSchema custom(String name, FieldType type) {
        return FieldSchema.builder(name, type).custom(true).build();
    }

    static FieldSchema reference(String name, String relationship, String target) {
        return FieldSchema.builder(name, FieldType.REFERENCE).reference(relationship, List.of(target)).build();
    }
}
