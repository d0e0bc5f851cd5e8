/**
 * A JDBC store of the OTP SDK's aggregates and audit trail over a host's {@link javax.sql.DataSource},
 * tested on H2 and PostgreSQL.
 */
module io.otp.persistence.jdbc {
    requires transitive io.otp.persistence;
    requires transitive java.sql;
    requires com.zaxxer.hikari;

    exports io.otp.persistence.jdbc;

    provides io.otp.persistence.PersistenceProviderFactory with io.otp.persistence.jdbc.JdbcProviderFactory;
}
