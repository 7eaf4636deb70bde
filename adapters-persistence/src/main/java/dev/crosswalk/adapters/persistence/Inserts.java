package dev.crosswalk.adapters.persistence;

import org.jooq.InsertOnDuplicateStep;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Inserts that leave an existing row alone, on PostgreSQL and H2 alike. */
final class Inserts {

    private Inserts() {}

    /**
     * Runs the insert with {@code ON CONFLICT DO NOTHING}. H2 emulates that with a {@code MERGE}, which a concurrent
     * insert of the same key can still beat with a duplicate key error; that error means "already there" too. Use
     * only where a duplicate key is the one constraint the insert can break.
     *
     * @return whether this call inserted the row
     */
    static boolean insertIfAbsent(InsertOnDuplicateStep<?> insert) {
        try {
            return insert.onConflictDoNothing().execute() == 1;
        } catch (IntegrityConstraintViolationException alreadyThere) {
            return false;
        }
    }
}
