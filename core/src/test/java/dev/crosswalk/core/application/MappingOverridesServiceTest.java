package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.MappingState;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.UseCaseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingOverridesServiceTest {

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable()
            .object(UnifiedRecordsServiceTest.PERSON, List.of(ProviderRecord.builder("Person", "p1")
                    .field("Id", "p1").field("Given", "Ada").field("Family", "Lovelace").field("Tier__c", "gold")
                    .build()))
            .mapping(UnifiedObject.CONTACT, UnifiedRecordsServiceTest.CONTACT_MAPPING));

    private Contact firstContact() {
        return fixture.core.unifiedRecords().listContacts(ListRequest.builder(fixture.acme.ref()).build())
                .items().get(0);
    }

    @Test
    void showsTheConnectorsFileAndNoOverridesAtFirst() {
        MappingState state = fixture.core.mappings().current(fixture.acme.ref(), UnifiedObject.CONTACT);

        assertThat(state.connectorDocument()).contains("object: Person");
        assertThat(state.tenantOverride()).isEmpty();
        assertThat(state.connectionOverride()).isEmpty();
    }

    @Test
    void refusesAnOverrideListingEveryProblemAndStoresNothing() {
        assertThatThrownBy(() -> fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, """
                        response:
                          title: Job_Title__c
                          first_name: given
                          created_at: Tier__c
                        """))
                .isInstanceOfSatisfying(UseCaseException.MappingRejected.class, refused -> {
                    assertThat(refused.problems()).hasSize(3);
                    assertThat(refused.problems()).allMatch(problem -> problem.startsWith("override:"));
                    assertThat(String.join("\n", refused.problems())).contains("Job_Title__c").contains("Given")
                            .contains("created_at");
                });
        assertThat(fixture.overrides.history(
                dev.crosswalk.core.domain.OverrideScope.connection(fixture.acme), UnifiedObject.CONTACT)).isEmpty();
    }

    @Test
    void validatesWithoutStoring() {
        List<String> problems = fixture.core.mappings().validate(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, "response:\n  title: Tier__c\n");
        List<String> broken = fixture.core.mappings().validate(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, "respons:\n  title: Tier__c\n");

        assertThat(problems).isEmpty();
        assertThat(broken).singleElement().asString().startsWith("override:1:1").contains("respons");
        assertThat(firstContact().title()).isEmpty();
    }

    @Test
    void aTenantOverrideAppliesToEveryConnectionOfTheTenantAndTheConnectionsOwnLayersOnIt() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.TENANT,
                "response:\n  title: Tier__c\n  name: Family\n");
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  name: Given\n");

        Contact ada = firstContact();

        assertThat(ada.title()).contains("gold");
        assertThat(ada.name()).contains("Ada");
    }

    @Test
    void keepsEveryVersionAndRestoresAnEarlierOneAsANewVersion() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  title: Tier__c\n");
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  title: Family\n");
        assertThat(firstContact().title()).contains("Lovelace");

        MappingOverride restored = fixture.core.mappings().restore(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, 1);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(firstContact().title()).contains("gold");
        assertThat(fixture.core.mappings().history(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION))
                .extracting(MappingOverride::version).containsExactly(3, 2, 1);
    }

    @Test
    void removesAnOverrideAndRefusesToRemoveWhatIsNotThere() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  title: Tier__c\n");

        fixture.core.mappings().remove(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION);

        assertThat(firstContact().title()).isEmpty();
        assertThatThrownBy(() -> fixture.core.mappings().remove(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION)).isInstanceOf(UseCaseException.NoSuchOverride.class);
        assertThatThrownBy(() -> fixture.core.mappings().restore(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, 9)).isInstanceOf(UseCaseException.NoSuchOverride.class);
    }

    @Test
    void readsStoredOverridesAtMostOncePerRefreshPeriod() {
        firstContact();
        int afterFirst = fixture.overrides.reads();
        firstContact();
        firstContact();

        assertThat(fixture.overrides.reads()).isEqualTo(afterFirst);
        fixture.clock.advance(MappingRegistry.OVERRIDE_REFRESH);
        firstContact();
        assertThat(fixture.overrides.reads()).isGreaterThan(afterFirst);
    }

    @Test
    void refusesAnOverrideWhoseValueBreaksAnObjectTheConnectorsFileMaps() {
        assertThatThrownBy(() -> fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, "response:\n  account:\n    id: \"{'a': 1}\"\n"))
                .isInstanceOfSatisfying(UseCaseException.MappingRejected.class, refused ->
                        assertThat(refused.problems()).singleElement().asString().contains("account"));
    }

    @Test
    void refusesAChangeBasedOnAVersionThatIsNoLongerCurrent() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  title: Tier__c\n", 0);

        assertThatThrownBy(() -> fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, "response:\n  title: Family\n", 0))
                .isInstanceOf(UseCaseException.OverrideConflict.class).hasMessageContaining("version 1, not 0");
        assertThatThrownBy(() -> fixture.core.mappings().remove(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.CONNECTION, 2)).isInstanceOf(UseCaseException.OverrideConflict.class);
        assertThat(fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION,
                "response:\n  title: Family\n", 1).version()).isEqualTo(2);
        assertThat(firstContact().title()).contains("Lovelace");
    }

    @Test
    void checksATenantWideOverrideAgainstEveryConnectionOfTheKind() {
        dev.crosswalk.core.domain.Connection second = dev.crosswalk.core.fakes.TestConnections.active("acme", "crm-2",
                "fake");
        fixture.connections.save(second);
        fixture.crm.objectOf(second.ref(), dev.crosswalk.core.domain.ObjectSchema.builder("Person")
                .field(dev.crosswalk.core.domain.FieldSchema.builder("Id", dev.crosswalk.core.domain.FieldType.ID)
                        .build())
                .build());

        List<String> problems = fixture.core.mappings().validate(fixture.acme.ref(), UnifiedObject.CONTACT,
                OverrideLevel.TENANT, "response:\n  title: Tier__c\n");

        assertThat(problems).singleElement().asString().startsWith("on connection 'crm-2': override:2:10")
                .contains("Tier__c");
    }
}
