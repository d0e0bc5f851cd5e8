/**
 * The JDBC store of the persistence SPIs: {@link io.otp.persistence.jdbc.JdbcPersistenceProvider} over a
 * host's {@link javax.sql.DataSource}, or provider {@code jdbc} found through
 * {@link io.otp.persistence.PersistenceProviders#open(String, java.util.Map)} with a URL.
 *
 * <p>Aggregates are JSON documents written by {@link io.otp.core.json.OtpJson#standard()} (JSONB on
 * PostgreSQL, CLOB elsewhere) in one table keyed by aggregate type and id, with their version; their
 * query values are rows of an indexed table, so that queries run in SQL. The audit trail is an
 * append-only table; appends are serialised by a lock on the row of its head, taken first by every
 * write, so that concurrent writers never fork the chain. The schema is created and upgraded by
 * {@link io.otp.persistence.jdbc.JdbcPersistenceProvider#migrate()}, recorded in a schema-version table.
 */
package io.otp.persistence.jdbc;
