package io.otp.persistence.jdbc;

import java.util.Locale;

/** What differs between the databases the store runs on: the type of documents and the text order. */
enum Dialect {

    /** PostgreSQL: documents as JSONB; texts compare by code point (collation C), as Java's compareTo. */
    POSTGRESQL("JSONB", "CAST(? AS JSONB)", " COLLATE \"C\""),

    /** H2 (its default collation compares as Java's compareTo), and any other database. */
    GENERIC("CLOB", "?", "");

    private final String documentType;

    private final String documentParameter;

    private final String collation;

    Dialect(String documentType, String documentParameter, String collation) {
        this.documentType = documentType;
        this.documentParameter = documentParameter;
        this.collation = collation;
    }

    static Dialect of(String databaseProductName) {
        return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : GENERIC;
    }

    String documentType() {
        return documentType;
    }

    String documentParameter() {
        return documentParameter;
    }

    String collation() {
        return collation;
    }
}
