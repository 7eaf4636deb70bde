package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The unified API's contact, as JSON. Field names are the API's contract; change them only by adding. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ContactJson(
        String id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String name,
        String title,
        AccountJson account,
        @JsonProperty("email_addresses") List<EmailJson> emailAddresses,
        @JsonProperty("phone_numbers") List<PhoneJson> phoneNumbers,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("custom_fields") Map<String, Object> customFields) {

    static ContactJson of(Contact contact) {
        return new ContactJson(
                contact.id(),
                contact.firstName(),
                contact.lastName(),
                contact.name(),
                contact.title(),
                contact.accountRef().map(ref -> new AccountJson(ref.id())).orElse(null),
                contact.emailAddresses().stream().map(email -> new EmailJson(email.email())).toList(),
                contact.phoneNumbers().stream().map(PhoneJson::of).toList(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.customFields());
    }

    record AccountJson(String id) {
    }

    record EmailJson(String email) {
    }

    record PhoneJson(String number, String type) {
        static PhoneJson of(PhoneNumber phone) {
            return new PhoneJson(phone.number(), phone.type().name().toLowerCase(Locale.ROOT));
        }
    }
}
