package dev.crosswalk.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListContactsUseCase;
import dev.crosswalk.core.port.in.ListRecordsQuery;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code GET /unified/crm/contacts?connection_id=..&page_size=..&cursor=..}: one page of the named connection's
 * contacts, for the authenticated tenant only.
 */
final class ContactsRoute {

    private final ListContactsUseCase listContacts;
    private final ObjectMapper json;

    ContactsRoute(ListContactsUseCase listContacts, ObjectMapper json) {
        this.listContacts = listContacts;
        this.json = json;
    }

    void list(Context ctx) throws Exception {
        ConnectionRef connection = new ConnectionRef(ApiKeyFilter.tenantOf(ctx), connectionId(ctx));
        ListRecordsQuery query = new ListRecordsQuery(connection, pageSize(ctx), cursor(ctx));
        CursorPage<Contact> page = listContacts.listContacts(query);
        ListJson<ContactJson> body = new ListJson<>(
                page.items().stream().map(ContactJson::of).toList(), page.nextCursor().orElse(null));
        ctx.contentType("application/json").result(json.writeValueAsBytes(body));
    }

    private static ConnectionId connectionId(Context ctx) {
        String raw = ctx.queryParam("connection_id");
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest("the query parameter 'connection_id' is required");
        }
        try {
            return new ConnectionId(raw);
        } catch (IllegalArgumentException malformed) {
            throw ApiProblem.badRequest("'connection_id' is malformed: " + malformed.getMessage());
        }
    }

    private static int pageSize(Context ctx) {
        String raw = ctx.queryParam("page_size");
        if (raw == null || raw.isBlank()) {
            return PageRequest.DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(raw.trim());
            if (size >= 1 && size <= PageRequest.MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the allowed range
        }
        throw ApiProblem.badRequest("'page_size' must be a whole number from 1 to " + PageRequest.MAX_PAGE_SIZE);
    }

    private static Optional<String> cursor(Context ctx) {
        String raw = ctx.queryParam("cursor");
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
    }
}
