package io.otp.persistence.tck;

import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;

/** The SDK's embedded default store passes the persistence TCK. */
class InMemoryPersistenceProviderContractTest extends PersistenceProviderContract {

    @Override
    protected PersistenceProvider newProvider() {
        return PersistenceProviders.inMemory();
    }
}
