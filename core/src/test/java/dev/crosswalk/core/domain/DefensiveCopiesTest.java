package dev.crosswalk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefensiveCopiesTest {

    @Test
    void aContactKeepsItsListsAndCustomFieldsWhenTheCallerChangesTheirs() {
        Map<String, Object> custom = new LinkedHashMap<>(Map.of("Region__c", "EMEA"));
        Contact.Builder builder = Contact.builder("003A").firstName("Ada")
                .emailAddress(EmailAddress.of("ada@example.com", null))
                .phoneNumber(PhoneNumber.of("+44 20 1234", PhoneType.WORK))
                .customFields(custom);
        Contact contact = builder.build();

        builder.emailAddress(EmailAddress.of("other@example.com", null));
        custom.put("Region__c", "APAC");

        assertThat(contact.emailAddresses()).containsExactly(EmailAddress.of("ada@example.com", null));
        assertThat(contact.phoneNumbers()).hasSize(1);
        assertThat(contact.customFields()).containsEntry("Region__c", "EMEA");
        assertThatThrownBy(() -> contact.emailAddresses().add(EmailAddress.of("x@y.z", null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contact.customFields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void customFieldsKeepTheirOrderAndMayHoldEmptyValues() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("Z__c", 1);
        custom.put("A__c", null);
        custom.put("M__c", 3);

        Account account = Account.builder("001A").name("Acme").customFields(custom).build();

        assertThat(account.customFields().keySet()).containsExactly("Z__c", "A__c", "M__c");
        assertThat(account.customFields()).containsEntry("A__c", null);
    }

    @Test
    void accountsAndOpportunitiesKeepTheirCustomFieldsWhenTheCallerChangesTheirs() {
        Map<String, Object> custom = new HashMap<>(Map.of("Tier__c", "Gold"));
        Account account = Account.builder("001A").name("Acme").customFields(custom).build();
        Opportunity deal = Opportunity.builder("006A").name("Big deal").amount(BigDecimal.TEN).stage("Prospecting")
                .account(AccountRef.of("001A")).customFields(custom).build();

        custom.put("Tier__c", "Lead");

        assertThat(account.customFields()).containsEntry("Tier__c", "Gold");
        assertThat(deal.customFields()).containsEntry("Tier__c", "Gold");
    }

    @Test
    void aConnectionKeepsItsSettingsWhenTheCallerChangesTheirs() {
        Map<String, String> settings = new HashMap<>(Map.of("api_version", "v61.0"));
        Connection connection = Connection.builder(new ConnectionRef(new TenantId("acme"), new ConnectionId("sf-main")),
                "salesforce", URI.create("https://acme.my.salesforce.com")).settings(settings).build();

        settings.put("api_version", "v30.0");

        assertThat(connection.settings()).containsEntry("api_version", "v61.0");
        assertThat(connection.withStatus(ConnectionStatus.NEEDS_REAUTH).settings())
                .containsEntry("api_version", "v61.0");
    }

    @Test
    void schemasKeepTheirFieldsAndPicklistsWhenTheCallerChangesTheirs() {
        List<String> picklist = new ArrayList<>(List.of("Hot", "Cold"));
        FieldSchema.Builder ratingBuilder = FieldSchema.builder("Rating__c", FieldType.PICKLIST).custom(true)
                .picklistValues(picklist);
        FieldSchema rating = ratingBuilder.build();
        ObjectSchema.Builder schemaBuilder = ObjectSchema.builder("Contact").field(rating);
        ObjectSchema schema = schemaBuilder.build();

        picklist.add("Warm");
        schemaBuilder.field(FieldSchema.builder("Other__c", FieldType.STRING).build());

        assertThat(rating.picklistValues()).containsExactly("Hot", "Cold");
        assertThat(schema.fields()).containsExactly(rating);
    }

    @Test
    void aRecordPageKeepsItsRecordsWhenTheCallerChangesTheirs() {
        List<ProviderRecord> records = new ArrayList<>(List.of(ProviderRecord.builder("Contact", "003A").build()));
        RecordPage page = RecordPage.of(records, PageToken.of("next"));

        records.add(ProviderRecord.builder("Contact", "003B").build());

        assertThat(page.records()).hasSize(1);
        assertThat(RecordPage.last(List.of()).next()).isEmpty();
    }

    @Test
    void aProviderRecordKeepsItsFieldsWhenTheCallerChangesTheirs() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Name", "Acme");
        fields.put("Phone", null);
        ProviderRecord record = ProviderRecord.builder("Account", "001A").fields(fields).build();

        fields.put("Name", "Globex");

        assertThat(record.fields()).containsEntry("Name", "Acme").containsEntry("Phone", null);
        assertThatThrownBy(() -> record.fields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesRefuseMissingIds() {
        assertThatThrownBy(() -> Contact.builder(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProviderRecord.builder("Contact", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RecordPage.of(null, null)).isInstanceOf(NullPointerException.class);
    }
}
