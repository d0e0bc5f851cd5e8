package io.otp.core.rules;

import io.otp.core.NullValueException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.classification.spi.CpvCatalogue;
import io.otp.core.classification.spi.NutsCatalogue;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.party.Organisation;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of Spanish public procurement law that depend on context (the thresholds in force, the
 * procedure, the bids received), as pure functions that return every violation found, and the
 * catalogue of their rule ids and message keys.
 *
 * <p>Most callers use {@link OtpValidator}, which picks the thresholds in force for the tender.
 * The rules, by rule id:
 * <ul>
 *   <li>{@value #MINOR_CONTRACT} &mdash; a minor contract has an estimated value below the limit of
 *       its type (works; supplies and services; mixed contracts take the stricter limit); a concession
 *       cannot be a minor contract (LCSP art. 118.1).</li>
 *   <li>{@value #SIMPLIFIED_SCOPE} &mdash; the simplified open procedure is for works, supplies and
 *       services, not concessions (LCSP art. 159.1).</li>
 *   <li>{@value #SIMPLIFIED_VALUE} &mdash; works up to the simplified limit, supplies and services below
 *       the EU threshold of central government (LCSP art. 159.1.a).</li>
 *   <li>{@value #SIMPLIFIED_VALUE_JUDGMENT} &mdash; per lot, value-judgment criteria weigh at most 25 %
 *       of the points, 45 % for intellectual services (LCSP art. 159.1.b).</li>
 *   <li>{@value #SUPER_SIMPLIFIED} &mdash; super-simplified procedure: works below 80,000 EUR, supplies
 *       and services below 60,000 EUR, no intellectual services, no concessions (LCSP art. 159.6).</li>
 *   <li>{@value #SUPER_SIMPLIFIED_FORMULA_ONLY} &mdash; per lot, no value-judgment criteria in the
 *       super-simplified procedure (LCSP art. 159.6.c).</li>
 *   <li>{@value #QUALITY_SHARE} &mdash; per lot, for intellectual and Annex IV services, quality criteria
 *       weigh at least 51 % of the points (LCSP art. 145.4).</li>
 *   <li>{@value #IMPROVEMENTS_CAP} &mdash; per lot, improvements valued by value judgment weigh at most
 *       2.5 % where LCSP art. 146.2.a applies (value-judgment points exceed formula points in an open or
 *       restricted procedure, so a committee of experts values them); improvements scored by formula are
 *       not capped, nor are judged improvements where art. 146.2.a does not apply (LCSP art. 145.7).</li>
 *   <li>{@value #EXPERT_COMMITTEE} &mdash; per lot, where value-judgment points exceed formula points in
 *       an open or restricted procedure, the tender names a committee of at least three experts
 *       (LCSP art. 146.2.a).</li>
 *   <li>{@value #NO_DIVISION_JUSTIFICATION} &mdash; a tender with one lot gives the reasons for not
 *       dividing it, not blank (LCSP art. 99.3).</li>
 *   <li>{@value #ESTIMATED_VALUE} &mdash; the estimated value is not below the base budget VAT
 *       excluded, the sum of the lots (LCSP arts. 100 and 101).</li>
 *   <li>{@value #THRESHOLDS_IN_FORCE} &mdash; thresholds are known for the day that decides them (a
 *       warning, not an error, when the validator applies the latest period that ended before it).</li>
 *   <li>{@value #ANNEX_IV} &mdash; a services contract whose main CPV code is a social or other specific
 *       service of LCSP Annex IV is declared {@link ServiceCharacter#ANNEX_IV}, so that its own EU
 *       threshold (LCSP art. 22.1.c) and the quality share of LCSP art. 145.4 apply; needs a CPV
 *       catalogue (see below).</li>
 *   <li>{@value #CPV_UNKNOWN} &mdash; every CPV code of the tender and of its lots is in the official
 *       list, where a CPV catalogue is present (Regulation (EC) No 213/2008).</li>
 *   <li>{@value #NUTS_UNKNOWN} &mdash; an organisation's NUTS code is in the classification in force,
 *       where a NUTS catalogue is present (Regulation (EC) No 1059/2003).</li>
 *   <li>Bids: {@value #BID_TENDER} (a bid for another tender), {@value #BID_LOT} (a lot the tender does
 *       not have), {@value #OFFER_ABOVE_BUDGET} (an offer above the lot's budget, RGLCAP art. 84),
 *       {@value #CURRENCY} (an offer in another currency), {@value #BID_CRITERION} (a value for a
 *       criterion the lot does not have or that is not scored by formula directly),
 *       {@value #BID_MISSING_VALUE} (no value for a quality criterion scored by formula),
 *       {@value #ONE_BID_PER_BIDDER} (a bidder bidding twice for a lot, LCSP art. 139.3) and
 *       {@value #BID_LATE} (a bid submitted after the deadline).</li>
 * </ul>
 *
 * <p><b>Classification catalogues.</b> The last three rules consult the {@link Catalogues} given to
 * them (the validator passes {@link Catalogues#standard()} unless the host injects others). Without
 * a catalogue they report nothing: CPV and NUTS codes are then checked for their format and check
 * digit only, when they are built. {@value #ANNEX_IV} is a violation rather than a silent inference:
 * the tender's declared {@link ServiceCharacter} drives every other rule, so the same tender gets the
 * same thresholds whether or not a catalogue is installed, and the host sees, and fixes, the
 * mismatch. It is reported where the declared characters ({@link Tender#serviceCharacters()}) lack
 * {@link ServiceCharacter#ANNEX_IV} for a services contract other than a minor contract; a service
 * that is also intellectual, such as a legal service, is declared with both characters, each rule
 * applying its own (the Annex IV threshold, art. 22.1.c; the intellectual caps, art. 159). A catalogue only says
 * that a code is a social service when its list has it, so the absence of this violation does not
 * prove that a contract is outside Annex IV.
 *
 * <p>Award-criteria rules (LCSP arts. 145 and 146) are not applied to minor contracts, which are
 * awarded directly without a competition of offers (LCSP art. 131.3). Shares of points are
 * compared exactly ({@code points * 100} against {@code limit * total}, never a rounded quotient)
 * and shown with two decimals, or more where two would hide the difference from the limit.
 *
 * <p>This class is thread-safe.
 */
public final class ProcurementRules {

    /** Minor contracts: value below the limit of their type; not for concessions (LCSP art. 118.1). */
    public static final String MINOR_CONTRACT = "LCSP-118.1";

    /** Simplified open procedure only for works, supplies and services (LCSP art. 159.1). */
    public static final String SIMPLIFIED_SCOPE = "LCSP-159.1";

    /** Simplified open procedure: estimated value within its limits (LCSP art. 159.1.a). */
    public static final String SIMPLIFIED_VALUE = "LCSP-159.1.a";

    /** Simplified open procedure: value-judgment share of each lot (LCSP art. 159.1.b). */
    public static final String SIMPLIFIED_VALUE_JUDGMENT = "LCSP-159.1.b";

    /** Super-simplified open procedure: value limits, no intellectual services, no concessions (LCSP art. 159.6). */
    public static final String SUPER_SIMPLIFIED = "LCSP-159.6";

    /** Super-simplified open procedure: formula criteria only (LCSP art. 159.6.c). */
    public static final String SUPER_SIMPLIFIED_FORMULA_ONLY = "LCSP-159.6.c";

    /** Intellectual and Annex IV services: quality at least 51 % of the points (LCSP art. 145.4). */
    public static final String QUALITY_SHARE = "LCSP-145.4";

    /**
     * Improvements valued by value judgment at most 2.5 % where the committee of experts of LCSP art.
     * 146.2.a values them; formula-scored improvements are not capped (LCSP art. 145.7).
     */
    public static final String IMPROVEMENTS_CAP = "LCSP-145.7";

    /** Committee of at least three experts where value judgment outweighs formulas (LCSP art. 146.2.a). */
    public static final String EXPERT_COMMITTEE = "LCSP-146.2.a";

    /** Reasons for not dividing the contract into lots (LCSP art. 99.3). */
    public static final String NO_DIVISION_JUSTIFICATION = "LCSP-99.3";

    /** Estimated value not below the base budget (LCSP art. 101). */
    public static final String ESTIMATED_VALUE = "LCSP-101";

    /**
     * A services contract whose main CPV code is a social or other specific service of LCSP Annex IV
     * is declared as such: its EU threshold is that of LCSP art. 22.1.c and quality weighs at least
     * 51 % (LCSP art. 145.4). Reported only with a CPV catalogue.
     */
    public static final String ANNEX_IV = "LCSP-ANNEX-IV";

    /** A CPV code exists in the official list (Regulation (EC) No 213/2008); only with a CPV catalogue. */
    public static final String CPV_UNKNOWN = "CPV-UNKNOWN";

    /** A NUTS code exists in the classification in force (Regulation (EC) No 1059/2003); only with a NUTS catalogue. */
    public static final String NUTS_UNKNOWN = "NUTS-UNKNOWN";

    /**
     * Thresholds known for the day that decides them (the SDK's own rule): an error for a day before
     * every known period, a warning when the latest earlier period is applied.
     */
    public static final String THRESHOLDS_IN_FORCE = "OTP-THRESHOLDS";

    /** A bid belongs to the tender it is checked against. */
    public static final String BID_TENDER = "OTP-BID-TENDER";

    /** A bid is for a lot of the tender. */
    public static final String BID_LOT = "OTP-BID-LOT";

    /** Offers above the base budget of the lot are rejected (RGLCAP art. 84). */
    public static final String OFFER_ABOVE_BUDGET = "RGLCAP-84";

    /** Amounts compared must be in one currency (the tender's or the thresholds'). */
    public static final String CURRENCY = "OTP-MONEY-CURRENCY";

    /** A bid's formula values are for leaf formula criteria of its lot. */
    public static final String BID_CRITERION = "OTP-BID-CRITERION";

    /** A bid gives a value for every quality criterion of its lot scored by formula. */
    public static final String BID_MISSING_VALUE = "OTP-BID-VALUE";

    /** Each bidder submits one proposal per lot (LCSP art. 139.3). */
    public static final String ONE_BID_PER_BIDDER = "LCSP-139.3";

    /** A bid is submitted by the deadline of the call. */
    public static final String BID_LATE = "OTP-BID-LATE";

    private static final String KEY = "io.otp.core.rules.";

    private static final Map<String, Set<String>> CATALOGUE = catalogue();

    private ProcurementRules() {
    }

    /**
     * Every rule id these rules report, in the order of the list above.
     *
     * @return an unmodifiable set, not null
     */
    public static Set<String> ruleIds() {
        return CATALOGUE.keySet();
    }

    /**
     * The keys of the messages a rule reports, in the SDK's {@code ContributorValidationMessages}
     * bundles.
     *
     * @param ruleId a rule id of {@link #ruleIds()}; not null
     * @return an unmodifiable set; empty for an unknown rule id; not null
     */
    public static Set<String> messageKeys(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return CATALOGUE.getOrDefault(ruleId, Set.of());
    }

    /**
     * Checks a tender against the rules that depend on the thresholds in force: minor contracts
     * (LCSP art. 118.1), simplified procedures (LCSP art. 159), award-criteria weights (LCSP arts.
     * 145.4 and 145.7), the expert committee (LCSP art. 146.2.a), division into lots (LCSP art. 99.3)
     * and the estimated value (LCSP art. 101).
     *
     * @param tender the tender; not null
     * @param thresholds the thresholds to apply; not null
     * @return every violation found, in a stable order; empty when none; not null
     */
    public static List<Violation> tenderViolations(Tender tender, LegalThresholds thresholds) {
        return tenderViolations(tender, thresholds, Catalogues.builtIns());
    }

    /**
     * Checks a tender as {@link #tenderViolations(Tender, LegalThresholds)} does, and with the given
     * classification catalogues: unknown CPV codes ({@value #CPV_UNKNOWN}) and Annex IV services not
     * declared as such ({@value #ANNEX_IV}).
     *
     * @param tender the tender; not null
     * @param thresholds the thresholds to apply; not null
     * @param catalogues the catalogues to consult; {@link Catalogues#builtIns()} for format only; not null
     * @return every violation found, in a stable order; empty when none; not null
     */
    public static List<Violation> tenderViolations(Tender tender, LegalThresholds thresholds,
                                                   Catalogues catalogues) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(catalogues, "catalogues");
        return check(tender, thresholds, catalogues);
    }

    /**
     * Checks that every CPV code of a tender and of its lots is in the official list
     * ({@value #CPV_UNKNOWN}). Paths are {@code cpvCodes[i]} and {@code lots[j].cpvCodes[k]}.
     *
     * @param tender the tender; not null
     * @param catalogues the catalogues to consult; not null
     * @return a violation per unknown code; empty when every code is known or there is no CPV
     *     catalogue; not null
     */
    public static List<Violation> classificationViolations(Tender tender, Catalogues catalogues) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(catalogues, "catalogues");
        List<Violation> v = new ArrayList<>();
        catalogues.cpv().ifPresent(cpv -> {
            unknownCpv(tender.cpvCodes(), "cpvCodes", cpv, v);
            for (int j = 0; j < tender.lots().size(); j++) {
                unknownCpv(tender.lots().get(j).cpvCodes(), "lots[" + j + "].cpvCodes", cpv, v);
            }
        });
        return v;
    }

    private static void unknownCpv(List<CpvCode> codes, String path, CpvCatalogue cpv, List<Violation> v) {
        for (int i = 0; i < codes.size(); i++) {
            if (!cpv.contains(codes.get(i))) {
                v.add(Violation.of(path + "[" + i + "]", CPV_UNKNOWN, KEY + "cpv.unknown",
                    "value", codes.get(i), "catalogue", cpv.name()));
            }
        }
    }

    /**
     * Checks that an organisation's NUTS code is in the classification in force
     * ({@value #NUTS_UNKNOWN}), at path {@code nutsCode}.
     *
     * @param organisation the organisation; not null
     * @param catalogues the catalogues to consult; not null
     * @return one violation if the code is unknown; empty when it is known, when the organisation has
     *     no NUTS code or when there is no NUTS catalogue; not null
     */
    public static List<Violation> organisationViolations(Organisation organisation, Catalogues catalogues) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(catalogues, "catalogues");
        List<Violation> v = new ArrayList<>();
        Optional<NutsCode> code = organisation.nutsCode();
        Optional<NutsCatalogue> nuts = catalogues.nuts();
        if (code.isPresent() && nuts.isPresent() && !nuts.get().contains(code.get())) {
            v.add(Violation.of("nutsCode", NUTS_UNKNOWN, KEY + "nuts.unknown",
                "organisation", organisation.id(), "value", code.get(), "catalogue", nuts.get().name()));
        }
        return v;
    }

    /**
     * Checks a tender with or without thresholds; without them, only the rules that need none.
     *
     * @param tender the tender
     * @param thresholds the thresholds, or null when none are known
     * @param catalogues the classification catalogues
     * @return every violation found
     */
    static List<Violation> check(Tender tender, LegalThresholds thresholds, Catalogues catalogues) {
        List<Violation> v = new ArrayList<>();
        if (thresholds != null) {
            boolean sameCurrency = tender.estimatedValue().currency().equals(thresholds.minorWorksLimit().currency());
            if (!sameCurrency) {
                v.add(Violation.of("estimatedValue", CURRENCY, "io.otp.core.money.currency",
                    "left", tender.estimatedValue().currency().getCurrencyCode(),
                    "right", thresholds.minorWorksLimit().currency().getCurrencyCode()));
            }
            procedureRules(tender, thresholds, sameCurrency, v);
            annexIvRule(tender, thresholds, catalogues, v);
            for (int i = 0; i < tender.lots().size(); i++) {
                lotRules(tender, i, thresholds, v);
            }
        }
        if (tender.lots().size() == 1
            && tender.noDivisionJustification().map(String::isBlank).orElse(true)) {
            v.add(Violation.of("noDivisionJustification", NO_DIVISION_JUSTIFICATION, KEY + "lots.noDivision",
                "tender", tender.id()));
        }
        if (tender.estimatedValue().isLessThan(tender.baseBudget())) {
            v.add(Violation.of("estimatedValue", ESTIMATED_VALUE, KEY + "estimatedValue.belowBudget",
                "value", tender.estimatedValue(), "budget", tender.baseBudget()));
        }
        v.addAll(classificationViolations(tender, catalogues));
        return v;
    }

    private static void annexIvRule(Tender tender, LegalThresholds th, Catalogues catalogues, List<Violation> v) {
        if (tender.contractType() != ContractType.SERVICES || tender.procedure() == ProcedureType.MINOR_CONTRACT
            || tender.hasCharacter(ServiceCharacter.ANNEX_IV) || catalogues.cpv().isEmpty()) {
            return;
        }
        CpvCatalogue cpv = catalogues.cpv().get();
        CpvCode main = tender.cpvCodes().get(0);
        if (cpv.isSocialService(main)) {
            Money declared = th.euThreshold(ContractType.SERVICES, tender.authorityKind(), ServiceCharacter.ORDINARY)
                .orElseThrow();
            Money annexIv = th.euThreshold(ContractType.SERVICES, tender.authorityKind(), ServiceCharacter.ANNEX_IV)
                .orElseThrow();
            v.add(Violation.of("serviceCharacters", ANNEX_IV, KEY + "annexIv.character",
                "tender", tender.id(), "cpv", main, "threshold", annexIv, "declaredThreshold", declared,
                "quality", Shares.format(th.minimumQualityShare())));
        }
    }

    private static void procedureRules(Tender tender, LegalThresholds th, boolean sameCurrency,
                                       List<Violation> v) {
        Money value = tender.estimatedValue();
        boolean works = tender.contractType().isWorks();
        boolean concession = tender.contractType() == ContractType.WORKS_CONCESSION
            || tender.contractType() == ContractType.SERVICES_CONCESSION;
        switch (tender.procedure()) {
            case MINOR_CONTRACT:
                if (concession) {
                    v.add(Violation.of("procedure", MINOR_CONTRACT, KEY + "minor.concession",
                        "tender", tender.id()));
                } else if (sameCurrency) {
                    Money limit = th.minorContractLimit(tender.contractType()).orElseThrow();
                    if (!value.isLessThan(limit)) {
                        v.add(Violation.of("estimatedValue", MINOR_CONTRACT,
                            KEY + (works ? "minor.works" : "minor.suppliesAndServices"),
                            "tender", tender.id(), "value", value, "limit", limit));
                    }
                }
                break;
            case SIMPLIFIED_OPEN:
                if (concession) {
                    v.add(Violation.of("procedure", SIMPLIFIED_SCOPE, KEY + "simplified.concession",
                        "tender", tender.id()));
                } else if (sameCurrency && works && value.isGreaterThan(th.simplifiedWorksLimit())) {
                    v.add(Violation.of("estimatedValue", SIMPLIFIED_VALUE, KEY + "simplified.works",
                        "tender", tender.id(), "value", value, "limit", th.simplifiedWorksLimit()));
                } else if (sameCurrency && !works && !value.isLessThan(th.simplifiedSuppliesAndServicesLimit())) {
                    v.add(Violation.of("estimatedValue", SIMPLIFIED_VALUE, KEY + "simplified.suppliesAndServices",
                        "tender", tender.id(), "value", value, "limit", th.simplifiedSuppliesAndServicesLimit()));
                }
                break;
            case SUPER_SIMPLIFIED_OPEN:
                if (concession) {
                    v.add(Violation.of("procedure", SUPER_SIMPLIFIED, KEY + "superSimplified.concession",
                        "tender", tender.id()));
                } else if (sameCurrency) {
                    Money limit = works ? th.superSimplifiedWorksLimit() : th.superSimplifiedSuppliesAndServicesLimit();
                    if (!value.isLessThan(limit)) {
                        v.add(Violation.of("estimatedValue", SUPER_SIMPLIFIED,
                            KEY + (works ? "superSimplified.works" : "superSimplified.suppliesAndServices"),
                            "tender", tender.id(), "value", value, "limit", limit));
                    }
                }
                if (tender.hasCharacter(ServiceCharacter.INTELLECTUAL)) {
                    v.add(Violation.of("procedure", SUPER_SIMPLIFIED, KEY + "superSimplified.intellectual",
                        "tender", tender.id()));
                }
                break;
            default:
                break;
        }
    }

    private static void lotRules(Tender tender, int index, LegalThresholds th, List<Violation> v) {
        if (tender.procedure() == ProcedureType.MINOR_CONTRACT) {
            return;
        }
        Lot lot = tender.lots().get(index);
        String criteria = "lots[" + index + "].criteria";
        Points total = lot.totalPoints();
        Points judged = lot.pointsBy(EvaluationMethod.VALUE_JUDGMENT);
        Points formula = lot.pointsBy(EvaluationMethod.FORMULA);
        boolean intellectual = tender.hasCharacter(ServiceCharacter.INTELLECTUAL);
        if (tender.procedure() == ProcedureType.SIMPLIFIED_OPEN) {
            Percentage cap = intellectual ? th.simplifiedIntellectualValueJudgmentCap() : th.simplifiedValueJudgmentCap();
            if (Shares.above(judged, total, cap)) {
                v.add(Violation.of(criteria, SIMPLIFIED_VALUE_JUDGMENT,
                    KEY + (intellectual ? "simplified.judgmentShareIntellectual" : "simplified.judgmentShare"),
                    "lot", lot.id(), "share", Shares.format(judged, total, cap), "limit", Shares.format(cap),
                    "intellectualLimit", Shares.format(th.simplifiedIntellectualValueJudgmentCap())));
            }
        }
        if (tender.procedure() == ProcedureType.SUPER_SIMPLIFIED_OPEN && judged.value().signum() > 0) {
            long count = lot.criteria().stream().filter(c -> c.method() == EvaluationMethod.VALUE_JUDGMENT).count();
            v.add(Violation.of(criteria, SUPER_SIMPLIFIED_FORMULA_ONLY, KEY + "superSimplified.valueJudgment",
                "lot", lot.id(), "count", count, "points", judged));
        }
        if (intellectual || tender.hasCharacter(ServiceCharacter.ANNEX_IV)) {
            Points quality = lot.pointsBy(CriterionType.QUALITY);
            if (Shares.below(quality, total, th.minimumQualityShare())) {
                v.add(Violation.of(criteria, QUALITY_SHARE,
                    KEY + (intellectual ? "quality.intellectual" : "quality.annexIv"),
                    "lot", lot.id(), "share", Shares.format(quality, total, th.minimumQualityShare()),
                    "limit", Shares.format(th.minimumQualityShare())));
            }
        }
        if (judged.isGreaterThan(formula)) {
            boolean openOrRestricted = tender.procedure() == ProcedureType.OPEN
                || tender.procedure() == ProcedureType.RESTRICTED;
            // LCSP art. 145.7 caps improvements only "en los supuestos en que su valoración se efectúe de
            // conformidad con lo establecido en el apartado segundo, letra a) del artículo siguiente": valued
            // by judgment, by the committee of experts that art. 146.2.a calls in open and restricted
            // procedures; improvements scored by formula are never capped.
            Points improvements = lot.improvementPointsBy(EvaluationMethod.VALUE_JUDGMENT);
            if (openOrRestricted && Shares.above(improvements, total, th.improvementsCap())) {
                v.add(Violation.of(criteria, IMPROVEMENTS_CAP, KEY + "improvements",
                    "lot", lot.id(), "improvements", improvements,
                    "share", Shares.format(improvements, total, th.improvementsCap()),
                    "judged", judged, "formula", formula, "limit", Shares.format(th.improvementsCap())));
            }
            if (openOrRestricted && tender.expertCommittee().size() < th.minimumExpertCommitteeSize()) {
                v.add(Violation.of("expertCommittee", EXPERT_COMMITTEE, KEY + "committee",
                    "lot", lot.id(), "judged", judged, "formula", formula,
                    "minimum", th.minimumExpertCommitteeSize(), "count", tender.expertCommittee().size()));
            }
        }
    }

    /**
     * Checks bids against their tender: that each is for this tender ({@value #BID_TENDER}) and one of
     * its lots ({@value #BID_LOT}); that the economic offer is not above the lot's budget, VAT
     * excluded (offers above the base budget are rejected, RGLCAP art. 84); that formula values are
     * given for the lot's leaf formula criteria and only for them, every quality criterion scored by
     * formula having one (price comes from the economic offer and cost from the offer's own data,
     * so neither needs a value); that no bidder bids twice for one lot (LCSP art. 139.3); and that no
     * bid was submitted after the tender's submission deadline, when it has one.
     *
     * <p>Paths are {@code bids[i]....}, {@code i} counting the bids in the collection's iteration
     * order from zero; a value for an unknown criterion is reported at
     * {@code bids[i].formulaValues[criterionId]}.
     *
     * @param tender the tender; not null
     * @param bids the bids; not null, no null element
     * @return every violation found; empty when none; not null
     * @throws NullValueException if a bid is null
     */
    public static List<Violation> bidViolations(Tender tender, Collection<Bid> bids) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(bids, "bids");
        List<Violation> v = new ArrayList<>();
        Map<LotId, Map<OrganisationId, Bid>> firstBids = new HashMap<>();
        int i = 0;
        for (Bid bid : bids) {
            String path = "bids[" + i + "]";
            i++;
            if (bid == null) {
                throw new NullValueException(path);
            }
            if (!bid.tender().equals(tender.id())) {
                v.add(Violation.of(path + ".tender", BID_TENDER, KEY + "bid.otherTender",
                    "bid", bid.id(), "other", bid.tender(), "tender", tender.id()));
                continue;
            }
            Optional<Instant> deadline = tender.keyDates().submissionDeadline();
            if (deadline.isPresent() && bid.submittedAt().isAfter(deadline.get())) {
                v.add(Violation.of(path + ".submittedAt", BID_LATE, KEY + "bid.late",
                    "bid", bid.id(), "submitted", bid.submittedAt(), "deadline", deadline.get()));
            }
            Optional<Lot> found = tender.lot(bid.lot());
            if (found.isEmpty()) {
                v.add(Violation.of(path + ".lot", BID_LOT, KEY + "bid.unknownLot",
                    "bid", bid.id(), "tender", tender.id(), "lot", bid.lot()));
                continue;
            }
            Lot lot = found.get();
            offerRules(bid, lot, path, v);
            formulaValueRules(bid, lot, path, v);
            Bid first = firstBids.computeIfAbsent(lot.id(), k -> new HashMap<>()).putIfAbsent(bid.bidder(), bid);
            if (first != null) {
                v.add(Violation.of(path + ".bidder", ONE_BID_PER_BIDDER, KEY + "bid.duplicate",
                    "bid", bid.id(), "bidder", bid.bidder(), "lot", lot.id(), "first", first.id()));
            }
        }
        return v;
    }

    private static void offerRules(Bid bid, Lot lot, String path, List<Violation> v) {
        Money offer = bid.economicOffer();
        if (!offer.currency().equals(lot.budget().currency())) {
            v.add(Violation.of(path + ".economicOffer", CURRENCY, "io.otp.core.money.currency",
                "left", lot.budget().currency().getCurrencyCode(), "right", offer.currency().getCurrencyCode()));
        } else if (offer.isGreaterThan(lot.budget())) {
            v.add(Violation.of(path + ".economicOffer", OFFER_ABOVE_BUDGET, KEY + "bid.aboveBudget",
                "bid", bid.id(), "value", offer, "lot", lot.id(), "limit", lot.budget()));
        }
    }

    private static void formulaValueRules(Bid bid, Lot lot, String path, List<Violation> v) {
        for (Map.Entry<CriterionId, BigDecimal> entry : bid.formulaValues().entrySet()) {
            CriterionId id = entry.getKey();
            String at = path + ".formulaValues[" + id + "]";
            Optional<AwardCriterion> criterion = lot.criterion(id);
            if (criterion.isEmpty()) {
                v.add(Violation.of(at, BID_CRITERION, KEY + "bid.unknownCriterion",
                    "bid", bid.id(), "criterion", id, "lot", lot.id()));
            } else if (criterion.get().method() != EvaluationMethod.FORMULA) {
                v.add(Violation.of(at, BID_CRITERION, KEY + "bid.judgmentCriterion",
                    "bid", bid.id(), "criterion", id, "lot", lot.id()));
            } else if (!criterion.get().isLeaf()) {
                v.add(Violation.of(at, BID_CRITERION, KEY + "bid.parentCriterion",
                    "bid", bid.id(), "criterion", id, "lot", lot.id()));
            }
        }
        for (AwardCriterion leaf : lot.leafCriteria()) {
            if (leaf.method() == EvaluationMethod.FORMULA && leaf.type() == CriterionType.QUALITY
                && !bid.formulaValues().containsKey(leaf.id())) {
                v.add(Violation.of(path + ".formulaValues", BID_MISSING_VALUE, KEY + "bid.missingValue",
                    "bid", bid.id(), "criterion", leaf.id(), "lot", lot.id()));
            }
        }
    }

    private static Map<String, Set<String>> catalogue() {
        Map<String, Set<String>> c = new LinkedHashMap<>();
        put(c, MINOR_CONTRACT, "minor.works", "minor.suppliesAndServices", "minor.concession");
        put(c, SIMPLIFIED_SCOPE, "simplified.concession");
        put(c, SIMPLIFIED_VALUE, "simplified.works", "simplified.suppliesAndServices");
        put(c, SIMPLIFIED_VALUE_JUDGMENT, "simplified.judgmentShare", "simplified.judgmentShareIntellectual");
        put(c, SUPER_SIMPLIFIED, "superSimplified.works", "superSimplified.suppliesAndServices",
            "superSimplified.intellectual", "superSimplified.concession");
        put(c, SUPER_SIMPLIFIED_FORMULA_ONLY, "superSimplified.valueJudgment");
        put(c, QUALITY_SHARE, "quality.intellectual", "quality.annexIv");
        put(c, IMPROVEMENTS_CAP, "improvements");
        put(c, EXPERT_COMMITTEE, "committee");
        put(c, NO_DIVISION_JUSTIFICATION, "lots.noDivision");
        put(c, ESTIMATED_VALUE, "estimatedValue.belowBudget");
        put(c, THRESHOLDS_IN_FORCE, "thresholds.missing", "thresholds.latest");
        put(c, ANNEX_IV, "annexIv.character");
        put(c, CPV_UNKNOWN, "cpv.unknown");
        put(c, NUTS_UNKNOWN, "nuts.unknown");
        put(c, BID_TENDER, "bid.otherTender");
        put(c, BID_LOT, "bid.unknownLot");
        put(c, OFFER_ABOVE_BUDGET, "bid.aboveBudget");
        c.put(CURRENCY, Set.of("io.otp.core.money.currency"));
        put(c, BID_CRITERION, "bid.unknownCriterion", "bid.judgmentCriterion", "bid.parentCriterion");
        put(c, BID_MISSING_VALUE, "bid.missingValue");
        put(c, ONE_BID_PER_BIDDER, "bid.duplicate");
        put(c, BID_LATE, "bid.late");
        return Collections.unmodifiableMap(c);
    }

    private static void put(Map<String, Set<String>> c, String ruleId, String... keys) {
        Set<String> full = new LinkedHashSet<>();
        for (String k : keys) {
            full.add(KEY + k);
        }
        c.put(ruleId, Collections.unmodifiableSet(full));
    }
}
