package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.ListContactsUseCase;
import dev.crosswalk.core.port.in.ListRecordsQuery;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmPorts;
import dev.crosswalk.core.port.out.CrmPortsProvider;

/** Lists contacts through the connector that serves the tenant's connection. */
public final class ListContactsService implements ListContactsUseCase {

    private final ConnectionResolver resolver;
    private final CursorCodec cursors = new CursorCodec();

    public ListContactsService(ConnectionStore connections, CrmPortsProvider connectors) {
        this.resolver = new ConnectionResolver(connections, connectors);
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
