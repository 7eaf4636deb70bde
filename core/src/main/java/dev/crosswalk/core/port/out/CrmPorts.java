package dev.crosswalk.core.port.out;

import java.util.Optional;

/**
 * What one connector can do, port by port. A capability a connector lacks is an empty {@link Optional}, never a
 * method that throws at run time. New ports are added as default methods returning empty.
 * Implementations are thread-safe and return the same port instances on every call.
 */
public interface CrmPorts {

    /** @return contacts, if supported */
    default Optional<ContactsPort> contacts() {
        return Optional.empty();
    }

    /** @return accounts, if supported */
    default Optional<AccountsPort> accounts() {
        return Optional.empty();
    }

    /** @return opportunities, if supported */
    default Optional<OpportunitiesPort> opportunities() {
        return Optional.empty();
    }

    /** @return schema discovery, if supported */
    default Optional<SchemaPort> schema() {
        return Optional.empty();
    }

    /** @return quota tracking, if supported */
    default Optional<QuotaPort> quota() {
        return Optional.empty();
    }
}
