package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in a CRM, in the unified shape every connector maps to.
 *
 * @param id the provider's record id; never {@code null}
 * @param firstName given name, or {@code null} when the provider has none
 * @param lastName family name, or {@code null}
 * @param name display name as the provider computes it, or {@code null}
 * @param title job title, or {@code null}
 * @param account the account the contact belongs to, or {@code null}
 * @param emailAddresses e-mail addresses, primary first; never {@code null}
 * @param phoneNumbers phone numbers; never {@code null}
 * @param createdAt when the provider created the record, or {@code null}
 * @param updatedAt when the provider last changed the record, or {@code null}
 * @param customFields provider fields outside the unified model (Salesforce {@code __c} fields), keyed by the
 *     provider's field name; never {@code null}, values may be {@code null}
 */
public record Contact(
        String id,
        String firstName,
        String lastName,
        String name,
        String title,
        AccountRef account,
        List<EmailAddress> emailAddresses,
        List<PhoneNumber> phoneNumbers,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Object> customFields) {

    public Contact {
        Objects.requireNonNull(id, "id");
        emailAddresses = List.copyOf(emailAddresses);
        phoneNumbers = List.copyOf(phoneNumbers);
        customFields = CustomFields.copyOf(customFields);
    }

    /** @return the account this contact belongs to, if the provider links one */
    public Optional<AccountRef> accountRef() {
        return Optional.ofNullable(account);
    }
}
