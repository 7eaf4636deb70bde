package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadPlanTest {

    @Test
    void selectsThePathsOfACompiledMappingAndTheCustomFields() {
        ReadPlan plan = Fixtures.contactMapping().plan(TestSchemas.LOOKUP, Set.of());

        assertThat(plan.providerFields()).containsExactly("Id", "FirstName", "LastName", "Name", "Title", "AccountId",
                "Email", "Phone", "MobilePhone", "CreatedDate", "LastModifiedDate", "LTV_Score__c", "Internal_ID__c",
                "Preferred_Channel__c");
        assertThat(plan.providerObject()).isEqualTo("Contact");
    }

    @Test
    void selectsOnlyWhatTheWantedFieldsReadAndAlwaysTheId() {
        ReadPlan plan = Fixtures.contactMapping().plan(TestSchemas.LOOKUP, Set.of("email_addresses"));

        assertThat(plan.providerFields()).containsExactly("Id", "Email");
        assertThat(plan.map(Fixtures.contact("003A"))).containsOnlyKeys("id", "email_addresses");
    }

    @Test
    void selectsTheCustomFieldsWhenTheyAreWanted() {
        ReadPlan plan = Fixtures.contactMapping().plan(TestSchemas.LOOKUP, Set.of("name", "custom_fields"));

        assertThat(plan.providerFields()).containsExactly("Id", "Name", "LTV_Score__c", "Internal_ID__c",
                "Preferred_Channel__c");
        assertThat(plan.map(Fixtures.contact("003A"))).containsOnlyKeys("id", "name", "custom_fields");
    }

    @Test
    void skipsPathsTheSchemaLacksAndSelectsRelationshipPathsAndCompoundFields() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  title: Salutation__x
                  account_name: Account.Name
                  boss: Owner.Manager.Email
                  city: MailingAddress.city
                  nickname: firstname
                """);
        Map<String, Object> fields = Fixtures.contactFields("003A");
        fields.put("MailingAddress", Map.of("city", "London"));

        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());

        assertThat(plan.providerFields()).containsExactly("Id", "Account.Name", "Owner.Manager.Email",
                "MailingAddress");
        assertThat(plan.map(Fixtures.contact(fields))).containsEntry("title", null).containsEntry("city", "London");
    }

    @Test
    void selectsEveryFieldAndTheRelationshipPathsJsonataReadsWhenJsonataIsInvolved() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  owner: $uppercase(Owner.Name)
                response_mapping: |
                  { "account_name": response.Account.Name }
                """);

        ReadPlan plan = mapping.plan(TestSchemas.LOOKUP, Set.of());

        List<String> expected = new ArrayList<>(TestSchemas.CONTACT.fields().stream().map(FieldSchema::name).toList());
        expected.add("Owner.Name");
        expected.add("Account.Name");
        assertThat(plan.providerFields()).containsExactlyElementsOf(expected);
        assertThat(plan.compiled()).isFalse();
    }

    @Test
    void readsWhatItCanWhenTheObjectCannotBeDescribed() {
        SchemaLookup nothing = name -> Optional.empty();
        UnifiedMapping jsonata = Fixtures.contacts("response:\n  id: Id\n  n: $string(Name)\n");

        assertThat(Fixtures.contactMapping().plan(nothing, Set.of("name", "account")).providerFields())
                .containsExactly("Id", "Name", "AccountId");
        assertThat(jsonata.plan(nothing, Set.of()).providerFields()).isEmpty();
    }

    @Test
    void refusesAFieldTheMappingCannotProduce() {
        assertThatThrownBy(() -> Fixtures.contactMapping().plan(TestSchemas.LOOKUP, Set.of("emails")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown field 'emails' for contacts; expected one of id, first_name,");
    }

    @Test
    void acceptsAnyFieldWhenAResponseMappingMayProduceIt() {
        ReadPlan plan = Fixtures.compatibleContactMapping().plan(TestSchemas.LOOKUP, Set.of("name", "anything"));

        assertThat(plan.map(Fixtures.contact("003A"))).containsOnlyKeys("id", "name");
    }
}
