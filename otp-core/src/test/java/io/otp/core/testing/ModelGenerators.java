package io.otp.core.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;
import io.otp.core.party.Dir3Code;
import io.otp.core.party.Person;
import io.otp.core.party.PersonRole;
import io.otp.core.party.TaxId;
import io.otp.core.rules.LegalThresholds;
import io.otp.core.rules.ThresholdTable;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.Direction;
import io.otp.core.tender.DocumentReference;
import io.otp.core.tender.Envelope;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.core.tender.TieBreakData;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of the model values the other generator classes of this package do not build, for
 * tests that must reach every attribute of every value type (JSON round-trips, invariants read
 * from JSON): tenders, lots, award-criterion trees, bids with formula values, envelopes, documents,
 * tie-break data and key dates with any combination of present and absent attributes, legal
 * thresholds and threshold tables, and the single-value codes as objects.
 *
 * <p>Every value is built through the public builders and factories and is structurally valid
 * (it passes its {@code @Value.Check}); context rules (thresholds, procedure limits) are not
 * considered, see {@link TenderGenerators#validTenders()} for tenders that meet them. Each optional
 * attribute is present about half of the time and each collection that may be empty is empty
 * often, so that a few hundred examples reach both cases of every attribute.
 */
public final class ModelGenerators {

    /** Number of optional attributes of {@link TieBreakData}, so {@code 1 << 5} presence masks. */
    public static final int TIE_BREAK_ATTRIBUTES = 5;

    /**
     * Number of dates of {@link KeyDates}, so {@code 1 << 5} presence masks: publication,
     * submission deadline, value-judgment opening, formula opening, award, in this bit order.
     */
    public static final int KEY_DATES = 5;

    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    /** Formula ids the SDK's scoring module knows, and the pliegos name. */
    private static final List<String> FORMULA_IDS = List.of("inverse-proportional", "linear-bounds",
        "linear-discount", "proportional-corrected", "yes-no", "lowest-price");

    private static final String HEX = "0123456789abcdef";

    private ModelGenerators() {
    }

    // ------------------------------------------------------------------ numbers and single values

    /**
     * Decimals as offered or parametrised in practice: whole numbers, decimals with trailing zeros
     * ({@code 4.50}), negative values, and numbers with a negative scale such as the {@code 1E+3}
     * that {@code BigDecimal.stripTrailingZeros()} makes of 1000.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> decimals() {
        return in -> {
            BigDecimal value = BigDecimal.valueOf(between(in, -1_000_000L, 10_000_000L), between(in, 0, 6));
            switch (between(in, 0, 3)) {
                case 0:
                    return value.stripTrailingZeros();
                case 1:
                    return BigDecimal.valueOf(between(in, 1L, 999L)).scaleByPowerOfTen(between(in, 1, 6))
                        .stripTrailingZeros();
                default:
                    return value;
            }
        };
    }

    /**
     * Amounts of money in the generators' currencies (zero, two and three decimals), any sign.
     *
     * @return the generator
     */
    public static Gen<Money> money() {
        return JsonTestGenerators.money().mix(MoneyGenerators.anyMoney());
    }

    /**
     * Percentages of any sign with up to ten decimals.
     *
     * @return the generator
     */
    public static Gen<Percentage> percentages() {
        return JsonTestGenerators.percentages().mix(MoneyGenerators.percentages()).mix(MoneyGenerators.vatRates(), 20);
    }

    /**
     * Non-negative points with up to ten decimals.
     *
     * @return the generator
     */
    public static Gen<Points> points() {
        return JsonTestGenerators.points().mix(MoneyGenerators.points());
    }

    /**
     * CPV codes, built from text with the check digit computed by {@link CodeGenerators}.
     *
     * @return the generator
     */
    public static Gen<CpvCode> cpvCodes() {
        return CodeGenerators.cpvCodes().map(CpvCode::of);
    }

    /**
     * NUTS codes of levels 0 to 3, sometimes written in lower case with spaces.
     *
     * @return the generator
     */
    public static Gen<NutsCode> nutsCodes() {
        return CodeGenerators.nutsCodes().zip(Generate.booleans(),
            (code, sloppy) -> NutsCode.of(sloppy ? " " + code.toLowerCase(Locale.ROOT) + " " : code));
    }

    /**
     * DIR3 codes, sometimes written in lower case.
     *
     * @return the generator
     */
    public static Gen<Dir3Code> dir3Codes() {
        return CodeGenerators.dir3Codes().zip(Generate.booleans(),
            (code, sloppy) -> Dir3Code.of(sloppy ? code.toLowerCase(Locale.ROOT) : code));
    }

    /**
     * Tax ids of every kind (DNI/NIF, NIE, CIF), sometimes written in lower case with hyphens, which
     * {@link TaxId#of(String)} normalises.
     *
     * @return the generator
     */
    public static Gen<TaxId> taxIds() {
        return Generate.oneOf(taxIds(PartyGenerators.nifs()), taxIds(PartyGenerators.nies()),
            taxIds(PartyGenerators.cifs()));
    }

    /**
     * Tax ids of one kind, from the texts of a generator of {@link PartyGenerators}.
     *
     * @param texts valid tax-id texts of one kind
     * @return the generator
     */
    public static Gen<TaxId> taxIds(Gen<String> texts) {
        return texts.zip(Generate.booleans(), (text, sloppy) -> TaxId.of(sloppy
            ? text.substring(0, 1).toLowerCase(Locale.ROOT) + "-" + text.substring(1) : text));
    }

    /**
     * Business group ids.
     *
     * @return the generator
     */
    public static Gen<BusinessGroupId> businessGroupIds() {
        return JsonTestGenerators.ids(BusinessGroupId::of);
    }

    /**
     * Instants between 2020 and 2035, to the second, the millisecond or the nanosecond.
     *
     * @return the generator
     */
    public static Gen<Instant> instants() {
        return in -> instant(in, EPOCH.atStartOfDay().toInstant(ZoneOffset.UTC), 15L * 366 * 86_400);
    }

    // ------------------------------------------------------------------ party

    /**
     * People as {@link PartyGenerators#persons()} builds them, a third of them with no role, so that
     * both an empty and a filled role set are frequent.
     *
     * @return the generator
     */
    public static Gen<Person> persons() {
        Gen<Person> withoutRoles = PartyGenerators.persons().map(p -> Person.builder().id(p.id())
            .fullName(p.fullName()).email(p.email()).organisation(p.organisation()).build());
        return PartyGenerators.persons().mix(withoutRoles, 33);
    }

    /**
     * Every role set, from none to all: a helper for people built by hand.
     *
     * @return the generator
     */
    public static Gen<Set<PersonRole>> roleSets() {
        return PartyGenerators.roleSets();
    }

    // ------------------------------------------------------------------ tender parts

    /**
     * Tie-break data with each attribute present or absent at random.
     *
     * @return the generator
     */
    public static Gen<TieBreakData> tieBreakData() {
        return Generate.range(0, (1 << TIE_BREAK_ATTRIBUTES) - 1).flatMap(ModelGenerators::tieBreakData);
    }

    /**
     * Tie-break data with exactly the attributes of a mask present: bit 0 the percentage of disabled
     * workers, bit 1 the count of permanent disabled workers, bit 2 the percentage of temporary
     * contracts, bit 3 the percentage of women, bit 4 the count of workers in inclusion. Percentages
     * lie in [0, 100] with up to two decimals, the ends often; the counts in [0, 5000].
     *
     * @param mask the attributes present, 0 to 31
     * @return the generator
     */
    public static Gen<TieBreakData> tieBreakData(int mask) {
        return in -> {
            TieBreakData.Builder b = TieBreakData.builder();
            if ((mask & 1) != 0) {
                b.disabledWorkersPercentage(staffPercentage(in));
            }
            if ((mask & 2) != 0) {
                b.permanentDisabledWorkers(between(in, 0, 3) == 0 ? 0 : between(in, 0, 5_000));
            }
            if ((mask & 4) != 0) {
                b.temporaryContractsPercentage(staffPercentage(in));
            }
            if ((mask & 8) != 0) {
                b.womenPercentage(staffPercentage(in));
            }
            if ((mask & 16) != 0) {
                b.inclusionWorkers(between(in, 0, 3) == 0 ? 0 : between(in, 0, 5_000));
            }
            return b.build();
        };
    }

    /**
     * Key dates with each date present or absent at random.
     *
     * @return the generator
     */
    public static Gen<KeyDates> keyDates() {
        return Generate.range(0, (1 << KEY_DATES) - 1).flatMap(ModelGenerators::keyDates);
    }

    /**
     * Key dates with exactly the dates of a mask present (bit 0 publication, bit 1 submission
     * deadline, bit 2 value-judgment opening, bit 3 formula opening, bit 4 award), in the order
     * {@link KeyDates} requires: they are taken from one increasing timeline, with the edge cases
     * (deadline on the day of publication, award on the day of the formula opening, openings a
     * second apart) often.
     *
     * @param mask the dates present, 0 to 31
     * @return the generator
     */
    public static Gen<KeyDates> keyDates(int mask) {
        return in -> {
            LocalDate publication = EPOCH.plusDays(between(in, 0, 4_000));
            Instant deadline = instant(in, publication.atStartOfDay().toInstant(ZoneOffset.UTC),
                edge(in) ? 86_399 : 60L * 86_400);
            Instant valueJudgment = deadline.plusSeconds(edge(in) ? 1 : between(in, 1L, 30L * 86_400));
            Instant formula = valueJudgment.plusSeconds(edge(in) ? 1 : between(in, 1L, 30L * 86_400));
            LocalDate award = formula.atZone(ZoneOffset.UTC).toLocalDate().plusDays(edge(in) ? 0 : between(in, 0, 120));
            KeyDates.Builder b = KeyDates.builder();
            if ((mask & 1) != 0) {
                b.publication(publication);
            }
            if ((mask & 2) != 0) {
                b.submissionDeadline(deadline);
            }
            if ((mask & 4) != 0) {
                b.valueJudgmentOpening(valueJudgment);
            }
            if ((mask & 8) != 0) {
                b.formulaOpening(formula);
            }
            if ((mask & 16) != 0) {
                b.award(award);
            }
            return b.build();
        };
    }

    /**
     * Formula references: a known formula id or any well-formed one, with zero to three parameters
     * of any scale (see {@link #decimals()}).
     *
     * @return the generator
     */
    public static Gen<FormulaReference> formulaReferences() {
        Gen<FormulaReference> known = in -> {
            FormulaReference.Builder b = FormulaReference.builder().id(pick(in, FORMULA_IDS));
            int parameters = between(in, 0, 3);
            for (int i = 0; i < parameters; i++) {
                b.putParameters(pick(in, List.of("significantDiscount", "threshold", "lower", "upper", "k")) + i,
                    decimals().generate(in));
            }
            return b.build();
        };
        return known.mix(JsonTestGenerators.formulaReferences(), 30);
    }

    /**
     * Documents with a title, and a location and a SHA-256 digest each present or not; digests are
     * sometimes given in upper case, which the document normalises.
     *
     * @return the generator
     */
    public static Gen<DocumentReference> documents() {
        return in -> {
            DocumentReference.Builder b = DocumentReference.builder().title(NeedGenerators.text(1, 120).generate(in));
            if (coin(in)) {
                b.uri(coin(in) ? "https://docs.example.es/ofertas/" + between(in, 1, 99_999) + "/memoria.pdf"
                    : "urn:uuid:" + hex(in, 8) + "-" + hex(in, 4) + "-" + hex(in, 4) + "-" + hex(in, 4) + "-"
                        + hex(in, 12));
            }
            if (coin(in)) {
                String digest = hex(in, 64);
                b.sha256(between(in, 0, 3) == 0 ? digest.toUpperCase(Locale.ROOT) : digest);
            }
            return b.build();
        };
    }

    /**
     * Envelopes with zero to three documents.
     *
     * @return the generator
     */
    public static Gen<Envelope> envelopes() {
        return in -> {
            Envelope.Builder b = Envelope.builder();
            int documents = between(in, 0, 3);
            for (int i = 0; i < documents; i++) {
                b.addDocuments(documents().generate(in));
            }
            return b.build();
        };
    }

    /**
     * Award criteria: a tree of zero to three levels below the root, each node with its optional
     * attributes present or not, worth 0.01 to 100 points.
     *
     * @return the generator
     */
    public static Gen<AwardCriterion> awardCriteria() {
        return in -> {
            EvaluationMethod method = pick(in, List.of(EvaluationMethod.values()));
            return criterion(in, "C" + between(in, 1, 99), between(in, 1L, 10_000L), typeFor(in, method),
                method, between(in, 0, 3), false);
        };
    }

    /**
     * Award criteria split to exactly the given depth along their first branch: depth 0 is a leaf,
     * depth 2 a criterion with sub-criteria, the first of which has sub-criteria of its own.
     *
     * @param depth the levels below the root, 0 to 4
     * @return the generator
     */
    public static Gen<AwardCriterion> awardCriteria(int depth) {
        return in -> {
            EvaluationMethod method = pick(in, List.of(EvaluationMethod.values()));
            return criterion(in, "C" + between(in, 1, 99), between(in, 100L << depth, 10_000L << depth),
                typeFor(in, method), method, depth, true);
        };
    }

    /**
     * Lots in euros with one to four top-level criteria, sub-criteria trees, and their optional
     * attributes present or not: description, VAT rate other than the default, CPV codes, a declared
     * total other than 100, a quality threshold for phased evaluation.
     *
     * @return the generator
     */
    public static Gen<Lot> lots() {
        return in -> lot(in, pick(in, List.of("L1", "L2", "LOTE-3", "2026/EXP-0042-L1")), Money.EUR);
    }

    /**
     * Tenders of any procedure, type and status with one to three lots in one currency, and every
     * optional attribute present or not: project, reason for a single lot, expert committee, key
     * dates, explicit authority kind and service character.
     *
     * @return the generator
     */
    public static Gen<Tender> tenders() {
        return in -> {
            Currency currency = between(in, 0, 5) == 0 ? Currency.getInstance("GBP") : Money.EUR;
            int lotCount = between(in, 1, 3);
            List<Lot> lots = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 1; i <= lotCount; i++) {
                Lot lot = lot(in, "L" + i, currency);
                lots.add(lot);
                total = total.add(lot.budget().amount());
            }
            Tender.Builder b = Tender.builder()
                .id(TenderId.of(pick(in, List.of("T-", "2026/EXP-", "EXP.")) + between(in, 1, 9_999)))
                .title(NeedGenerators.text(1, 200).generate(in))
                .contractingAuthority(OrganisationId.of(pick(in, List.of("L01280796", "E04921301", "ORG-1"))))
                .contractType(pick(in, List.of(ContractType.values())))
                .procedure(pick(in, List.of(ProcedureType.values())))
                .estimatedValue(Money.of(total.multiply(BigDecimal.valueOf(between(in, 100, 150), 2)), currency,
                    Money.ROUNDING))
                .addAllCpvCodes(distinctCpvCodes(in, 1, 3))
                .addAllLots(lots);
            if (coin(in)) {
                b.authorityKind(pick(in, List.of(ContractingAuthorityKind.values())));
            }
            if (coin(in)) {
                b.addAllServiceCharacters(pick(in, List.of(List.of(ServiceCharacter.ORDINARY),
                    List.of(ServiceCharacter.INTELLECTUAL), List.of(ServiceCharacter.ANNEX_IV),
                    List.of(ServiceCharacter.INTELLECTUAL, ServiceCharacter.ANNEX_IV))));
            }
            if (coin(in)) {
                b.prtrFunded(coin(in));
            }
            if (coin(in)) {
                b.project(ProjectId.of("P-" + between(in, 1, 9_999)));
            }
            if (coin(in)) {
                b.noDivisionJustification(NeedGenerators.text(1, 300).generate(in));
            }
            int experts = coin(in) ? 0 : between(in, 1, 5);
            for (int e = 1; e <= experts; e++) {
                b.addExpertCommittee(PersonId.of("EXP-" + e));
            }
            if (coin(in)) {
                b.keyDates(keyDates().generate(in));
            }
            if (coin(in)) {
                b.status(pick(in, List.of(TenderStatus.values())));
            }
            return b.build();
        };
    }

    /**
     * Bids with a positive offer in any currency, zero to four formula values of any scale, envelopes
     * with documents or the default empty ones, and tie-break data or the default none.
     *
     * @return the generator
     */
    public static Gen<Bid> bids() {
        return in -> {
            Money offer = money().generate(in);
            if (!offer.isPositive()) {
                offer = offer.isZero() ? Money.of(BigDecimal.ONE, offer.currency()) : offer.multipliedBy(-1);
            }
            Bid.Builder b = Bid.builder()
                .id(BidId.of("BID-" + between(in, 1, 99_999)))
                .tender(TenderId.of("T-" + between(in, 1, 9_999)))
                .lot(LotId.of("L" + between(in, 1, 9)))
                .bidder(OrganisationId.of("B" + between(in, 1, 999)))
                .economicOffer(offer)
                .submittedAt(instants().generate(in));
            int values = coin(in) ? 0 : between(in, 1, 4);
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < values; i++) {
                keys.add("C" + between(in, 1, 6) + (coin(in) ? "" : "." + between(in, 1, 3)));
            }
            keys.forEach(k -> b.putFormulaValues(CriterionId.of(k), decimals().generate(in)));
            if (coin(in)) {
                b.valueJudgmentEnvelope(envelopes().generate(in));
            }
            if (coin(in)) {
                b.formulaEnvelope(envelopes().generate(in));
            }
            if (coin(in)) {
                b.tieBreakData(tieBreakData().generate(in));
            }
            return b.build();
        };
    }

    // ------------------------------------------------------------------ rules

    /**
     * Legal thresholds for a random validity, with positive amounts in euros and shares in (0, 100].
     *
     * @return the generator
     */
    public static Gen<LegalThresholds> legalThresholds() {
        return JsonTestGenerators.dateRanges().flatMap(ModelGenerators::legalThresholds);
    }

    /**
     * Legal thresholds for the given validity.
     *
     * @param validity the period
     * @return the generator
     */
    public static Gen<LegalThresholds> legalThresholds(DateRange validity) {
        Gen<LegalThresholds.Builder> base = in -> LegalThresholds.builder()
            .validity(validity)
            .minorWorksLimit(euros(in))
            .minorSuppliesAndServicesLimit(euros(in))
            .euWorksAndConcessionsThreshold(euros(in))
            .euCentralSuppliesAndServicesThreshold(euros(in))
            .euOtherSuppliesAndServicesThreshold(euros(in))
            .euSocialServicesThreshold(euros(in))
            .simplifiedWorksLimit(euros(in))
            .simplifiedValueJudgmentCap(share(in))
            .simplifiedIntellectualValueJudgmentCap(share(in))
            .superSimplifiedWorksLimit(euros(in))
            .superSimplifiedSuppliesAndServicesLimit(euros(in))
            .minimumQualityShare(share(in))
            .improvementsCap(share(in))
            .minimumExpertCommitteeSize(between(in, 1, 7));
        // The national limits added later have defaults; half the time they are given.
        return in -> {
            LegalThresholds.Builder b = base.generate(in);
            if (coin(in)) {
                b.lotExemptionWorksLimit(euros(in)).lotExemptionSuppliesAndServicesLimit(euros(in))
                    .lotExemptionShare(share(in)).specialAppealWorksAndConcessionsLimit(euros(in))
                    .specialAppealSuppliesAndServicesLimit(euros(in));
            }
            return b.build();
        };
    }

    /**
     * Threshold tables of one to four periods that share no day, in any order, with gaps or not;
     * sometimes the SDK's default table.
     *
     * @return the generator
     */
    public static Gen<ThresholdTable> thresholdTables() {
        Gen<ThresholdTable> generated = in -> {
            int count = between(in, 1, 4);
            List<LegalThresholds> periods = new ArrayList<>();
            LocalDate start = EPOCH.plusDays(between(in, 0, 3_000));
            for (int i = 0; i < count; i++) {
                LocalDate end = start.plusDays(between(in, 0, 900));
                periods.add(legalThresholds(DateRange.of(start, end)).generate(in));
                start = end.plusDays(coin(in) ? 1 : between(in, 1, 400));
            }
            Collections.shuffle(periods, new java.util.Random(between(in, 0L, Long.MAX_VALUE)));
            return ThresholdTable.of(periods);
        };
        return generated.mix(Generate.constant(ThresholdTable.builtIns()), 10);
    }

    // ------------------------------------------------------------------ building blocks

    private static Lot lot(RandomnessSource in, String id, Currency currency) {
        long units = pick(in, List.of(10_000L, 10_000L, 6_000L, 1_000L, 12_345L));
        int top = (int) Math.min(between(in, 1, 4), units);
        List<Long> shares = split(in, units, top);
        Lot.Builder b = Lot.builder().id(LotId.of(id)).title(NeedGenerators.text(1, 150).generate(in))
            .budget(Money.of(BigDecimal.valueOf(between(in, 1L, 100_000_000_000L), 2), currency, Money.ROUNDING));
        Points judged = Points.ZERO;
        for (int i = 0; i < top; i++) {
            EvaluationMethod method = pick(in, List.of(EvaluationMethod.values()));
            AwardCriterion c = criterion(in, "C" + (i + 1), shares.get(i), typeFor(in, method), method,
                between(in, 0, 2), false);
            b.addCriteria(c);
            if (method == EvaluationMethod.VALUE_JUDGMENT) {
                judged = judged.plus(c.maxPoints());
            }
        }
        if (units != 10_000L || coin(in)) {
            b.totalPoints(Points.of(BigDecimal.valueOf(units, 2)));
        }
        if (coin(in)) {
            b.description(NeedGenerators.text(1, 500).generate(in));
        }
        if (coin(in)) {
            b.vatRate(MoneyGenerators.vatRates().generate(in));
        }
        b.addAllCpvCodes(distinctCpvCodes(in, 0, 3));
        if (coin(in)) {
            long judgedHundredths = judged.value().movePointRight(2).longValueExact();
            b.qualityThreshold(Points.of(BigDecimal.valueOf(between(in, 0L, judgedHundredths), 2)));
        }
        return b.build();
    }

    /**
     * A criterion worth the given hundredths of a point; below {@code depth} levels it may be split
     * (always along the first branch when {@code full}) into two or three sub-criteria of the same
     * method.
     */
    private static AwardCriterion criterion(RandomnessSource in, String id, long hundredths, CriterionType type,
                                            EvaluationMethod method, int depth, boolean full) {
        AwardCriterion.Builder b = AwardCriterion.builder().id(CriterionId.of(id))
            .name(NeedGenerators.text(1, 80).generate(in)).type(type).method(method)
            .maxPoints(Points.of(BigDecimal.valueOf(hundredths, 2)));
        boolean split = depth > 0 && hundredths >= 3 && (full || coin(in));
        if (split) {
            int count = between(in, 2, 3);
            List<Long> parts = split(in, hundredths, count);
            if (full) {
                // The largest part goes first, so that the first branch can be split again.
                parts.sort(Collections.reverseOrder());
            }
            for (int i = 0; i < count; i++) {
                b.addSubCriteria(criterion(in, id + "." + (i + 1), parts.get(i), typeFor(in, method), method,
                    depth - 1, full && i == 0));
            }
        } else if (method == EvaluationMethod.FORMULA) {
            b.formula(formulaReferences().generate(in));
        }
        if (coin(in)) {
            b.description(NeedGenerators.text(1, 300).generate(in));
        }
        if (coin(in)) {
            b.direction(pick(in, List.of(Direction.values())));
        }
        if (coin(in)) {
            b.minimumThreshold(Points.of(BigDecimal.valueOf(between(in, 0L, hundredths), 2)));
        }
        if (coin(in)) {
            b.improvement(coin(in));
        }
        return b.build();
    }

    /** A criterion type the method allows: price is never a matter of judgment (LCSP art. 146.1). */
    private static CriterionType typeFor(RandomnessSource in, EvaluationMethod method) {
        return method == EvaluationMethod.FORMULA ? pick(in, List.of(CriterionType.values()))
            : pick(in, List.of(CriterionType.QUALITY, CriterionType.COST));
    }

    private static List<CpvCode> distinctCpvCodes(RandomnessSource in, int min, int max) {
        int size = between(in, min, max);
        Set<CpvCode> codes = new LinkedHashSet<>();
        while (codes.size() < size) {
            codes.add(cpvCodes().generate(in));
        }
        return new ArrayList<>(codes);
    }

    /** Splits a total of at least {@code parts} into {@code parts} positive parts. */
    private static List<Long> split(RandomnessSource in, long total, int parts) {
        Set<Long> cuts = new java.util.TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(between(in, 1L, total - 1));
        }
        List<Long> out = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            out.add(cut - previous);
            previous = cut;
        }
        out.add(total - previous);
        return out;
    }

    private static Percentage staffPercentage(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return Percentage.ZERO;
            case 1:
                return Percentage.HUNDRED;
            default:
                return Percentage.of(coin(in) ? BigDecimal.valueOf(between(in, 0L, 10_000L), 2)
                    : BigDecimal.valueOf(between(in, 0L, 100L)));
        }
    }

    private static Percentage share(RandomnessSource in) {
        return Percentage.of(BigDecimal.valueOf(between(in, 1L, 10_000L), 2));
    }

    private static Money euros(RandomnessSource in) {
        return Money.euros(BigDecimal.valueOf(between(in, 1L, 1_000_000_000L), 2));
    }

    /** An instant in [from, from + seconds], to the second, the millisecond or the nanosecond. */
    private static Instant instant(RandomnessSource in, Instant from, long seconds) {
        Instant at = from.plusSeconds(between(in, 0L, seconds));
        switch (between(in, 0, 2)) {
            case 0:
                return at;
            case 1:
                return at.plusMillis(between(in, 0L, 999L));
            default:
                return at.plusNanos(between(in, 0L, 999_999_999L));
        }
    }

    private static String hex(RandomnessSource in, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(HEX.charAt(between(in, 0, HEX.length() - 1)));
        }
        return s.toString();
    }

    /** True one time in four: picks an edge case of an ordering. */
    private static boolean edge(RandomnessSource in) {
        return between(in, 0, 3) == 0;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static long between(RandomnessSource in, long min, long max) {
        return Generate.longRange(min, max).generate(in);
    }

    private static boolean coin(RandomnessSource in) {
        return Generate.booleans().generate(in);
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }
}
