package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmPorts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector that serves contacts from a list, in pages whose tokens are {@code offset:N}, and records every
 * request it received. Thread-safe.
 */
public final class FakeConnector implements CrmPorts, ContactsPort {

    private final List<Contact> contacts;
    private final List<PageRequest> requests = new CopyOnWriteArrayList<>();
    private volatile RuntimeException nextFailure;

    public FakeConnector(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
    }

    /** @return contacts named {@code c1}..{@code cN} */
    public static List<Contact> contacts(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Contact("c" + n, "First" + n, "Last" + n, null, null, null,
                        List.of(), List.of(), null, null, Map.of()))
                .toList();
    }

    @Override
    public Optional<ContactsPort> contacts() {
        return Optional.of(this);
    }

    @Override
    public Page<Contact> listContacts(Connection connection, PageRequest page) {
        requests.add(page);
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
        int from = page.after().map(token -> Integer.parseInt(token.value().substring("offset:".length()))).orElse(0);
        int to = Math.min(from + page.pageSize(), contacts.size());
        Optional<PageToken> next = to < contacts.size() ? Optional.of(new PageToken("offset:" + to)) : Optional.empty();
        return new Page<>(contacts.subList(from, to), next);
    }

    /** Makes the next call throw {@code failure} (after recording the request). */
    public void failNextCallWith(RuntimeException failure) {
        this.nextFailure = failure;
    }

    /** @return every page request received, in order */
    public List<PageRequest> requests() {
        return List.copyOf(requests);
    }
}
