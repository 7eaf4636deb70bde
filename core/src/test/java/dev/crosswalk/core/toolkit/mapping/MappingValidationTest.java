package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingValidationTest {

    @Test
    void findsNothingWrongWithMappingsThatFitTheSchema() {
        UnifiedMapping accounts = UnifiedMapping.compile(MappingDocument.of(UnifiedObject.ACCOUNT,
                "test:mappings/account.yaml", Fixtures.resource("mappings/testkind/account.yaml")));

        assertThat(Fixtures.contactMapping().validate(TestSchemas.LOOKUP)).isEmpty();
        assertThat(accounts.validate(TestSchemas.LOOKUP)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceEachWithItsLineAndColumn() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  first_name: firstname
                  title: Foo__c
                  name: $join([FirstName, Nickname__c], ' ')
                  account:
                    id: Owner.Manager.Name
                  created_at: Birthdate
                  updated_at: LTV_Score__c
                  last_name: Account.Nme
                  email_addresses:
                    - email: Phone
                  phone_numbers: Phone
                query:
                  email: Emial
                """);

        assertThat(mapping.validate(TestSchemas.LOOKUP)).containsExactly(
                "test:4:15: no field 'firstname' on Contact: write 'FirstName', the schema's spelling",
                "test:5:10: no field 'Foo__c' on Contact",
                "test:6:27: no field 'Nickname__c' on Contact",
                "test:8:5: response.account: 'account.id' is the account's id (an id or reference field) but gets"
                        + " Owner.Manager.Name (a STRING field)",
                "test:10:15: response.updated_at: 'updated_at' is a date-time but gets LTV_Score__c (a DOUBLE field)",
                "test:11:14: no field 'Account.Nme' on Account",
                "test:14:18: response.phone_numbers: 'phone_numbers' is a phone number list like [{number: Phone,"
                        + " type: \"'work'\"}] but gets Phone (a PHONE field)",
                "test:16:10: no field 'Emial' on Contact");
    }

    @Test
    void acceptsWholeEpochMillisecondsForADateTimeAsTheMappingItselfDoes() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  created_at: 1714557600000
                  updated_at: "$toMillis('2024-05-01T10:00:00Z')"
                """);

        assertThat(mapping.validate(TestSchemas.LOOKUP)).isEmpty();
    }

    @Test
    void checksWhatJsonataProducesAgainstTheUnifiedTypes() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  created_at: $uppercase(FirstName)
                  phone_numbers: '[{"number": 12}]'
                response_mapping: |
                  { "updated_at": FirstName, "account": AccountId, "lifetime_value": FirstName }
                """);

        assertThat(mapping.validate(TestSchemas.LOOKUP)).containsExactly(
                "test:4:15: response.created_at: 'created_at' is a date-time but gets text ('SAMPLE FIRSTNAME')",
                "test:5:18: response.phone_numbers: 'phone_numbers[].number' is text but gets a number (12)",
                "test:7:3: response_mapping: 'updated_at' is a date-time but gets FirstName (a STRING field)",
                "test:7:3: response_mapping: 'account' is an account reference like {id: AccountId} but gets"
                        + " AccountId (a REFERENCE field)");
    }

    @Test
    void followsRelationshipsAtMostFiveLevelsDeep() {
        UnifiedMapping mapping = Fixtures.contacts("""
                response:
                  id: Id
                  boss: Owner.Manager.Manager.Manager.Email
                """);

        assertThat(mapping.validate(TestSchemas.LOOKUP)).isEmpty();
        UnifiedMapping deeper = Fixtures.contacts("""
                response:
                  id: Id
                  boss: $string(Owner.Manager.Manager.Manager.Manager.Email)
                """);
        assertThat(deeper.validate(TestSchemas.LOOKUP)).containsExactly("test:4:47: the relationship path"
                + " 'Owner.Manager.Manager.Manager.Manager' goes deeper than 5 levels");
    }

    @Test
    void reportsARelationshipToAnObjectTheConnectionCannotDescribe() {
        ObjectSchema contact = ObjectSchema.builder("Contact")
                .field(FieldSchema.builder("Id", FieldType.ID).build())
                .field(FieldSchema.builder("GhostId", FieldType.REFERENCE).reference("Ghost", List.of("Ghost__c"))
                        .build())
                .build();
        UnifiedMapping mapping = Fixtures.contacts("response:\n  id: Id\n  ghost: Ghost.Name\n");

        assertThat(mapping.validate(TestSchemas.lookup(Map.of("Contact", contact)))).containsExactly(
                "test:4:10: the relationship 'Ghost' reaches Ghost__c, which this connection cannot describe");
    }

    @Test
    void reportsAProviderObjectTheConnectionLacks() {
        assertThat(Fixtures.contactMapping().validate(TestSchemas.lookup(Map.of()))).containsExactly(
                "test:mappings/contact.yaml:2:9: this connection has no object 'Contact' (or cannot describe it)");
    }

    @Test
    void namesTheOverrideWhereTheProblemIs() {
        UnifiedMapping layered = Fixtures.contactMapping().withOverride("override:tenant", """
                response:
                  lifetime_value: LTV_Score__C
                query_mapping: |
                  { "where": $convertQueryToSql(query, ["nick"], {"nick": "Nickname__c"}) }
                """);

        assertThat(layered.validate(TestSchemas.LOOKUP)).containsExactly(
                "override:tenant:2:19: no field 'LTV_Score__C' on Contact: write 'LTV_Score__c', the schema's"
                        + " spelling",
                "override:tenant:4:60: no field 'Nickname__c' on Contact");
    }
}
