package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.spi.Connector;
import java.util.Optional;

/** Offers contacts only: every other capability is visibly absent. */
final class HubSpotStubConnector implements Connector {

    private final HubSpotStubContacts contacts;

    HubSpotStubConnector(HubSpotStubContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Optional<ContactsPort> contacts() {
        return Optional.of(contacts);
    }

    @Override
    public void close() {
        // holds nothing
    }
}
