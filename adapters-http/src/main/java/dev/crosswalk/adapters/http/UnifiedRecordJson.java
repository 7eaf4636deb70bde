package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A unified record as the API writes it: the object's fields in {@link UnifiedObject#fields()} order (absent values
 * as {@code null}), then {@code remote_was_deleted}, then the fields a mapping added outside the unified model. With
 * {@code fields} asked for, only {@code id}, those fields and {@code remote_was_deleted}.
 */
final class UnifiedRecordJson {

    private UnifiedRecordJson() {
    }

    /**
     * @param object the unified object the record is of
     * @param record the record
     * @param requested the fields asked for; empty for every field
     * @return the JSON object, in the API's order
     */
    static Map<String, Object> of(UnifiedObject object, UnifiedRecord record, List<String> requested) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String field : object.fields().keySet()) {
            if (wanted(field, requested)) {
                json.put(field, value(record, field).orElse(null));
            }
        }
        json.put(UnifiedObject.REMOTE_WAS_DELETED, record.remoteWasDeleted());
        record.additionalFields().forEach((name, value) -> {
            if (wanted(name, requested)) {
                json.putIfAbsent(name, value);
            }
        });
        return json;
    }

    private static boolean wanted(String field, List<String> requested) {
        return requested.isEmpty() || field.equals(UnifiedObject.ID) || requested.contains(field);
    }

    /** @return the field's JSON value; empty when absent or unknown to this adapter */
    private static Optional<?> value(UnifiedRecord record, String field) {
        return switch (field) {
            case UnifiedObject.ID -> Optional.of(record.id());
            case UnifiedObject.CREATED_AT -> record.createdAt();
            case UnifiedObject.UPDATED_AT -> record.updatedAt();
            case UnifiedObject.CUSTOM_FIELDS -> Optional.of(record.customFields());
            default -> switch (record) {
                case Contact contact -> contactValue(contact, field);
                case Account account -> accountValue(account, field);
                case Opportunity opportunity -> opportunityValue(opportunity, field);
                default -> Optional.empty();
            };
        };
    }

    private static Optional<?> contactValue(Contact contact, String field) {
        return switch (field) {
            case "first_name" -> contact.firstName();
            case "last_name" -> contact.lastName();
            case "name" -> contact.name();
            case "title" -> contact.title();
            case "account" -> contact.account().map(UnifiedRecordJson::accountRef);
            case "email_addresses" -> Optional.of(contact.emailAddresses().stream().map(UnifiedRecordJson::email).toList());
            case "phone_numbers" -> Optional.of(contact.phoneNumbers().stream().map(UnifiedRecordJson::phone).toList());
            default -> Optional.empty();
        };
    }

    private static Optional<?> accountValue(Account account, String field) {
        return switch (field) {
            case "name" -> account.name();
            case "industry" -> account.industry();
            case "website" -> account.website();
            case "number_of_employees" -> account.numberOfEmployees();
            default -> Optional.empty();
        };
    }

    private static Optional<?> opportunityValue(Opportunity opportunity, String field) {
        return switch (field) {
            case "name" -> opportunity.name();
            case "amount" -> opportunity.amount();
            case "stage" -> opportunity.stage();
            case "close_date" -> opportunity.closeDate();
            case "account" -> opportunity.account().map(UnifiedRecordJson::accountRef);
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> accountRef(AccountRef ref) {
        return Map.of("id", ref.id());
    }

    private static Map<String, Object> email(EmailAddress email) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("email", email.email());
        json.put("type", email.type().orElse(null));
        return json;
    }

    private static Map<String, Object> phone(PhoneNumber phone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", phone.number());
        json.put("type", phone.type().name().toLowerCase(Locale.ROOT));
        return json;
    }
}
