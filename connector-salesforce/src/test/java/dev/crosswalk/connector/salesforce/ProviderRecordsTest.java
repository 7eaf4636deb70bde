package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.crosswalk.core.domain.ProviderRecord;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Salesforce's JSON records as provider records, shaped as the REST API sends them (compound fields included). */
class ProviderRecordsTest {

    private static final String CONTACT = """
            {"attributes": {"type": "Contact", "url": "/services/data/v62.0/sobjects/Contact/003A"},
             "Id": "003A", "LastName": "Lovelace", "LTV_Score__c": 12.5, "NumberOfEmployees__c": 42,
             "MailingAddress": {"city": "London", "country": "UK", "geocodeAccuracy": null,
                                "latitude": 51.5, "longitude": -0.12, "postalCode": "W1", "state": null,
                                "street": "1 St James's Square"},
             "Location__c": {"latitude": 51.5, "longitude": -0.12},
             "Account": {"attributes": {"type": "Account", "url": "/x"}, "Name": "Acme",
                         "Owner": {"attributes": {"type": "User", "url": "/y"}, "Email": "o@acme.example"}},
             "IsDeleted": false, "Title": null}
            """;

    private static Map<String, Object> json(String text) throws Exception {
        return SalesforceWire.mapper().readValue(text, new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void keepsCompoundFieldsAndRelatedRecordsAsStructuredValuesWithoutAttributes() throws Exception {
        ProviderRecord record = ProviderRecords.toRecord("Contact", json(CONTACT), Set.of());

        assertThat(record.id()).isEqualTo("003A");
        assertThat(record.fields()).doesNotContainKey("attributes").containsEntry("Title", null);
        assertThat(record.fields().get("MailingAddress")).isInstanceOfSatisfying(Map.class, address -> assertThat(
                address).containsEntry("city", "London").containsEntry("street", "1 St James's Square")
                .containsEntry("latitude", new BigDecimal("51.5")).containsEntry("state", null).hasSize(8));
        assertThat(record.fields().get("Location__c")).isEqualTo(Map.of("latitude", new BigDecimal("51.5"),
                "longitude", new BigDecimal("-0.12")));
        assertThat(record.fields().get("Account")).isEqualTo(Map.of("Name", "Acme",
                "Owner", Map.of("Email", "o@acme.example")));
    }

    @Test
    void keepsProviderNumberTypes() throws Exception {
        ProviderRecord record = ProviderRecords.toRecord("Contact", json(CONTACT), Set.of());

        assertThat(record.fields().get("LTV_Score__c")).isEqualTo(new BigDecimal("12.5"));
        assertThat(record.fields().get("NumberOfEmployees__c")).isEqualTo(42L);
    }

    @Test
    void marksDeletedRecordsAndLeavesOutBookkeepingFields() throws Exception {
        ProviderRecord deleted = ProviderRecords.toRecord("Contact",
                json(CONTACT.replace("\"IsDeleted\": false", "\"IsDeleted\": true")), Set.of("IsDeleted"));

        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.fields()).doesNotContainKey("IsDeleted");
    }

    @Test
    void refusesARecordWithoutAnId() throws Exception {
        assertThatThrownBy(() -> ProviderRecords.toRecord("Contact", json("{\"Name\": \"x\"}"), Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without an Id");
    }
}
