package io.otp.codelists;

import io.otp.codelists.internal.CodeRow;
import io.otp.codelists.internal.CodeTable;
import io.otp.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An eForms codelist: codes with Spanish and English labels, in the order of the list
 * (alphabetical by code in the SDK). Codes are compared exactly, as eForms notices write them
 * ({@code neg-w-call}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Codelist {

    private final String id;
    private final String version;
    private final String sdkVersion;
    private final Map<String, CodelistEntry> byCode;

    private Codelist(String id, String version, String sdkVersion, Map<String, CodelistEntry> byCode) {
        this.id = id;
        this.version = version;
        this.sdkVersion = sdkVersion;
        this.byCode = byCode;
    }

    /**
     * Builds a codelist from its rows.
     *
     * @throws ValidationException if a row is not a valid entry
     */
    static Codelist of(CodeTable table) {
        Map<String, CodelistEntry> byCode = new LinkedHashMap<>();
        for (CodeRow row : table.rows()) {
            byCode.put(row.code(), CodelistEntry.builder().list(table.name()).code(row.code())
                .spanishLabel(row.spanish()).englishLabel(row.english()).build());
        }
        return new Codelist(table.name(), table.version(), table.sdkVersion(), byCode);
    }

    /**
     * The list's identifier in the eForms SDK.
     *
     * @return e.g. {@code procurement-procedure-type}, not null
     */
    public String id() {
        return id;
    }

    /**
     * The version of the list, as its file states it.
     *
     * @return the version; empty text when the file states none; not null
     */
    public String version() {
        return version;
    }

    /**
     * The version of the eForms SDK the list comes from.
     *
     * @return e.g. {@code 1.15.1}; not null
     */
    public String sdkVersion() {
        return sdkVersion;
    }

    /**
     * The number of codes.
     *
     * @return the count
     */
    public int size() {
        return byCode.size();
    }

    /**
     * Tells whether a code is in the list.
     *
     * @param code the code, e.g. {@code open}; not null
     * @return true if the list has it
     */
    public boolean contains(String code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Finds a code.
     *
     * @param code the code; not null
     * @return its entry; empty if the list does not have it; not null
     */
    public Optional<CodelistEntry> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The label of a code: Spanish for Spanish, English for every other language.
     *
     * @param code the code; not null
     * @param locale the language wanted; not null
     * @return the label; empty if the list does not have the code; not null
     */
    public Optional<String> label(String code, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return find(code).map(e -> e.label(locale));
    }

    /**
     * The codes, in the order of the list.
     *
     * @return the codes; not null, unmodifiable
     */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /**
     * The entries, in the order of the list.
     *
     * @return the entries; not null, unmodifiable
     */
    public List<CodelistEntry> entries() {
        return List.copyOf(byCode.values());
    }

    /**
     * Describes the list, e.g. {@code Codelist[award-criterion-type, eForms SDK 1.15.1, 3 codes]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Codelist[" + id + ", eForms SDK " + sdkVersion + ", " + byCode.size() + " codes]";
    }
}
