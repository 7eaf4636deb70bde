package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.toolkit.mapping.FieldMapping;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a Salesforce Contact row onto the unified contact; every {@code __c} field lands in custom fields. */
final class ContactMapper {

    static final String OBJECT = "Contact";

    /** Salesforce datetimes look like {@code 2011-07-07T00:37:00.000+0000}. */
    private static final DateTimeFormatter SALESFORCE_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX");

    private static final Map<String, PhoneType> PHONE_FIELDS = Map.of(
            "phone", PhoneType.WORK,
            "mobile_phone", PhoneType.MOBILE,
            "home_phone", PhoneType.HOME,
            "other_phone", PhoneType.OTHER,
            "fax", PhoneType.FAX);

    static final FieldMapping DEFAULT_MAPPING = FieldMapping.builder()
            .map("id", "Id")
            .map("first_name", "FirstName")
            .map("last_name", "LastName")
            .map("name", "Name")
            .map("title", "Title")
            .map("account_id", "AccountId")
            .map("email", "Email")
            .map("phone", "Phone")
            .map("mobile_phone", "MobilePhone")
            .map("home_phone", "HomePhone")
            .map("other_phone", "OtherPhone")
            .map("fax", "Fax")
            .map("created_at", "CreatedDate")
            .map("updated_at", "LastModifiedDate")
            .customFields(field -> field.endsWith("__c"))
            .build();

    private final FieldMapping mapping;

    ContactMapper(FieldMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * @param describedFields every field name Describe reported for Contact
     * @param customFields the custom ones among them
     * @return the fields to select: the mapped ones the org has, then every custom field
     */
    List<String> fieldsToSelect(List<String> describedFields, List<String> customFields) {
        return mapping.providerFieldsToRead(customFields).stream()
                .filter(describedFields::contains)
                .toList();
    }

    Contact toContact(Map<String, Object> row) {
        FieldMapping.MappedRecord record = mapping.apply(withoutAttributes(row));
        String email = record.text("email");
        String accountId = record.text("account_id");
        return new Contact(
                record.text("id"),
                record.text("first_name"),
                record.text("last_name"),
                record.text("name"),
                record.text("title"),
                accountId == null ? null : new AccountRef(accountId),
                email == null ? List.of() : List.of(new EmailAddress(email)),
                phoneNumbers(record),
                instant(record.text("created_at")),
                instant(record.text("updated_at")),
                record.custom());
    }

    private static Map<String, Object> withoutAttributes(Map<String, Object> row) {
        Map<String, Object> fields = new LinkedHashMap<>(row);
        fields.remove("attributes");
        return fields;
    }

    private static List<PhoneNumber> phoneNumbers(FieldMapping.MappedRecord record) {
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String field : List.of("phone", "mobile_phone", "home_phone", "other_phone", "fax")) {
            String number = record.text(field);
            if (number != null && !number.isBlank()) {
                numbers.add(new PhoneNumber(number, PHONE_FIELDS.get(field)));
            }
        }
        return numbers;
    }

    private static Instant instant(String salesforceDateTime) {
        return salesforceDateTime == null ? null : OffsetDateTime.parse(salesforceDateTime, SALESFORCE_DATETIME).toInstant();
    }
}
