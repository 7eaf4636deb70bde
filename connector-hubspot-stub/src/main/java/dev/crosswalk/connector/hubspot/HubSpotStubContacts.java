package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import dev.crosswalk.core.toolkit.mapping.FieldMapping;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pages through the canned contacts with HubSpot's numeric {@code after} cursor. Thread-safe. */
final class HubSpotStubContacts implements ContactsPort {

    private static final Set<String> STANDARD_PROPERTIES = Set.of(
            "firstname", "lastname", "email", "phone", "jobtitle", "createdate", "lastmodifieddate");

    private static final FieldMapping MAPPING = FieldMapping.builder()
            .map("first_name", "firstname")
            .map("last_name", "lastname")
            .map("email", "email")
            .map("phone", "phone")
            .map("title", "jobtitle")
            .map("created_at", "createdate")
            .map("updated_at", "lastmodifieddate")
            .customFields(property -> !STANDARD_PROPERTIES.contains(property))
            .build();

    private final List<CannedContacts.HubSpotContact> contacts;
    private final int maxPageSize;

    HubSpotStubContacts(List<CannedContacts.HubSpotContact> contacts, int maxPageSize) {
        this.contacts = List.copyOf(contacts);
        this.maxPageSize = maxPageSize;
    }

    @Override
    public Page<Contact> listContacts(Connection connection, PageRequest page) {
        int from = page.after().map(this::offset).orElse(0);
        int to = (int) Math.min(contacts.size(), (long) from + Math.min(page.pageSize(), maxPageSize));
        List<Contact> items = contacts.subList(from, to).stream().map(this::toContact).toList();
        Optional<PageToken> next = to < contacts.size() ? Optional.of(new PageToken(Integer.toString(to))) : Optional.empty();
        return new Page<>(items, next);
    }

    /** An {@code after} this stub issued: a position inside the list (the last page issues none). */
    private int offset(PageToken token) {
        try {
            int offset = Integer.parseInt(token.value());
            if (offset > 0 && offset < contacts.size()) {
                return offset;
            }
        } catch (NumberFormatException notNumeric) {
            // reported below
        }
        throw new CrmFailure.InvalidPageToken("'" + token.value() + "' is not a HubSpot 'after' cursor");
    }

    private Contact toContact(CannedContacts.HubSpotContact hubSpot) {
        FieldMapping.MappedRecord record = MAPPING.apply(Map.copyOf(hubSpot.properties()));
        String first = record.text("first_name");
        String last = record.text("last_name");
        return new Contact(
                hubSpot.id(),
                first,
                last,
                first + " " + last,
                record.text("title"),
                null,
                List.of(new EmailAddress(record.text("email"))),
                List.of(new PhoneNumber(record.text("phone"), PhoneType.WORK)),
                Instant.parse(record.text("created_at")),
                Instant.parse(record.text("updated_at")),
                record.custom());
    }
}
