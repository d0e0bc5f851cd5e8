package io.otp.codelists.internal;

import java.util.List;
import java.util.Objects;

/**
 * A codelist as read: its name in the eForms SDK ({@code cpv}, {@code nuts},
 * {@code procurement-procedure-type}), the version of the list the file states ({@code 2008} for
 * CPV, {@code 2024} for NUTS), the version of the eForms SDK it came from, and its rows in file order.
 *
 * @param name the list's file name without extension; not blank
 * @param version the version of the list; empty when the file states none
 * @param sdkVersion the eForms SDK version; {@code unknown} when it cannot be told
 * @param rows the rows, in the order of the file; unmodifiable
 */
public record CodeTable(String name, String version, String sdkVersion, List<CodeRow> rows) {

    /**
     * Checks the table and copies the rows.
     *
     * @param name the name
     * @param version the list version
     * @param sdkVersion the eForms SDK version
     * @param rows the rows
     */
    public CodeTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sdkVersion, "sdkVersion");
        rows = List.copyOf(rows);
    }
}
