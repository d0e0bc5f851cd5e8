/**
 * The compatibility test kit of the OTP SDK's persistence SPI: abstract JUnit 5 contract tests that a
 * store passes by extending {@link io.otp.persistence.tck.PersistenceProviderContract}, and the
 * generators of realistic aggregates they use: those of otp-core's aggregates from the module
 * {@code io.otp.core.testing} (otp-core's {@code testing} jar, the generators otp-core's own tests use),
 * those of otp-scoring's and otp-kpi's from {@code io.otp.persistence.tck.generators}.
 */
module io.otp.persistence.tck {
    requires transitive io.otp.persistence;
    requires transitive io.otp.kpi;
    requires transitive io.otp.scoring;
    requires transitive io.otp.core.testing;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive quicktheories;

    exports io.otp.persistence.tck;
    exports io.otp.persistence.tck.generators;

    opens io.otp.persistence.tck to org.junit.platform.commons;
}
