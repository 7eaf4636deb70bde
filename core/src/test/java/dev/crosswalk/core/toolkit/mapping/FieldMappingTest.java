package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    private final FieldMapping contacts = FieldMapping.builder()
            .map("first_name", "FirstName")
            .map("last_name", "LastName")
            .map("email", "Email")
            .map("score", "LTV_Score__c")
            .customFields(field -> field.endsWith("__c"))
            .build();

    @Test
    void readsMappedFieldsFirstInDeclarationOrderThenAcceptedCustomFields() {
        assertThat(contacts.providerFieldsToRead(List.of("Region__c", "Tier__c")))
                .containsExactly("FirstName", "LastName", "Email", "LTV_Score__c", "Region__c", "Tier__c");
    }

    @Test
    void readsAFieldOnceWhenItIsBothMappedAndCustomOrMappedTwice() {
        FieldMapping mapping = FieldMapping.builder()
                .map("email", "Email")
                .map("work_email", "Email")
                .map("score", "LTV_Score__c")
                .customFields(field -> field.endsWith("__c"))
                .build();

        assertThat(mapping.providerFieldsToRead(List.of("LTV_Score__c", "Region__c", "Region__c")))
                .containsExactly("Email", "LTV_Score__c", "Region__c");
    }

    @Test
    void readsOnlyTheDiscoveredFieldsTheCustomRuleAccepts() {
        assertThat(contacts.providerFieldsToRead(List.of("Region__c", "MailingCity", "SystemModstamp")))
                .containsExactly("FirstName", "LastName", "Email", "LTV_Score__c", "Region__c");
    }

    @Test
    void readsNoCustomFieldsWhenNoRuleWasGiven() {
        FieldMapping plain = FieldMapping.builder().map("email", "Email").build();

        assertThat(plain.providerFieldsToRead(List.of("Region__c"))).containsExactly("Email");
        assertThat(plain.apply(Map.of("Email", "a@b.c", "Region__c", "EMEA")).custom()).isEmpty();
    }

    @Test
    void putsMappedFieldsUnderUnifiedNamesAndCustomFieldsUnderTheirProviderNames() {
        FieldMapping.MappedRecord record = contacts.apply(Map.of(
                "FirstName", "Ada", "Email", "ada@example.com", "LTV_Score__c", 42, "Region__c", "EMEA",
                "MailingCity", "London"));

        assertThat(record.unified()).containsEntry("first_name", "Ada")
                .containsEntry("email", "ada@example.com")
                .containsEntry("score", 42);
        assertThat(record.custom()).containsOnlyKeys("Region__c").containsEntry("Region__c", "EMEA");
    }

    @Test
    void leavesAMappedCustomFieldOutOfTheCustomFields() {
        FieldMapping.MappedRecord record = contacts.apply(Map.of("LTV_Score__c", 42));

        assertThat(record.custom()).doesNotContainKey("LTV_Score__c");
        assertThat(record.unified()).containsEntry("score", 42);
    }

    @Test
    void givesEveryMappedFieldAValueEvenWhenTheProviderSentNone() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("FirstName", null);
        withNull.put("Region__c", null);

        FieldMapping.MappedRecord record = contacts.apply(withNull);

        assertThat(record.unified()).containsOnlyKeys("first_name", "last_name", "email", "score");
        assertThat(record.text("first_name")).isNull();
        assertThat(record.text("last_name")).isNull();
        assertThat(record.custom()).containsEntry("Region__c", null);
    }

    @Test
    void showsAMappedValueAsText() {
        assertThat(contacts.apply(Map.of("LTV_Score__c", 42)).text("score")).isEqualTo("42");
    }

    @Test
    void anOverrideReadsTheTenantsFieldInsteadAndFreesTheOldOne() {
        FieldMapping tenant = contacts.withOverrides(Map.of("first_name", "Preferred_Name__c"));

        assertThat(tenant.providerFieldsToRead(List.of("Preferred_Name__c")))
                .containsExactly("Preferred_Name__c", "LastName", "Email", "LTV_Score__c");
        FieldMapping.MappedRecord record = tenant.apply(Map.of("FirstName", "Ada", "Preferred_Name__c", "Countess"));
        assertThat(record.unified()).containsEntry("first_name", "Countess");
        assertThat(record.custom()).doesNotContainKey("Preferred_Name__c");
    }

    @Test
    void anOverrideOfAnUnknownUnifiedFieldAddsIt() {
        FieldMapping tenant = contacts.withOverrides(Map.of("department", "Department"));

        assertThat(tenant.providerFieldsToRead(List.of()))
                .containsExactly("FirstName", "LastName", "Email", "LTV_Score__c", "Department");
        assertThat(tenant.apply(Map.of("Department", "R&D")).unified()).containsEntry("department", "R&D");
    }

    @Test
    void overridesLeaveTheOriginalMappingUnchanged() {
        contacts.withOverrides(Map.of("first_name", "Preferred_Name__c"));

        assertThat(contacts.apply(Map.of("FirstName", "Ada")).unified()).containsEntry("first_name", "Ada");
    }

    @Test
    void aMappingIsUnaffectedByLaterChangesToItsBuilder() {
        FieldMapping.Builder builder = FieldMapping.builder().map("email", "Email");
        FieldMapping built = builder.build();

        builder.map("phone", "Phone");

        assertThat(built.providerFieldsToRead(List.of())).containsExactly("Email");
    }

    @Test
    void aMappedRecordIsACopyThatCannotBeChanged() {
        Map<String, Object> providerRecord = new LinkedHashMap<>(Map.of("Email", "a@b.c"));
        FieldMapping.MappedRecord record = contacts.apply(providerRecord);

        providerRecord.put("Email", "changed@b.c");

        assertThat(record.text("email")).isEqualTo("a@b.c");
        assertThatThrownBy(() -> record.unified().put("email", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.custom().put("Region__c", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullFieldNames() {
        assertThatThrownBy(() -> FieldMapping.builder().map(null, "Email")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FieldMapping.builder().map("email", null)).isInstanceOf(NullPointerException.class);
    }
}
