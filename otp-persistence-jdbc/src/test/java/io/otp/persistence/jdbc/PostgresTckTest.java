package io.otp.persistence.jdbc;

import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.tck.PersistenceProviderContract;
import java.util.concurrent.atomic.AtomicInteger;

/** The persistence compatibility kit against the JDBC store on a real PostgreSQL started by the tests. */
class PostgresTckTest extends PersistenceProviderContract {

    private static final AtomicInteger STORES = new AtomicInteger();

    @Override
    protected PersistenceProvider newProvider() {
        JdbcPersistenceProvider store = JdbcPersistenceProvider.create(TestDatabases.postgres(),
            JdbcSettings.defaults().withTablePrefix("tck" + STORES.incrementAndGet() + "_"));
        store.migrate();
        return store;
    }
}
