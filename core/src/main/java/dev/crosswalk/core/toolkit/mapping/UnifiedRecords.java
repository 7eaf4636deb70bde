package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the unified map a mapping produced into a typed record ({@link Contact}, {@link Account},
 * {@link Opportunity}) with the types {@link UnifiedObject#fields()} names: date-times from ISO-8601 instants or the
 * provider's form ({@code 2024-05-01T10:00:00.000+0000}), dates from {@code yyyy-MM-dd} or a date-time cut to its
 * date, numbers from JSON numbers or numeric text, account references from {@code {id}} (none when the id is empty),
 * e-mail and phone items without an address or number skipped, phone types by {@code PhoneType.named}. Keys the model
 * does not define become {@link UnifiedRecord#additionalFields()}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class UnifiedRecords {

    private UnifiedRecords() {
    }

    /**
     * @param object which unified object the map is; never {@code null}
     * @param unified the map, as {@link ReadPlan#map} returns it; never {@code null}
     * @param deleted whether the provider reports the record deleted (sets {@code remote_was_deleted}; a
     *     {@code remote_was_deleted} key in the map is ignored)
     * @return the record, of the object's class; never {@code null}
     * @throws MappingEvaluationException when {@code id} is missing or a value cannot be converted to its field's
     *     type, naming the field and the value
     */
    public static UnifiedRecord toRecord(UnifiedObject object, Map<String, Object> unified, boolean deleted) {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(unified, "unified");
        String id = Coercions.text(UnifiedObject.ID, unified.get(UnifiedObject.ID));
        if (id == null || id.isBlank()) {
            throw new MappingEvaluationException(UnifiedObject.ID, "the unified " + object.singular() + " has no"
                    + " 'id': the mapping must produce the provider's record id (e.g. 'id: Id')");
        }
        return switch (object) {
            case CONTACT -> common(contact(id, unified), unified, object, deleted).build();
            case ACCOUNT -> common(account(id, unified), unified, object, deleted).build();
            case OPPORTUNITY -> common(opportunity(id, unified), unified, object, deleted).build();
            default -> throw new IllegalArgumentException("no typed record for the unified object " + object);
        };
    }

    private static Contact.Builder contact(String id, Map<String, Object> unified) {
        Contact.Builder contact = Contact.builder(id)
                .firstName(Coercions.text("first_name", unified.get("first_name")))
                .lastName(Coercions.text("last_name", unified.get("last_name")))
                .name(Coercions.text("name", unified.get("name")))
                .title(Coercions.text("title", unified.get("title")))
                .account(Coercions.accountRef("account", unified.get("account")));
        Coercions.emails("email_addresses", unified.get("email_addresses")).forEach(contact::emailAddress);
        Coercions.phones("phone_numbers", unified.get("phone_numbers")).forEach(contact::phoneNumber);
        return contact;
    }

    private static Account.Builder account(String id, Map<String, Object> unified) {
        return Account.builder(id)
                .name(Coercions.text("name", unified.get("name")))
                .industry(Coercions.text("industry", unified.get("industry")))
                .website(Coercions.text("website", unified.get("website")))
                .numberOfEmployees(Coercions.integer("number_of_employees", unified.get("number_of_employees")));
    }

    private static Opportunity.Builder opportunity(String id, Map<String, Object> unified) {
        return Opportunity.builder(id)
                .name(Coercions.text("name", unified.get("name")))
                .amount(Coercions.decimal("amount", unified.get("amount")))
                .stage(Coercions.text("stage", unified.get("stage")))
                .closeDate(Coercions.date("close_date", unified.get("close_date")))
                .account(Coercions.accountRef("account", unified.get("account")));
    }

    private static <B extends UnifiedRecord.Builder<?, B>> B common(B builder, Map<String, Object> unified,
            UnifiedObject object, boolean deleted) {
        Map<String, Object> additional = new LinkedHashMap<>();
        unified.forEach((name, value) -> {
            if (!object.fields().containsKey(name) && !name.equals(UnifiedObject.REMOTE_WAS_DELETED)) {
                additional.put(name, value);
            }
        });
        return builder
                .createdAt(Coercions.instant(UnifiedObject.CREATED_AT, unified.get(UnifiedObject.CREATED_AT)))
                .updatedAt(Coercions.instant(UnifiedObject.UPDATED_AT, unified.get(UnifiedObject.UPDATED_AT)))
                .customFields(Coercions.fieldMap(UnifiedObject.CUSTOM_FIELDS, unified.get(UnifiedObject.CUSTOM_FIELDS)))
                .additionalFields(additional)
                .remoteWasDeleted(deleted);
    }
}
