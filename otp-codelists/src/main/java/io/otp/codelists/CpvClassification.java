package io.otp.codelists;

import io.otp.codelists.internal.CodeRow;
import io.otp.codelists.internal.CodeTable;
import io.otp.core.ValidationException;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.spi.CpvCatalogue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Common Procurement Vocabulary (Regulation (EC) No 2195/2002 as amended by Regulation (EC)
 * No 213/2008, "CPV 2008") as the eForms SDK lists it: 9,454 codes with their parents and their
 * Spanish and English labels, and the social and other specific services of LCSP Annex IV.
 *
 * <p>Codes are identified by their eight digits: the official list has no check digits, and
 * {@link CpvCode} equality ignores the check digit too, so {@code CpvCode.of("72400000")} finds the
 * code some printed lists show as {@code 72400000-4} (the SDK's weighted rule gives it check digit 9).
 *
 * <p><b>Annex IV.</b> {@link #isSocialService(CpvCode)} answers from the eForms SDK's list of social
 * and other specific services ({@code cpv_social-service-cpv}, 115 codes: health, social, educational,
 * cultural and related services, divisions 75, 79, 80, 85, 92 and 98). LCSP Annex IV (Directive
 * 2014/24/EU Annex XIV) also names services that list does not have, such as hotel and restaurant
 * services and some legal services; a tender for those must declare its service character itself.
 *
 * <p>It is also the SDK's {@link CpvCatalogue}, so it can be given to the core's validator directly:
 * {@code Catalogues.builtIns().withCpv(EuCodelists.official().cpv())}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CpvClassification implements CpvCatalogue {

    private final String version;
    private final String sdkVersion;
    private final List<CpvEntry> entries;
    private final Map<String, CpvEntry> byDigits;
    private final Map<String, List<CpvEntry>> children;
    private final SortedSet<CpvCode> socialServices;

    private CpvClassification(String version, String sdkVersion, List<CpvEntry> entries,
                              SortedSet<CpvCode> socialServices) {
        this.version = version;
        this.sdkVersion = sdkVersion;
        this.entries = List.copyOf(entries);
        Map<String, CpvEntry> index = new HashMap<>(entries.size() * 2);
        Map<String, List<CpvEntry>> kids = new HashMap<>();
        for (CpvEntry e : entries) {
            index.put(e.code().digits(), e);
            e.parent().ifPresent(p -> kids.computeIfAbsent(p.digits(), k -> new ArrayList<>()).add(e));
        }
        kids.replaceAll((k, list) -> List.copyOf(list));
        this.byDigits = index;
        this.children = kids;
        this.socialServices = Collections.unmodifiableSortedSet(socialServices);
    }

    /**
     * Builds the classification from the CPV list and the list of social services.
     *
     * @throws ValidationException if a row is not a valid entry
     */
    static CpvClassification of(CodeTable cpv, CodeTable social) {
        Set<String> socialDigits = new HashSet<>();
        SortedSet<CpvCode> socialCodes = new TreeSet<>();
        for (CodeRow row : social.rows()) {
            socialDigits.add(row.code());
            socialCodes.add(CpvCode.of(row.code()));
        }
        List<CpvEntry> entries = new ArrayList<>(cpv.rows().size());
        Map<String, CpvCode> codes = new HashMap<>(cpv.rows().size() * 2);
        for (CodeRow row : cpv.rows()) {
            codes.put(row.code(), CpvCode.of(row.code()));
        }
        for (CodeRow row : cpv.rows()) {
            CpvEntry.Builder b = CpvEntry.builder().code(codes.get(row.code()))
                .spanishLabel(row.spanish()).englishLabel(row.english())
                .socialService(socialDigits.contains(row.code()));
            if (!row.parent().isEmpty()) {
                // The parent's own CpvCode instance when the list has it, so each code exists once in memory.
                b.parent(codes.computeIfAbsent(row.parent(), CpvCode::of));
            }
            entries.add(b.build());
        }
        entries.sort((a, b) -> a.code().compareTo(b.code()));
        return new CpvClassification(cpv.version(), cpv.sdkVersion(), entries, socialCodes);
    }

    /**
     * The name shown in the core's violation messages.
     *
     * @return e.g. {@code CPV, eForms SDK 1.15.1}, not null
     */
    @Override
    public String name() {
        return "CPV, eForms SDK " + sdkVersion;
    }

    /**
     * The version of the vocabulary, as the list states it.
     *
     * @return {@code 2008} for CPV 2008; not null
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
     * @return 9,454 for CPV 2008
     */
    public int size() {
        return entries.size();
    }

    /**
     * Tells whether a code is in the list, by its eight digits.
     *
     * @param code the code; not null
     * @return true if the list has it
     */
    @Override
    public boolean contains(CpvCode code) {
        return byDigits.containsKey(Objects.requireNonNull(code, "code").digits());
    }

    /**
     * Finds a code.
     *
     * @param code the code; not null
     * @return its entry; empty if the list does not have it; not null
     */
    public Optional<CpvEntry> find(CpvCode code) {
        return Optional.ofNullable(byDigits.get(Objects.requireNonNull(code, "code").digits()));
    }

    /**
     * The label of a code: Spanish for Spanish, English for every other language.
     *
     * @param code the code; not null
     * @param locale the language wanted; not null
     * @return the label; empty if the list does not have the code; not null
     */
    @Override
    public Optional<String> label(CpvCode code, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return find(code).map(e -> e.label(locale));
    }

    /**
     * The parent of a code in the official hierarchy.
     *
     * @param code the code; not null
     * @return the parent's entry; empty for a division or a code the list does not have; not null
     */
    public Optional<CpvEntry> parent(CpvCode code) {
        return find(code).flatMap(CpvEntry::parent).flatMap(this::find);
    }

    /**
     * The codes whose parent is a code, in code order.
     *
     * @param code the code; not null
     * @return the children; empty for a code without children or not in the list; not null, unmodifiable
     */
    public List<CpvEntry> children(CpvCode code) {
        return children.getOrDefault(Objects.requireNonNull(code, "code").digits(), List.of());
    }

    /**
     * The codes of one level of the hierarchy, in code order.
     *
     * @param level the level; not null
     * @return the codes, e.g. the 45 divisions; not null, unmodifiable
     */
    public List<CpvEntry> atLevel(CpvLevel level) {
        Objects.requireNonNull(level, "level");
        return entries.stream().filter(e -> e.level() == level).toList();
    }

    /**
     * Every code, in code order.
     *
     * @return the entries; not null, unmodifiable
     */
    public List<CpvEntry> entries() {
        return entries;
    }

    /**
     * Tells whether a code is a social or other specific service of LCSP Annex IV (see the class
     * description for what the list covers): contracts for these services have their own EU
     * threshold (750,000 EUR, LCSP art. 22.1.c) and quality weighs at least 51 % (LCSP art. 145.4).
     *
     * @param code the code; not null
     * @return true if the eForms SDK's list of social services has it
     */
    @Override
    public boolean isSocialService(CpvCode code) {
        return socialServices.contains(Objects.requireNonNull(code, "code"));
    }

    /**
     * The social and other specific services of the eForms SDK's list.
     *
     * @return the codes, in order; not null, unmodifiable
     */
    public SortedSet<CpvCode> socialServices() {
        return socialServices;
    }

    /**
     * Describes the classification, e.g. {@code CpvClassification[CPV 2008, eForms SDK 1.15.1, 9454 codes]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CpvClassification[CPV " + version + ", eForms SDK " + sdkVersion + ", " + entries.size() + " codes]";
    }
}
