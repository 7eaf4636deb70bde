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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefensiveCopiesTest {

    @Test
    void aContactKeepsItsListsAndCustomFieldsWhenTheCallerChangesTheirs() {
        List<EmailAddress> emails = new ArrayList<>(List.of(new EmailAddress("ada@example.com")));
        List<PhoneNumber> phones = new ArrayList<>(List.of(new PhoneNumber("+44 20 1234", PhoneType.WORK)));
        Map<String, Object> custom = new LinkedHashMap<>(Map.of("Region__c", "EMEA"));
        Contact contact = new Contact("003A", "Ada", "Lovelace", null, null, null, emails, phones, null, null, custom);

        emails.add(new EmailAddress("other@example.com"));
        phones.clear();
        custom.put("Region__c", "APAC");

        assertThat(contact.emailAddresses()).containsExactly(new EmailAddress("ada@example.com"));
        assertThat(contact.phoneNumbers()).hasSize(1);
        assertThat(contact.customFields()).containsEntry("Region__c", "EMEA");
        assertThatThrownBy(() -> contact.emailAddresses().add(new EmailAddress("x@y.z")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> contact.customFields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void customFieldsKeepTheirOrderAndMayHoldEmptyValues() {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("Z__c", 1);
        custom.put("A__c", null);
        custom.put("M__c", 3);

        Account account = new Account("001A", "Acme", null, null, null, null, custom);

        assertThat(account.customFields().keySet()).containsExactly("Z__c", "A__c", "M__c");
        assertThat(account.customFields()).containsEntry("A__c", null);
    }

    @Test
    void accountsAndOpportunitiesKeepTheirCustomFieldsWhenTheCallerChangesTheirs() {
        Map<String, Object> custom = new HashMap<>(Map.of("Tier__c", "Gold"));
        Account account = new Account("001A", "Acme", null, null, null, null, custom);
        Opportunity deal = new Opportunity("006A", "Big deal", BigDecimal.TEN, "Prospecting", null,
                new AccountRef("001A"), null, null, custom);

        custom.put("Tier__c", "Lead");

        assertThat(account.customFields()).containsEntry("Tier__c", "Gold");
        assertThat(deal.customFields()).containsEntry("Tier__c", "Gold");
    }

    @Test
    void aConnectionKeepsItsSettingsWhenTheCallerChangesTheirs() {
        Map<String, String> settings = new HashMap<>(Map.of("api_version", "v61.0"));
        Connection connection = new Connection(new ConnectionId("sf-main"), new TenantId("acme"), "salesforce",
                URI.create("https://acme.my.salesforce.com"), ConnectionStatus.ACTIVE, settings);

        settings.put("api_version", "v30.0");

        assertThat(connection.settings()).containsEntry("api_version", "v61.0");
        assertThat(connection.withStatus(ConnectionStatus.NEEDS_REAUTH).settings())
                .containsEntry("api_version", "v61.0");
    }

    @Test
    void schemasKeepTheirFieldsAndPicklistsWhenTheCallerChangesTheirs() {
        List<String> picklist = new ArrayList<>(List.of("Hot", "Cold"));
        FieldSchema rating =
                new FieldSchema("Rating__c", "Rating", FieldType.PICKLIST, true, true, true, true, picklist);
        List<FieldSchema> fields = new ArrayList<>(List.of(rating));
        ObjectSchema schema = new ObjectSchema("Contact", "Contact", false, fields);

        picklist.add("Warm");
        fields.clear();

        assertThat(rating.picklistValues()).containsExactly("Hot", "Cold");
        assertThat(schema.fields()).containsExactly(rating);
    }

    @Test
    void aPageKeepsItsItemsWhenTheCallerChangesTheirs() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(items, Optional.of(new PageToken("next")));

        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Page.last(List.of("z")).next()).isEmpty();
    }

    @Test
    void recordsRefuseMissingCollectionsAndIds() {
        assertThatThrownBy(() -> new Contact(null, null, null, null, null, null, List.of(), List.of(), null, null,
                Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Contact("003A", null, null, null, null, null, null, List.of(), null, null,
                Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Page<>(List.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
