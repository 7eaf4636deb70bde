package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.UnifiedObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A response and query mapping written for JSONata-based hosted unified APIs loads and runs unchanged. */
class HostedApiCompatibilityTest {

    private final UnifiedMapping mapping = Fixtures.compatibleContactMapping();

    @Test
    void mapsASalesforceContactThroughTheHostedApisResponseMapping() {
        Map<String, Object> unified = mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "003A");
        expected.put("first_name", "Ada");
        expected.put("last_name", "Lovelace");
        expected.put("name", "Ada Lovelace");
        expected.put("account", Map.of("id", "001000000000001AAA"));
        expected.put("email_addresses", List.of(Map.of("email", "ada@example.com", "type", "primary")));
        expected.put("phone_numbers", Map.of("number", "+44 20 7946 0000", "type", "work"));
        expected.put("created_at", "2024-05-01T10:00:00.000+0000");
        expected.put("updated_at", "2024-06-02T11:30:00.000+0000");
        expected.put("custom_fields", Map.of("LTV_Score__c", 12.5));
        assertThat(mapping.compiledResponse()).isFalse();
        assertThat(unified).containsExactlyEntriesOf(expected);
    }

    @Test
    void siftKeepsOnlyCustomFieldsWithAValueWhateverTheirCase() {
        Map<String, Object> fields = Fixtures.contactFields("003A");
        fields.put("Tier__C", "gold");
        fields.put("Opted_Out__c", false);
        fields.put("Score__c", 0);

        Map<String, Object> unified = mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact(fields));

        assertThat(unified.get("custom_fields")).isEqualTo(Map.of("LTV_Score__c", 12.5, "Tier__C", "gold"));
    }

    @Test
    void filtersOutEmptyPhonesAndKeepsBothWhenBothHaveANumber() {
        Map<String, Object> both = Fixtures.contactFields("003A");
        both.put("MobilePhone", "+44 7700 900000");
        Map<String, Object> none = Fixtures.contactFields("003B");
        none.put("Phone", "");
        none.put("FirstName", null);

        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());
        Map<String, Object> withBoth = plan.map(Fixtures.contact(both));
        Map<String, Object> withNone = plan.map(Fixtures.contact(none));

        assertThat(withBoth.get("phone_numbers")).isEqualTo(List.of(
                Map.of("number", "+44 20 7946 0000", "type", "work"),
                Map.of("number", "+44 7700 900000", "type", "mobile")));
        assertThat(withNone).doesNotContainKey("phone_numbers").containsEntry("name", "Lovelace");
    }

    @Test
    void turnsTheMappedContactIntoATypedRecord() {
        Map<String, Object> unified = mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A"));

        Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, false);

        assertThat(contact.name()).contains("Ada Lovelace");
        assertThat(contact.phoneNumbers()).containsExactly(PhoneNumber.of("+44 20 7946 0000", PhoneType.WORK));
        assertThat(contact.createdAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(contact.customFields()).containsExactlyEntriesOf(Map.of("LTV_Score__c", 12.5));
    }

    @Test
    void translatesTheHostedApisQueryMapping() {
        QueryTranslation translation = mapping.translate(Map.of(
                "email", List.of("ada@example.com"),
                "last_name", List.of("Lovelace", "O'Brien"),
                "q", List.of("analyst")), null);

        assertThat(mapping.filterNames()).containsExactlyInAnyOrder("email", "first_name", "last_name", "account_id",
                "search", "q");
        assertThat(translation.filters()).containsExactly(
                FieldFilter.equalTo("Email", "ada@example.com"),
                FieldFilter.in("LastName", List.of("Lovelace", "O'Brien")));
        assertThat(translation.searchTerm()).contains("analyst");
    }

    @Test
    void prefersTheFirstNonEmptySearchFilter() {
        QueryTranslation translation = mapping.translate(Map.of("search", List.of(""), "q", List.of("fallback")),
                null);

        assertThat(translation.filters()).isEmpty();
        assertThat(translation.searchTerm()).contains("fallback");
    }

    @Test
    void validatesAgainstTheSalesforceSchema() {
        assertThat(mapping.validate(TestSchemas.LOOKUP)).isEmpty();
    }
}
