package io.otp.persistence.jdbc;

import java.util.List;

/**
 * The store's tables and their versioned migrations; version {@code n} is the {@code n}-th entry of
 * {@link #migrations(String, Dialect)}. Migrations are only appended: a released one never changes.
 */
final class Schema {

    private Schema() {
    }

    /** One step of the schema. */
    static final class Migration {

        private final int version;

        private final String description;

        private final List<String> statements;

        Migration(int version, String description, List<String> statements) {
            this.version = version;
            this.description = description;
            this.statements = statements;
        }

        int version() {
            return version;
        }

        String description() {
            return description;
        }

        List<String> statements() {
            return statements;
        }
    }

    static String versionTable(String p) {
        return "CREATE TABLE IF NOT EXISTS " + p + "schema_version (version INTEGER NOT NULL PRIMARY KEY, "
            + "description VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)";
    }

    /**
     * The migrations in order. Every statement can run again over its own result, so that a migration
     * interrupted by a crash on a database that commits each statement of a schema change on its own (H2)
     * completes when it is run again.
     */
    static List<Migration> migrations(String p, Dialect d) {
        String c = d.collation();
        int id = JdbcPersistenceProvider.MAX_ID;
        return List.of(new Migration(1, "aggregates, query values and the audit trail", List.of(
            "CREATE TABLE IF NOT EXISTS " + p + "aggregate (aggregate_type VARCHAR(100) NOT NULL, aggregate_id VARCHAR("
                + id + ")" + c + " NOT NULL, version BIGINT NOT NULL, events INTEGER NOT NULL, document "
                + d.documentType() + " NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id))",
            "CREATE TABLE IF NOT EXISTS " + p + "query_value (aggregate_type VARCHAR(100) NOT NULL, aggregate_id VARCHAR("
                + id + ")" + c + " NOT NULL, value_name VARCHAR(" + JdbcPersistenceProvider.MAX_NAME
                + ") NOT NULL, value_text VARCHAR(" + JdbcPersistenceProvider.MAX_VALUE + ")" + c
                + " NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id, value_name))",
            "CREATE INDEX IF NOT EXISTS " + p + "query_value_lookup ON " + p
                + "query_value (aggregate_type, value_name, value_text, aggregate_id)",
            "CREATE TABLE IF NOT EXISTS " + p + "audit_entry (entry_position BIGINT NOT NULL PRIMARY KEY, "
                + "aggregate_type VARCHAR(100) NOT NULL, aggregate_id VARCHAR(" + id + ") NOT NULL, "
                + "version_before BIGINT NOT NULL, version_after BIGINT NOT NULL, actor VARCHAR(200) NOT NULL, "
                + "changed_at VARCHAR(40) NOT NULL, action VARCHAR(200) NOT NULL, summary VARCHAR(4000) NOT NULL, "
                + "details " + d.documentType() + " NOT NULL, previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS " + p + "audit_entry_aggregate ON " + p + "audit_entry (aggregate_type, aggregate_id)",
            "CREATE TABLE IF NOT EXISTS " + p + "audit_head (id INTEGER NOT NULL PRIMARY KEY, head_position BIGINT NOT NULL)",
            "INSERT INTO " + p + "audit_head (id, head_position) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM " + p
                + "audit_head WHERE id = 1)")),
            new Migration(2, "audit entries cover documents (format and document digest); summaries of any length",
                List.of(
                    "ALTER TABLE " + p + "audit_entry ADD COLUMN IF NOT EXISTS hash_format INTEGER DEFAULT 1 NOT NULL",
                    "ALTER TABLE " + p + "audit_entry ADD COLUMN IF NOT EXISTS document_hash CHAR(64)",
                    "ALTER TABLE " + p + "audit_entry ALTER COLUMN summary SET DATA TYPE " + d.textType())));
    }
}
