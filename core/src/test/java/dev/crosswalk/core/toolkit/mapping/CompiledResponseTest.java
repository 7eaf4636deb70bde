package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.ProviderRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompiledResponseTest {

    @Test
    void mapsPathsConstantsNestedObjectsAndListsWithoutEvaluatingJsonata() {
        UnifiedMapping mapping = Fixtures.contactMapping();
        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());
        ProviderRecord record = Fixtures.contact("003000000000001AAA");

        long before = JsonataProgram.EVALUATIONS.sum();
        Map<String, Object> unified = plan.map(record);
        long after = JsonataProgram.EVALUATIONS.sum();

        assertThat(mapping.compiledResponse()).isTrue();
        assertThat(plan.compiled()).isTrue();
        assertThat(after).isEqualTo(before);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", "003000000000001AAA");
        expected.put("first_name", "Ada");
        expected.put("last_name", "Lovelace");
        expected.put("name", "Ada Lovelace");
        expected.put("title", "Analyst");
        expected.put("account", Map.of("id", "001000000000001AAA"));
        expected.put("email_addresses", List.of(Map.of("email", "ada@example.com", "type", "work")));
        expected.put("phone_numbers", List.of(Map.of("number", "+44 20 7946 0000", "type", "work")));
        expected.put("created_at", "2024-05-01T10:00:00.000+0000");
        expected.put("updated_at", "2024-06-02T11:30:00.000+0000");
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("LTV_Score__c", 12.5);
        custom.put("Internal_ID__c", "");
        custom.put("Preferred_Channel__c", null);
        expected.put("custom_fields", custom);
        assertThat(unified).containsExactlyEntriesOf(expected);
    }

    @Test
    void evaluatesJsonataForAFieldThatIsNoPlainPath() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  name: $join([FirstName, LastName], ' ')
                """);
        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());

        long before = JsonataProgram.EVALUATIONS.sum();
        Map<String, Object> unified = plan.map(Fixtures.contact("003A"));

        assertThat(mapping.compiledResponse()).isFalse();
        assertThat(JsonataProgram.EVALUATIONS.sum() - before).isEqualTo(1);
        assertThat(unified).containsEntry("name", "Ada Lovelace");
    }

    @Test
    void readsStringLiteralsNumbersBooleansAndNullsAsConstants() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  kind: "'person'"
                  quoted: '"double"'
                  escaped: '"say \\"hi\\""'
                  score: 3
                  ratio: 0.5
                  active: true
                  nothing: null
                  literal_true: "true"
                  number_text: "42"
                """);

        Map<String, Object> unified = mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A"));

        assertThat(mapping.compiledResponse()).isTrue();
        assertThat(unified).containsEntry("kind", "person").containsEntry("quoted", "double")
                .containsEntry("escaped", "say \"hi\"").containsEntry("score", 3L).containsEntry("ratio", 0.5)
                .containsEntry("active", true).containsEntry("nothing", null).containsEntry("literal_true", true)
                .containsEntry("number_text", 42);
    }

    @Test
    void readsABareWordAsAPathAndALeadingResponseAsTheRecord() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: response.Id
                  type: work
                  owner: Owner.Name
                """);
        Map<String, Object> fields = Fixtures.contactFields("003A");
        fields.put("work", "the field named work");
        fields.put("Owner", Map.of("Name", "Grace Hopper"));

        Map<String, Object> unified = mapping.plan(name -> Optional.empty(), Set.of())
                .map(Fixtures.contact(fields));

        assertThat(unified).containsEntry("id", "003A").containsEntry("type", "the field named work")
                .containsEntry("owner", "Grace Hopper");
    }

    @Test
    void leavesOutListItemsWhoseEveryNonConstantValueCameOutEmpty() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  phone_numbers:
                    - { number: Phone, type: "'work'" }
                    - { number: MobilePhone, type: "'mobile'" }
                    - { number: HomePhone, extension: Extension, type: "'home'" }
                    - { type: "'only constants stay'" }
                  email_addresses:
                    - email: Email
                """);
        Map<String, Object> fields = Fixtures.contactFields("003A");
        fields.put("Email", "");
        fields.put("HomePhone", "");
        fields.put("Extension", "12");

        Map<String, Object> unified = mapping.plan(name -> Optional.empty(), Set.of())
                .map(Fixtures.contact(fields));

        assertThat(unified.get("phone_numbers")).isEqualTo(List.of(
                Map.of("number", "+44 20 7946 0000", "type", "work"),
                Map.of("number", "", "extension", "12", "type", "home"),
                Map.of("type", "only constants stay")));
        assertThat(unified.get("email_addresses")).isEqualTo(List.of());
    }

    @Test
    void putsOnlyUnclaimedFieldsMatchingThePatternIntoCustomFieldsKeepingTheirTypes() {
        UnifiedMapping mapping = Fixtures.contacts("""
                custom_fields: '__c$'
                response:
                  id: Id
                  lifetime_value: LTV_Score__c
                """);
        Map<String, Object> fields = Fixtures.contactFields("003A");
        Map<String, Object> address = Map.of("street", "1 Main St", "city", "London");
        fields.put("Shipping_Address__c", address);
        fields.put("Tags__c", List.of("a", "b"));
        fields.put("Account__r", Map.of("Name", "Acme"));

        Map<String, Object> unified = mapping.plan(name -> Optional.empty(), Set.of())
                .map(Fixtures.contact(fields));

        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("Internal_ID__c", "");
        custom.put("Preferred_Channel__c", null);
        custom.put("Shipping_Address__c", address);
        custom.put("Tags__c", List.of("a", "b"));
        assertThat(unified).containsEntry("lifetime_value", 12.5);
        assertThat(unified.get("custom_fields")).isEqualTo(custom);
        assertThat(List.copyOf(((Map<?, ?>) unified.get("custom_fields")).keySet()))
                .isEqualTo(List.copyOf(custom.keySet()));
    }

    @Test
    void leavesCustomFieldsToAMappingThatProducesThemItself() {
        UnifiedMapping mapping = Fixtures.contacts("""
                custom_fields: '__c$'
                response:
                  id: Id
                  custom_fields:
                    score: LTV_Score__c
                """);

        Map<String, Object> unified = mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A"));

        assertThat(unified.get("custom_fields")).isEqualTo(Map.of("score", 12.5));
    }

    @Test
    void producesNoCustomFieldsWithoutAPattern() {
        UnifiedMapping mapping = Fixtures.contacts("response:\n  id: Id\n");

        assertThat(mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A")))
                .containsOnlyKeys("id");
    }
}
