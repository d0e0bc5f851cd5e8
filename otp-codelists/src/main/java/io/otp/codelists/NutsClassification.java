package io.otp.codelists;

import io.otp.codelists.internal.CodeRow;
import io.otp.codelists.internal.CodeTable;
import io.otp.core.ValidationException;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.NutsCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The NUTS classification as the eForms SDK lists it ({@code nuts}, NUTS 2024 in SDK 1.15.1): the
 * countries and their regions of levels 1 to 3, including extra-regio codes, with their names in
 * Spanish and English.
 *
 * <p>It is also the SDK's {@link NutsCatalogue}, so it can be given to the core's validator directly:
 * {@code Catalogues.builtIns().withNuts(EuCodelists.official().nuts())}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NutsClassification implements NutsCatalogue {

    private final String version;
    private final String sdkVersion;
    private final List<NutsEntry> entries;
    private final Map<NutsCode, NutsEntry> byCode;
    private final Map<NutsCode, List<NutsEntry>> children;

    private NutsClassification(String version, String sdkVersion, List<NutsEntry> entries) {
        this.version = version;
        this.sdkVersion = sdkVersion;
        this.entries = List.copyOf(entries);
        Map<NutsCode, NutsEntry> index = new HashMap<>(entries.size() * 2);
        Map<NutsCode, List<NutsEntry>> kids = new HashMap<>();
        for (NutsEntry e : entries) {
            index.put(e.code(), e);
            e.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
        }
        kids.replaceAll((k, list) -> List.copyOf(list));
        this.byCode = index;
        this.children = kids;
    }

    /**
     * Builds the classification from the NUTS list.
     *
     * @throws ValidationException if a row is not a valid entry
     */
    static NutsClassification of(CodeTable nuts) {
        List<NutsEntry> entries = new ArrayList<>(nuts.rows().size());
        for (CodeRow row : nuts.rows()) {
            NutsEntry.Builder b = NutsEntry.builder().code(NutsCode.of(row.code()))
                .spanishLabel(row.spanish()).englishLabel(row.english());
            if (!row.parent().isEmpty()) {
                b.parent(NutsCode.of(row.parent()));
            }
            entries.add(b.build());
        }
        entries.sort((a, b) -> a.code().compareTo(b.code()));
        return new NutsClassification(nuts.version(), nuts.sdkVersion(), entries);
    }

    /**
     * The name shown in the core's violation messages.
     *
     * @return e.g. {@code NUTS, eForms SDK 1.15.1}, not null
     */
    @Override
    public String name() {
        return "NUTS, eForms SDK " + sdkVersion;
    }

    /**
     * The version of the classification, as the list states it.
     *
     * @return e.g. {@code 2024}; not null
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
     * The number of codes, countries included.
     *
     * @return the count
     */
    public int size() {
        return entries.size();
    }

    /**
     * Tells whether a code is in the classification.
     *
     * @param code the code; not null
     * @return true if the list has it
     */
    @Override
    public boolean contains(NutsCode code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * Finds a code.
     *
     * @param code the code; not null
     * @return its entry; empty if the list does not have it; not null
     */
    public Optional<NutsEntry> find(NutsCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The name of a region: Spanish for Spanish, English for every other language.
     *
     * @param code the code; not null
     * @param locale the language wanted; not null
     * @return the name; empty if the list does not have the code; not null
     */
    @Override
    public Optional<String> label(NutsCode code, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return find(code).map(e -> e.label(locale));
    }

    /**
     * The region one level up.
     *
     * @param code the code; not null
     * @return the parent's entry; empty for a country or a code the list does not have; not null
     */
    public Optional<NutsEntry> parent(NutsCode code) {
        return find(code).flatMap(NutsEntry::parent).flatMap(this::find);
    }

    /**
     * The regions one level down, in code order.
     *
     * @param code the code; not null
     * @return the regions; empty for a level-3 region or a code not in the list; not null, unmodifiable
     */
    public List<NutsEntry> children(NutsCode code) {
        return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * The codes of one level, in code order: level 0 gives the countries.
     *
     * @param level 0 to {@value NutsCode#MAX_LEVEL}
     * @return the codes; empty for another level; not null, unmodifiable
     */
    public List<NutsEntry> atLevel(int level) {
        return entries.stream().filter(e -> e.level() == level).toList();
    }

    /**
     * Every code, in code order.
     *
     * @return the entries; not null, unmodifiable
     */
    public List<NutsEntry> entries() {
        return entries;
    }

    /**
     * Describes the classification, e.g. {@code NutsClassification[NUTS 2024, eForms SDK 1.15.1, 2087 codes]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "NutsClassification[NUTS " + version + ", eForms SDK " + sdkVersion + ", " + entries.size()
            + " codes]";
    }
}
