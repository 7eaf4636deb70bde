package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverrideLayeringTest {

    private final UnifiedMapping connectorFile = Fixtures.contactMapping();

    private static Map<String, Object> map(UnifiedMapping mapping) {
        return mapping.plan(TestSchemas.LOOKUP, Set.of()).map(Fixtures.contact("003A"));
    }

    @Test
    void replacesAndAddsFieldsWithoutChangingTheMappingItLaysOn() {
        UnifiedMapping layered = connectorFile.withOverride("override", """
                response:
                  title: "'Chief ' & Title"
                  lifetime_value: LTV_Score__c
                """);

        assertThat(map(layered)).containsEntry("title", "Chief Analyst").containsEntry("lifetime_value", 12.5)
                .containsEntry("first_name", "Ada");
        assertThat(map(connectorFile)).containsEntry("title", "Analyst").doesNotContainKey("lifetime_value");
        assertThat(layered.compiledResponse()).isFalse();
        assertThat(connectorFile.compiledResponse()).isTrue();
    }

    @Test
    void mergesAnObjectFieldLeafByLeaf() {
        UnifiedMapping layered = connectorFile.withOverride("override", """
                response:
                  account:
                    name: "'Acme'"
                """);

        assertThat(map(layered).get("account")).isEqualTo(Map.of("id", "001000000000001AAA", "name", "Acme"));
    }

    @Test
    void mergesAnOverridesResponseMappingOverTheResultKeyByKey() {
        UnifiedMapping layered = connectorFile.withOverride("override", """
                response_mapping: |
                  { "name": $join($removeEmptyItems([response.LastName, response.FirstName]), ", ") }
                """);

        assertThat(map(layered)).containsEntry("name", "Lovelace, Ada").containsEntry("first_name", "Ada");
    }

    @Test
    void letsAnOverridesFieldWinOverAnEarlierResponseMapping() {
        UnifiedMapping layered = Fixtures.compatibleContactMapping().withOverride("override", """
                response:
                  name: Title
                """);

        assertThat(map(layered)).containsEntry("name", "Analyst").containsEntry("first_name", "Ada");
    }

    @Test
    void replacesTheCustomFieldsPattern() {
        UnifiedMapping layered = connectorFile.withOverride("override", "custom_fields: 'Score__c$'\n");

        assertThat(map(layered).get("custom_fields")).isEqualTo(Map.of("LTV_Score__c", 12.5));
    }

    @Test
    void layersQueryEntriesAndQueryMappings() {
        UnifiedMapping layered = connectorFile.withOverride("override", """
                query:
                  email: Secondary_Email__c
                  title: Title
                query_mapping: |
                  { "LastName": query.last_name }
                """);

        QueryTranslation translation = layered.translate(Map.of("email", List.of("a@x.com"), "title", List.of("CEO"),
                "last_name", List.of("Lovelace")), null);

        assertThat(layered.filterNames()).containsExactly("email", "account_id", "title", "last_name");
        assertThat(translation.filters()).containsExactly(FieldFilter.equalTo("Secondary_Email__c", "a@x.com"),
                FieldFilter.equalTo("Title", "CEO"), FieldFilter.equalTo("LastName", "Lovelace"));
    }

    @Test
    void appliesTheTenantsOverrideThenTheConnections() {
        UnifiedMapping layered = connectorFile
                .withOverride("tenant", "response:\n  title: \"'Tenant'\"\n  nickname: FirstName\n")
                .withOverride("connection", "response:\n  title: \"'Connection'\"\n");

        assertThat(map(layered)).containsEntry("title", "Connection").containsEntry("nickname", "Ada");
        assertThat(layered).hasToString("UnifiedMapping[contact from Contact, 3 layers]");
    }
}
