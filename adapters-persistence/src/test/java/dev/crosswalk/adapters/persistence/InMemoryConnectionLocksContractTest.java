package dev.crosswalk.adapters.persistence;

import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;

/** Core's single-node locks keep the same contract as the database's (decision 0021). */
class InMemoryConnectionLocksContractTest implements LockContract {

    private final InMemoryConnectionLocks locks = new InMemoryConnectionLocks();

    @Override
    public ConnectionLocks nodeA() {
        return locks;
    }

    @Override
    public ConnectionLocks nodeB() {
        return locks;
    }
}
