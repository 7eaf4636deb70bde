package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.emulator.hubspot.HubSpotFault;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema from HubSpot's properties API: types, options, custom properties, and the cache in front of it. */
class HubSpotSchemaTest {

    private static HubSpotEmulator emulator;
    private static HubSpotHost host;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(9).companies(2).contacts(4).deals(2).start();
        host = HubSpotHost.privateApp(emulator);
    }

    @AfterAll
    static void stop() {
        host.close();
        emulator.close();
    }

    @Test
    void listsTheStandardObjectsAndTheAccountsCustomOnes() {
        assertThat(host.connector.schema().objects(host.connection))
                .extracting(ObjectSummary::name, ObjectSummary::custom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contacts", false),
                        org.assertj.core.groups.Tuple.tuple("companies", false),
                        org.assertj.core.groups.Tuple.tuple("deals", false),
                        org.assertj.core.groups.Tuple.tuple("p_projects", true));
    }

    @Test
    void aGrantWithoutTheCustomObjectScopeStillListsTheStandardObjects() {
        try (HubSpotEmulator plain = HubSpotEmulator.builder().port(0).seed(9).companies(1).contacts(1).deals(1)
                .start(); HubSpotHost scoped = HubSpotHost.privateApp(plain)) {
            plain.faults().add(HubSpotFault.status(403).onRoute("GET", "/crm/v3/schemas"));

            assertThat(scoped.connector.schema().objects(scoped.connection)).extracting(ObjectSummary::name)
                    .containsExactly("contacts", "companies", "deals");
            assertThat(scoped.connector.schema().describe(scoped.connection, "tickets")).isEmpty();
        }
    }

    @Test
    void describesACustomObjectByItsNameTypeIdOrShortName() {
        for (String name : List.of("p_projects", "2-1001", "Projects")) {
            ObjectSchema projects = host.connector.schema().describe(host.connection, name).orElseThrow();

            assertThat(projects.name()).isEqualTo("p_projects");
            assertThat(projects.custom()).isTrue();
            assertThat(projects.label()).isEqualTo("Projects");
            assertThat(projects.field("project_status")).hasValueSatisfying(status -> {
                assertThat(status.type()).isEqualTo(FieldType.PICKLIST);
                assertThat(status.custom()).isTrue();
            });
            assertThat(projects.field(HubSpotObjects.PRIMARY_COMPANY)).isEmpty();
        }
    }

    @Test
    void describesTypesOptionsAndWhichPropertiesAreTheAccountsOwn() {
        ObjectSchema contacts = host.connector.schema().describe(host.connection, "Contacts").orElseThrow();

        assertThat(contacts.field("hs_object_id")).map(FieldSchema::type).contains(FieldType.ID);
        assertThat(contacts.field("email")).hasValueSatisfying(email -> assertThat(email.custom()).isFalse());
        assertThat(contacts.field("customer_tier")).hasValueSatisfying(tier -> {
            assertThat(tier.custom()).isTrue();
            assertThat(tier.type()).isEqualTo(FieldType.PICKLIST);
            assertThat(tier.picklistValues()).isNotEmpty();
        });
        assertThat(contacts.field(HubSpotObjects.PRIMARY_COMPANY)).hasValueSatisfying(company -> {
            assertThat(company.type()).isEqualTo(FieldType.REFERENCE);
            assertThat(company.referenceTo()).containsExactly("companies");
            assertThat(company.filterable()).isFalse();
        });
        ObjectSchema deals = host.connector.schema().describe(host.connection, "0-3").orElseThrow();
        assertThat(deals.name()).isEqualTo("deals");
        assertThat(deals.field("amount")).map(FieldSchema::type).hasValueSatisfying(type ->
                assertThat(type.isNumber()).isTrue());
        assertThat(deals.field("customer_renewal")).map(FieldSchema::type).contains(FieldType.BOOLEAN);
        assertThat(host.connector.schema().describe(host.connection, "companies").orElseThrow()
                .field(HubSpotObjects.PRIMARY_COMPANY)).isEmpty();
    }

    @Test
    void anObjectTheAccountLacksIsEmptyAndADescribedOneIsReadOnce() {
        assertThat(host.connector.schema().describe(host.connection, "tickets")).isEmpty();

        host.connector.schema().describe(host.connection, "companies");
        int calls = emulator.requestLog().size();
        host.connector.schema().describe(host.connection, "COMPANIES");

        assertThat(emulator.requestLog().size()).isEqualTo(calls);
    }
}
