package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListContactsUseCase;
import dev.crosswalk.core.port.in.ListRecordsQuery;
import dev.crosswalk.core.port.out.ConnectionEvents;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmPorts;
import dev.crosswalk.core.port.out.CrmPortsProvider;

/** Lists contacts through the connector that serves the tenant's connection. */
public final class ListContactsService implements ListContactsUseCase {

    private final ConnectionResolver resolver;
    private final CursorCodec cursors;

    /**
     * @param connections where tenants' connections are found
     * @param connectors the installed connectors
     * @param events told when a connection needs the customer to authorise it again
     * @param cursorKey signs the cursors handed to clients; every node of a cluster must use the same key, and a new
     *     key invalidates cursors already handed out
     */
    public ListContactsService(ConnectionStore connections, CrmPortsProvider connectors, ConnectionEvents events,
            Secret cursorKey) {
        this.resolver = new ConnectionResolver(connections, connectors, events);
        this.cursors = new CursorCodec(cursorKey);
    }

    @Override
    public CursorPage<Contact> listContacts(ListRecordsQuery query) {
        Connection connection = resolver.usableConnection(query.connection());
        PageRequest request = new PageRequest(
                query.pageSize(), query.cursor().map(cursor -> cursors.decode(cursor, connection.ref())));
        ContactsPort contacts = resolver.port(connection, "contacts", CrmPorts::contacts);
        Page<Contact> page = resolver.call(connection, () -> contacts.listContacts(connection, request));
        return new CursorPage<>(page.items(), page.next().map(token -> cursors.encode(token, connection.ref())));
    }
}
