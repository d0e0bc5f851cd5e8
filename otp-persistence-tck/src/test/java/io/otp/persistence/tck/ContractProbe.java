package io.otp.persistence.tck;

import io.otp.persistence.PersistenceProvider;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The contract against one store, run test by test by {@link ContractDetectsFaultsTest}; named so that
 * surefire does not run it as a test class of its own.
 */
final class ContractProbe extends PersistenceProviderContract {

    private final Supplier<PersistenceProvider> store;

    private final OptionalInt limit;

    ContractProbe(Supplier<PersistenceProvider> store, OptionalInt limit) {
        this.store = store;
        this.limit = limit;
    }

    @Override
    protected OptionalInt documentSizeLimit() {
        return limit;
    }

    @Override
    protected PersistenceProvider newProvider() {
        return store.get();
    }

    @Override
    protected int examples() {
        return 10;
    }
}
