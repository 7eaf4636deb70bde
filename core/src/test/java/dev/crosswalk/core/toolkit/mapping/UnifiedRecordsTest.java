package dev.crosswalk.core.toolkit.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.UnifiedObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnifiedRecordsTest {

    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void buildsAContactFromTheDefaultMappingsOutput() {
        Map<String, Object> unified = Fixtures.contactMapping().plan(TestSchemas.LOOKUP, Set.of())
                .map(Fixtures.contact("003A"));

        Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, true);

        assertThat(contact.id()).isEqualTo("003A");
        assertThat(contact.firstName()).contains("Ada");
        assertThat(contact.title()).contains("Analyst");
        assertThat(contact.account()).contains(AccountRef.of("001000000000001AAA"));
        assertThat(contact.emailAddresses()).containsExactly(EmailAddress.of("ada@example.com", "work"));
        assertThat(contact.phoneNumbers()).containsExactly(PhoneNumber.of("+44 20 7946 0000", PhoneType.WORK));
        assertThat(contact.createdAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(contact.updatedAt()).contains(Instant.parse("2024-06-02T11:30:00Z"));
        assertThat(contact.remoteWasDeleted()).isTrue();
        assertThat(contact.customFields()).containsEntry("LTV_Score__c", 12.5).containsKey("Preferred_Channel__c");
        assertThat(contact.additionalFields()).isEmpty();
    }

    @Test
    void readsDateTimesAsIsoInstantsWithOffsetsInTheProvidersFormOrAsDates() {
        Map<String, Object> unified = map("id", "003A", "created_at", "2024-05-01T12:00:00+02:00",
                "updated_at", "2024-05-01");

        Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, false);

        assertThat(contact.createdAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(contact.updatedAt()).contains(Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void skipsContactPointsWithoutAnAddressOrNumberAndNamesPhoneTypes() {
        Map<String, Object> unified = map("id", "003A",
                "email_addresses", Arrays.asList(map("email", null, "type", "work"), map("email", "a@x.com"), null),
                "phone_numbers", List.of(map("number", "", "type", "work"), map("number", "1", "type", "MOBILE"),
                        map("number", "2", "type", "pager"), map("number", "3")),
                "account", map("id", null));

        Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, false);

        assertThat(contact.emailAddresses()).containsExactly(EmailAddress.of("a@x.com", null));
        assertThat(contact.phoneNumbers()).containsExactly(PhoneNumber.of("1", PhoneType.MOBILE),
                PhoneNumber.of("2", PhoneType.OTHER), PhoneNumber.of("3", PhoneType.OTHER));
        assertThat(contact.account()).isEmpty();
    }

    @Test
    void buildsAnAccountWithAWholeNumberOfEmployeesFromNumbersOrText() {
        Account fromNumber = (Account) UnifiedRecords.toRecord(UnifiedObject.ACCOUNT,
                map("id", "001A", "name", "Acme", "number_of_employees", 250.0, "website", "https://acme.test"), false);
        Account fromText = (Account) UnifiedRecords.toRecord(UnifiedObject.ACCOUNT,
                map("id", "001B", "number_of_employees", " 12 "), false);

        assertThat(fromNumber.numberOfEmployees()).contains(250L);
        assertThat(fromNumber.website()).contains("https://acme.test");
        assertThat(fromText.numberOfEmployees()).contains(12L);
    }

    @Test
    void buildsAnOpportunityWithADecimalAmountAndADateCutFromADateTime() {
        Opportunity fromNumbers = (Opportunity) UnifiedRecords.toRecord(UnifiedObject.OPPORTUNITY, map("id", "006A",
                "amount", 1234.5, "close_date", "2024-07-01T23:30:00.000+0000", "stage", "Prospecting",
                "account", map("id", "001A")), false);
        Opportunity fromText = (Opportunity) UnifiedRecords.toRecord(UnifiedObject.OPPORTUNITY, map("id", "006B",
                "amount", "99.90", "close_date", "2024-07-02"), false);

        assertThat(fromNumbers.amount()).contains(new BigDecimal("1234.5"));
        assertThat(fromNumbers.closeDate()).contains(LocalDate.of(2024, 7, 1));
        assertThat(fromNumbers.account()).contains(AccountRef.of("001A"));
        assertThat(fromText.amount()).contains(new BigDecimal("99.90"));
        assertThat(fromText.closeDate()).contains(LocalDate.of(2024, 7, 2));
    }

    @Test
    void keepsFieldsTheModelDoesNotDefineAsAdditionalFields() {
        Map<String, Object> unified = map("id", "003A", "lifetime_value", 12.5, "remote_was_deleted", true,
                "tags", List.of("a"));

        Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, unified, false);

        assertThat(contact.additionalFields()).containsExactlyEntriesOf(map("lifetime_value", 12.5, "tags",
                List.of("a")));
        assertThat(contact.remoteWasDeleted()).isFalse();
    }

    @Test
    void refusesARecordWithoutAnId() {
        Map<String, Object> noId = new HashMap<>();
        noId.put("id", null);

        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.CONTACT, noId, false))
                .isInstanceOfSatisfying(MappingEvaluationException.class, e -> assertThat(e.field()).isEqualTo("id"))
                .hasMessageContaining("has no 'id'");
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.ACCOUNT, map("name", "x"), false))
                .isInstanceOf(MappingEvaluationException.class);
    }

    @Test
    void refusesAValueThatCannotBeConvertedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.CONTACT, map("id", "1", "created_at",
                "yesterday"), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("created_at"))
                .hasMessageStartingWith("the unified field 'created_at' must be a date-time")
                .hasMessageEndingWith("the mapping produced text 'yesterday'");
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.OPPORTUNITY, map("id", "1", "amount",
                "lots"), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.ACCOUNT, map("id", "1",
                "number_of_employees", 12.5), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("number_of_employees"));
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.CONTACT, map("id", "1", "account",
                "001A"), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("account"));
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.CONTACT, map("id", "1", "first_name",
                List.of("a")), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("first_name"));
        assertThatThrownBy(() -> UnifiedRecords.toRecord(UnifiedObject.CONTACT, map("id", "1", "phone_numbers",
                List.of("555")), false))
                .isInstanceOfSatisfying(MappingEvaluationException.class,
                        e -> assertThat(e.field()).isEqualTo("phone_numbers"));
    }
}
