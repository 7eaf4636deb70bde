package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mapping documents and Salesforce-shaped records for the mapping tests. */
final class Fixtures {

    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnifiedMapping contactMapping() {
        return UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "test:mappings/contact.yaml",
                resource("mappings/testkind/contact.yaml")));
    }

    static UnifiedMapping compatibleContactMapping() {
        return UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "test:mappings/compat/contact.yaml",
                resource("mappings/testkind/compat/contact.yaml")));
    }

    /** @return a connector file for contacts with {@code body} after {@code object: Contact} */
    static UnifiedMapping contacts(String body) {
        return UnifiedMapping.compile(document(body));
    }

    static MappingDocument document(String body) {
        return MappingDocument.of(UnifiedObject.CONTACT, "test", "object: Contact\n" + body);
    }

    /** @return the fields of a Salesforce contact, in the provider's order */
    static Map<String, Object> contactFields(String id) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Id", id);
        fields.put("FirstName", "Ada");
        fields.put("LastName", "Lovelace");
        fields.put("Name", "Ada Lovelace");
        fields.put("Title", "Analyst");
        fields.put("AccountId", "001000000000001AAA");
        fields.put("Email", "ada@example.com");
        fields.put("Phone", "+44 20 7946 0000");
        fields.put("MobilePhone", null);
        fields.put("CreatedDate", "2024-05-01T10:00:00.000+0000");
        fields.put("LastModifiedDate", "2024-06-02T11:30:00.000+0000");
        fields.put("LTV_Score__c", 12.5);
        fields.put("Internal_ID__c", "");
        fields.put("Preferred_Channel__c", null);
        return fields;
    }

    static ProviderRecord contact(String id) {
        return contact(contactFields(id));
    }

    static ProviderRecord contact(Map<String, Object> fields) {
        return ProviderRecord.builder("Contact", String.valueOf(fields.get("Id"))).fields(fields).build();
    }
}
