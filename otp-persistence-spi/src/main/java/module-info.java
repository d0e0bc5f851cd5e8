/**
 * Persistence of the OTP SDK's aggregates: repository and audit-trail service provider interfaces.
 */
module io.otp.persistence {
    requires transitive io.otp.core;
    requires static org.immutables.value.annotations;

    exports io.otp.persistence;
    exports io.otp.persistence.audit;
    exports io.otp.persistence.memory;

    opens io.otp.persistence.audit to com.fasterxml.jackson.databind;

    uses io.otp.persistence.PersistenceProviderFactory;

    provides io.otp.persistence.PersistenceProviderFactory with io.otp.persistence.memory.InMemoryProviderFactory;
}
