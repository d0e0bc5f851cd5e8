package io.otp.persistence.jdbc;

import java.util.Locale;

/** What differs between the databases the store runs on: the types of documents and long texts, and the text order. */
enum Dialect {

    /** PostgreSQL: documents as JSONB; texts compare by code point (collation C), as Java's compareTo. */
    POSTGRESQL("JSONB", "CAST(? AS JSONB)", " COLLATE \"C\"", "TEXT"),

    /** H2 (its default collation compares as Java's compareTo), and any other database. */
    GENERIC("CLOB", "?", "", "CLOB");

    private final String documentType;

    private final String documentParameter;

    private final String collation;

    private final String textType;

    Dialect(String documentType, String documentParameter, String collation, String textType) {
        this.documentType = documentType;
        this.documentParameter = documentParameter;
        this.collation = collation;
        this.textType = textType;
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

    /** The type of text without a length limit. */
    String textType() {
        return textType;
    }
}
