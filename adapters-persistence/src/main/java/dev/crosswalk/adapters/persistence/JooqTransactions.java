package dev.crosswalk.adapters.persistence;

import dev.crosswalk.core.port.out.store.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Transactions over every store of one {@link CrosswalkDatabase}: the stores share a {@link DSLContext} whose
 * transaction provider binds a transaction's JDBC connection to the calling thread, so each store call the work makes
 * on that thread runs in it. Outside a transaction each statement commits on its own.
 *
 * <p>A store that needs several statements together uses the same style, {@code db.transaction(() -> ...)} with
 * {@code db} inside: it then joins a caller's transaction. The {@code tx -> tx.dsl()} style would commit the caller's
 * work early.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext db;

    JooqTransactions(DSLContext db) {
        this.db = db;
    }

    /** @return the context every store of a database uses, able to run thread-bound transactions */
    static DSLContext context(DataSource dataSource, SQLDialect dialect) {
        Configuration configuration = new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        return DSL.using(configuration);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.transactionResult(work::get);
    }
}
