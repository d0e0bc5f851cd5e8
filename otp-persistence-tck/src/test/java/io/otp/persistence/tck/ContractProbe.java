package io.otp.persistence.tck;

import io.otp.persistence.PersistenceProvider;
import java.util.function.Supplier;

/**
 * The contract against one store, run test by test by {@link ContractDetectsFaultsTest}; named so that
 * surefire does not run it as a test class of its own.
 */
final class ContractProbe extends PersistenceProviderContract {

    private final Supplier<PersistenceProvider> store;

    ContractProbe(Supplier<PersistenceProvider> store) {
        this.store = store;
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
