package dev.crosswalk.testkit.salesforce.seed;

import dev.crosswalk.testkit.salesforce.data.ObjectTable;

/**
 * The generated account each generated child record (contact, opportunity, deal registration) belongs to: child
 * {@code i} to account {@code i mod accounts}. The ids of the first accounts are kept once computed, since every page
 * of children asks for them again. Thread-safe: a benign race may compute an id twice.
 */
public final class ParentAccounts {

    private static final long MAX_CACHED_IDS = 100_000;

    private final ObjectTable accounts;
    private final String[] ids;

    public ParentAccounts(ObjectTable accounts) {
        this.accounts = accounts;
        this.ids = new String[(int) Math.min(accounts.generatedCount(), MAX_CACHED_IDS)];
    }

    /** The index of child {@code childIndex}'s account, or -1 when there are no accounts. */
    long indexOf(long childIndex) {
        long count = accounts.generatedCount();
        return count == 0 ? -1 : childIndex % count;
    }

    /** The id of child {@code childIndex}'s account, or {@code null} when there are no accounts. */
    String idOf(long childIndex) {
        long account = indexOf(childIndex);
        if (account < 0) {
            return null;
        }
        if (account >= ids.length) {
            return accounts.generatedId(account);
        }
        String id = ids[(int) account];
        if (id == null) {
            id = accounts.generatedId(account);
            ids[(int) account] = id;
        }
        return id;
    }
}
