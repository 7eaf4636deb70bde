package dev.crosswalk.connector.hubspot;

import static dev.crosswalk.connector.hubspot.StubHost.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.spi.Connector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CannedSchemaPortTest {

    private static final Connector CONNECTOR = StubHost.create(Map.of());
    private static final SchemaPort SCHEMA = CONNECTOR.schema();

    @AfterAll
    static void closeConnector() {
        CONNECTOR.close();
    }

    private static FieldSchema field(String object, String name) {
        return SCHEMA.describe(CONNECTION, object).orElseThrow().field(name).orElseThrow();
    }

    @Test
    void listsContactsCompaniesAndDeals() {
        assertThat(SCHEMA.objects(CONNECTION))
                .containsExactly(
                        ObjectSummary.of("contacts", "Contacts", false),
                        ObjectSummary.of("companies", "Companies", false),
                        ObjectSummary.of("deals", "Deals", false));
    }

    @Test
    void describesHubSpotTypesAsFieldTypes() {
        assertThat(field("contacts", "email").type()).isEqualTo(FieldType.STRING);
        assertThat(field("contacts", "createdate").type()).isEqualTo(FieldType.DATETIME);
        assertThat(field("companies", "numberofemployees").type()).isEqualTo(FieldType.DOUBLE);
        assertThat(field("deals", "amount").type()).isEqualTo(FieldType.DOUBLE);
        assertThat(field("deals", "closedate").type()).isEqualTo(FieldType.DATE);
        assertThat(field("deals", "hs_object_id").type()).isEqualTo(FieldType.ID);
        FieldSchema stage = field("deals", "dealstage");
        assertThat(stage.type()).isEqualTo(FieldType.PICKLIST);
        assertThat(stage.picklistValues()).contains("closedwon", "closedlost").hasSize(7);
        FieldSchema company = field("contacts", "associatedcompanyid");
        assertThat(company.type()).isEqualTo(FieldType.REFERENCE);
        assertThat(company.referenceTo()).containsExactly("companies");
        assertThat(company.relationshipName()).isEmpty();
    }

    @Test
    void marksOnlyTheCustomerTierAsCustom() {
        for (ObjectSummary summary : SCHEMA.objects(CONNECTION)) {
            ObjectSchema schema = SCHEMA.describe(CONNECTION, summary.name()).orElseThrow();
            assertThat(schema.fields()).filteredOn(FieldSchema::custom).extracting(FieldSchema::name)
                    .as(summary.name())
                    .containsExactlyElementsOf(summary.name().equals("contacts") ? List.of("customer_tier")
                            : List.of());
        }
        assertThat(field("contacts", "customer_tier").picklistValues())
                .containsExactly("bronze", "silver", "gold", "platinum");
    }

    @Test
    void describesObjectsByNameInAnyLetterCaseAndNothingElse() {
        assertThat(SCHEMA.describe(CONNECTION, "COMPANIES")).map(ObjectSchema::name).contains("companies");
        assertThat(SCHEMA.describe(CONNECTION, "tickets")).isEmpty();
    }

    @Test
    void describesEveryPropertyTheRecordsCarryAndEveryValueFitsItsType() {
        for (ObjectSummary summary : SCHEMA.objects(CONNECTION)) {
            ObjectSchema schema = SCHEMA.describe(CONNECTION, summary.name()).orElseThrow();
            var records = CONNECTOR.records().list(CONNECTION,
                    RecordQuery.builder(summary.name()).includeDeleted(true).build()).records();
            for (ProviderRecord record : records) {
                assertThat(record.fields().keySet()).containsExactlyElementsOf(
                        schema.fields().stream().map(FieldSchema::name).toList());
                assertThat(record.fields().get("hs_object_id")).isEqualTo(record.id());
                record.fields().forEach((name, value) -> {
                    if (value != null) {
                        assertFits(schema.field(name).orElseThrow(), (String) value);
                    }
                });
            }
        }
    }

    private static void assertFits(FieldSchema field, String value) {
        switch (field.type()) {
            case DATETIME -> assertThat(Instant.parse(value)).isNotNull();
            case DATE -> assertThat(LocalDate.parse(value)).isNotNull();
            case DOUBLE, ID, REFERENCE -> assertThat(new BigDecimal(value)).isNotNull();
            case PICKLIST -> assertThat(field.picklistValues()).as(field.name()).contains(value);
            default -> assertThat(value).as(field.name()).isNotBlank();
        }
    }
}
