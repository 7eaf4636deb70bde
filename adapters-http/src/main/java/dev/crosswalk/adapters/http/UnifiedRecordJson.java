package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a unified record as the API shows it, straight to a JSON generator: the object's fields in
 * {@link UnifiedObject#fields()} order (absent values as {@code null}), then {@code remote_was_deleted}, then the
 * fields a mapping added outside the unified model (never under a unified field's name). With {@code fields} asked
 * for, only {@code id}, those fields and {@code remote_was_deleted}.
 */
final class UnifiedRecordJson {

    private UnifiedRecordJson() {
    }

    /**
     * @param out where the JSON object is written
     * @param object the unified object the record is of
     * @param record the record
     * @param requested the fields asked for; empty for every field
     */
    static void write(JsonGenerator out, UnifiedObject object, UnifiedRecord record, List<String> requested)
            throws IOException {
        out.writeStartObject();
        for (String field : object.fields().keySet()) {
            if (wanted(field, requested)) {
                out.writeFieldName(field);
                writeField(out, record, field);
            }
        }
        out.writeBooleanField(UnifiedObject.REMOTE_WAS_DELETED, record.remoteWasDeleted());
        for (var added : record.additionalFields().entrySet()) {
            String name = added.getKey();
            if (wanted(name, requested) && !object.fields().containsKey(name)
                    && !name.equals(UnifiedObject.REMOTE_WAS_DELETED)) {
                out.writeFieldName(name);
                JsonValues.write(out, added.getValue());
            }
        }
        out.writeEndObject();
    }

    private static boolean wanted(String field, List<String> requested) {
        return requested.isEmpty() || field.equals(UnifiedObject.ID) || requested.contains(field);
    }

    private static void writeField(JsonGenerator out, UnifiedRecord record, String field) throws IOException {
        switch (field) {
            case UnifiedObject.ID -> out.writeString(record.id());
            case UnifiedObject.CREATED_AT -> JsonValues.write(out, record.createdAt().orElse(null));
            case UnifiedObject.UPDATED_AT -> JsonValues.write(out, record.updatedAt().orElse(null));
            case UnifiedObject.CUSTOM_FIELDS -> JsonValues.write(out, record.customFields());
            default -> {
                switch (record) {
                    case Contact contact -> contactField(out, contact, field);
                    case Account account -> JsonValues.write(out, accountValue(account, field).orElse(null));
                    case Opportunity opportunity -> opportunityField(out, opportunity, field);
                    default -> out.writeNull();
                }
            }
        }
    }

    private static void contactField(JsonGenerator out, Contact contact, String field) throws IOException {
        switch (field) {
            case "first_name" -> JsonValues.write(out, contact.firstName().orElse(null));
            case "last_name" -> JsonValues.write(out, contact.lastName().orElse(null));
            case "name" -> JsonValues.write(out, contact.name().orElse(null));
            case "title" -> JsonValues.write(out, contact.title().orElse(null));
            case "account" -> accountRef(out, contact.account());
            case "email_addresses" -> {
                out.writeStartArray();
                for (EmailAddress email : contact.emailAddresses()) {
                    out.writeStartObject();
                    out.writeStringField("email", email.email());
                    out.writeFieldName("type");
                    JsonValues.write(out, email.type().orElse(null));
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            case "phone_numbers" -> {
                out.writeStartArray();
                for (PhoneNumber phone : contact.phoneNumbers()) {
                    out.writeStartObject();
                    out.writeStringField("number", phone.number());
                    out.writeStringField("type", phone.type().name().toLowerCase(Locale.ROOT));
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            default -> out.writeNull();
        }
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

    private static void opportunityField(JsonGenerator out, Opportunity opportunity, String field)
            throws IOException {
        switch (field) {
            case "account" -> accountRef(out, opportunity.account());
            default -> JsonValues.write(out, switch (field) {
                case "name" -> opportunity.name().orElse(null);
                case "amount" -> opportunity.amount().orElse(null);
                case "stage" -> opportunity.stage().orElse(null);
                case "close_date" -> opportunity.closeDate().orElse(null);
                default -> null;
            });
        }
    }

    private static void accountRef(JsonGenerator out, Optional<AccountRef> ref) throws IOException {
        if (ref.isEmpty()) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("id", ref.get().id());
        out.writeEndObject();
    }
}
