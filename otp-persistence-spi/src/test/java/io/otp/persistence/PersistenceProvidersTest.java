package io.otp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry of persistence providers: the verbs every registry of the SDK has. */
class PersistenceProvidersTest {

    /** A factory of the embedded store under another name. */
    private static final class Named implements PersistenceProviderFactory {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public PersistenceProvider open(Map<String, String> settings) {
            return PersistenceProviders.inMemory();
        }
    }

    @Test
    void theStandardRegistryHoldsTheEmbeddedStoreAndIsKept() {
        assertThat(PersistenceProviders.standard().ids()).contains("memory");
        assertThat(PersistenceProviders.standard()).isSameAs(PersistenceProviders.standard());
        assertThat(PersistenceProviders.discovered(PersistenceProviders.class.getClassLoader()).ids())
            .isEqualTo(PersistenceProviders.standard().ids());
        assertThat(PersistenceProviders.standard().require("memory").name()).isEqualTo("memory");
    }

    @Test
    void withAddsAFactoryWithoutChangingTheOriginalAndRefusesATakenName() {
        PersistenceProviders base = PersistenceProviders.standard();
        PersistenceProviders extended = base.with(new Named("archive"));
        assertThat(extended.find("archive")).isPresent();
        assertThat(base.find("archive")).isEmpty();
        assertThatThrownBy(() -> base.with(new Named("memory")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("memory").hasMessageContaining("already held");
    }

    @Test
    void anUnknownNameIsRefusedNamingThoseFound() {
        assertThatThrownBy(() -> PersistenceProviders.open("nosuch", Map.of()))
            .isInstanceOf(ValidationException.class).hasMessageContaining("nosuch").hasMessageContaining("memory");
    }
}
