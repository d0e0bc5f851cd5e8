package io.otp.core.rules;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a tender is subject to harmonised regulation (SARA, LCSP arts. 19 to 23) and what
 * follows from it and from the tender's value, as a {@link SaraAssessment} with an explanation of
 * every conclusion. The static entry point of these rules; {@link OtpValidator#assess(Tender)} calls
 * it with the thresholds in force for the tender.
 *
 * <h2>The rules applied</h2>
 * <ul>
 *   <li><b>Value counted</b> (LCSP art. 101.12): the tender's estimated value, which counts every lot.</li>
 *   <li><b>Threshold</b> (arts. 20.1, 21.1, 22.1): works, works concessions and services concessions
 *       have one threshold; supplies and services have that of central government
 *       ({@link ContractingAuthorityKind#isCentralGovernment()}) or of the other authorities; services
 *       whose characters include {@link ServiceCharacter#ANNEX_IV} have that of art. 22.1.c, whatever
 *       other character they have. The contract is subject when its value is <em>equal to or
 *       above</em> the threshold (art. 19.1: "igual o superior").</li>
 *   <li><b>Lot exemption</b> (arts. 20.2, 21.2, 22.2): when the contract is subject and divided into
 *       lots, the contracting authority may exempt lots whose value is <em>below</em> 1,000,000 EUR
 *       (works) or 80,000 EUR (supplies, services), provided the exempted lots add up to <em>at most</em>
 *       20 % of the value of all lots. Concessions have no such exemption. The SDK never exempts a lot
 *       on its own: it lists the eligible lots and the largest exemption the cap allows; the lots the
 *       authority exempts are given to {@link #assess(Tender, LegalThresholds, Set)}, which checks
 *       them.</li>
 *   <li><b>Publication</b> (arts. 135.1 and 154.1): contract and formalisation notices in the
 *       contracting authority's profile and, when subject, in the DOUE. A negotiated procedure without
 *       publication has no contract notice; a minor contract has neither notice.</li>
 *   <li><b>Minimum time limits for offers</b>: open procedure, subject: 35 calendar days from sending
 *       the notice to the EU Publications Office (art. 156.2), reducible to 15 days with a prior
 *       information notice (156.3.a) or for urgency (156.3.b), and by 5 days with electronic
 *       submission (156.3.c); concessions subject to harmonised regulation: 30 days from sending the
 *       notice (Directive 2014/23/EU art. 39.3); open procedure, not subject: 15 calendar days, 26 for
 *       works and concessions, from the day after publication in the profile (art. 156.6); simplified
 *       open procedure: 15 calendar days, 20 for works (art. 159.3); super-simplified: 10 business
 *       days, 5 for current purchases of goods available on the market (art. 159.6.a).</li>
 *   <li><b>Special appeal</b> (art. 44.1), by value and type only, never by SARA: works over
 *       3,000,000 EUR (44.1.a), works and services concessions over 3,000,000 EUR (44.1.c), supplies
 *       and services over 100,000 EUR (44.1.a); the value itself is not "over".</li>
 *   <li><b>Standstill</b> (art. 153.3): where the special appeal applies, formalisation waits 15
 *       business days from sending the award notification.</li>
 * </ul>
 *
 * <h2>Choices where the law leaves the SDK without data</h2>
 * <ul>
 *   <li>A <b>mixed contract</b> follows its main object (art. 18.1), which the tender does not record.
 *       The SDK applies the reading that never leaves an obligation out: the threshold of supplies and
 *       services, the special-appeal limit of supplies and services, the longer time limits of works
 *       where the procedure has them, and the lot limit of supplies and services.</li>
 *   <li>The supplies of a <b>defence-sector body</b> ({@link ContractingAuthorityKind#CENTRAL_GOVERNMENT_DEFENCE})
 *       get the central-government threshold, which art. 21.1.a applies to the products of LCSP Annex
 *       II; the SDK does not know the products, and the explanation says that products outside the
 *       annex have the threshold of the other authorities.</li>
 *   <li>A <b>lot's value</b> is known only when the tender's estimated value equals the sum of the
 *       lots' budgets; otherwise the SDK lists no eligible lot rather than guess how extensions and
 *       modifications divide among the lots.</li>
 * </ul>
 *
 * <h2>Not covered</h2>
 * The exclusions of art. 19.2 (defence and security under art. 346 TFEU, secret contracts, ...), the
 * subsidised contracts of art. 23, the other cases of art. 44.1 (framework agreements and dynamic
 * purchasing systems, special administrative contracts, subsidised contracts, encargos), the time
 * limits of the restricted, negotiated and other procedures, the urgency of art. 119 outside art.
 * 156.3.b, the longer standstill an autonomous community may set (art. 153.3), and dates: limits are
 * reported as days, since business days depend on local holidays.
 *
 * <p>This class is thread-safe.
 */
public final class HarmonisedRegulation {

    /** Rule id of a lot exempted from the harmonised rules that may not be, for works (LCSP art. 20.2). */
    public static final String WORKS_LOT_EXEMPTION = "LCSP-20.2";

    /** Rule id of a lot exempted from the harmonised rules that may not be, for supplies (LCSP art. 21.2). */
    public static final String SUPPLIES_LOT_EXEMPTION = "LCSP-21.2";

    /** Rule id of a lot exempted from the harmonised rules that may not be, for services (LCSP art. 22.2). */
    public static final String SERVICES_LOT_EXEMPTION = "LCSP-22.2";

    private static final String KEY = "io.otp.core.rules.sara.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HarmonisedRegulation() {
    }

    /**
     * Assesses a tender with no lot exempted by the contracting authority.
     *
     * @param tender the tender; not null
     * @param thresholds the thresholds in force for it; not null
     * @return the assessment, not null
     * @throws ValidationException ({@code OTP-MONEY-CURRENCY}) if the tender's value is in another
     *     currency than the thresholds
     */
    public static SaraAssessment assess(Tender tender, LegalThresholds thresholds) {
        return assess(tender, thresholds, Set.of());
    }

    /**
     * Assesses a tender whose contracting authority exempts some lots from the harmonised rules
     * (LCSP arts. 20.2, 21.2, 22.2).
     *
     * @param tender the tender; not null
     * @param thresholds the thresholds in force for it; not null
     * @param exemptedLots the lots the contracting authority exempts; not null, no null element;
     *     empty for none
     * @return the assessment, not null
     * @throws ValidationException if the tender's value is in another currency than the thresholds
     *     ({@code OTP-MONEY-CURRENCY}), or if a lot is exempted that the tender does not have
     *     ({@code OTP-SARA-LOT}), that is not below the limit, whose
     *     value is unknown, when the contract is not subject or not divided, or when the exempted lots
     *     exceed 20 % of the value of all lots ({@value #WORKS_LOT_EXEMPTION},
     *     {@value #SUPPLIES_LOT_EXEMPTION}, {@value #SERVICES_LOT_EXEMPTION}); each violation names the
     *     lot, its value and the limit
     */
    public static SaraAssessment assess(Tender tender, LegalThresholds thresholds, Set<LotId> exemptedLots) {
        if (tender == null) {
            throw new NullValueException("tender");
        }
        if (thresholds == null) {
            throw new NullValueException("thresholds");
        }
        if (exemptedLots == null) {
            throw new NullValueException("exemptedLots");
        }
        for (LotId id : exemptedLots) {
            if (id == null) {
                throw new NullValueException("exemptedLots element");
            }
        }
        Money value = tender.estimatedValue();
        Money reference = thresholds.euWorksAndConcessionsThreshold();
        if (!value.currency().equals(reference.currency())) {
            throw new ValidationException(Violation.of("estimatedValue", ProcurementRules.CURRENCY,
                "io.otp.core.money.currency", "left", value.currency().getCurrencyCode(),
                "right", reference.currency().getCurrencyCode()));
        }
        ContractType type = tender.contractType();
        boolean mixed = type == ContractType.MIXED;
        boolean concession = type == ContractType.WORKS_CONCESSION || type == ContractType.SERVICES_CONCESSION;
        ContractType thresholdType = mixed ? ContractType.SERVICES : type;
        Set<ServiceCharacter> characters = type == ContractType.SERVICES || mixed
            ? tender.serviceCharacters() : Set.of();
        Money threshold = thresholds.euThreshold(thresholdType, tender.authorityKind(),
            type == ContractType.SERVICES ? characters : Set.of()).orElseThrow();
        String thresholdArticle = thresholdArticle(type, tender.authorityKind(), characters);
        boolean subject = !value.isLessThan(threshold);

        List<Explanation> why = new ArrayList<>();
        if (mixed) {
            why.add(Explanation.of(SaraAssessment.SARA, "LCSP-18.1", KEY + "mixed"));
        }
        if (type == ContractType.SUPPLIES && tender.authorityKind() == ContractingAuthorityKind.CENTRAL_GOVERNMENT_DEFENCE) {
            why.add(Explanation.of(SaraAssessment.SARA, "LCSP-21.1.a", KEY + "defenceSupplies",
                "threshold", threshold, "otherThreshold", thresholds.euOtherSuppliesAndServicesThreshold()));
        }
        if (type == ContractType.SERVICES && characters.contains(ServiceCharacter.ANNEX_IV)
                && characters.size() > 1) {
            why.add(Explanation.of(SaraAssessment.SARA, "LCSP-22.1.c", KEY + "annexIvWithOthers",
                "characters", characters, "threshold", threshold));
        }
        why.add(Explanation.of(SaraAssessment.SARA, "LCSP-19.1", KEY + (subject ? "subject" : "notSubject"),
            "value", value, "lots", tender.lots().size(), "threshold", threshold, "thresholdArticle", thresholdArticle,
            "period", thresholds.validity()));

        SaraAssessment.Builder b = SaraAssessment.builder().tender(tender.id()).contractType(type)
            .authorityKind(tender.authorityKind()).addAllServiceCharacters(tender.serviceCharacters())
            .procedure(tender.procedure()).subjectToHarmonisedRegulation(subject).valueCounted(value)
            .threshold(threshold).thresholdArticle(thresholdArticle).thresholdPeriod(thresholds.validity());

        lotExemption(tender, thresholds, subject, concession, exemptedLots, b, why);
        publications(tender, subject, b, why);
        offerTimeLimits(tender, subject, b, why);
        specialAppeal(tender, thresholds, b, why);
        return b.addAllExplanation(why).build();
    }

    private static String thresholdArticle(ContractType type, ContractingAuthorityKind authority,
                                           Set<ServiceCharacter> characters) {
        switch (type) {
            case WORKS:
            case WORKS_CONCESSION:
            case SERVICES_CONCESSION:
                return "LCSP-20.1";
            case SUPPLIES:
                return authority.isCentralGovernment() ? "LCSP-21.1.a" : "LCSP-21.1.b";
            case SERVICES:
                if (characters.contains(ServiceCharacter.ANNEX_IV)) {
                    return "LCSP-22.1.c";
                }
                return authority.isCentralGovernment() ? "LCSP-22.1.a" : "LCSP-22.1.b";
            default:
                return authority.isCentralGovernment() ? "LCSP-22.1.a" : "LCSP-22.1.b";
        }
    }

    private static String exemptionArticle(ContractType type) {
        switch (type) {
            case WORKS:
                return WORKS_LOT_EXEMPTION;
            case SUPPLIES:
                return SUPPLIES_LOT_EXEMPTION;
            default:
                return SERVICES_LOT_EXEMPTION;
        }
    }

    private static void lotExemption(Tender tender, LegalThresholds th, boolean subject, boolean concession,
                                     Set<LotId> chosen, SaraAssessment.Builder b, List<Explanation> why) {
        Money value = tender.estimatedValue();
        Money zero = Money.zero(value.currency());
        List<Violation> v = new ArrayList<>();
        Set<LotId> known = tender.lots().stream().map(Lot::id).collect(Collectors.toSet());
        for (LotId id : chosen) {
            if (!known.contains(id)) {
                v.add(Violation.of("exemptedLots", "OTP-SARA-LOT", KEY + "unknownLot", "tender", tender.id(),
                    "lot", id));
            }
        }
        String article = exemptionArticle(tender.contractType());
        if (!subject || concession || !tender.isDividedIntoLots()) {
            String reason = !subject ? "notSubject" : concession ? "concession" : "notDivided";
            if (v.isEmpty() && !chosen.isEmpty()) {
                v.add(Violation.of("exemptedLots", article, KEY + "exemption.notAvailable", "tender", tender.id(),
                    "lots", sorted(tender, chosen), "reason", reason));
            }
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            b.exemptedValue(zero);
            if (subject) {
                why.add(Explanation.of(SaraAssessment.LOT_EXEMPTION, concession ? "LCSP-20.1" : article,
                    KEY + "exemption." + reason));
            }
            return;
        }
        Money limit = tender.contractType() == ContractType.WORKS
            ? th.lotExemptionWorksLimit() : th.lotExemptionSuppliesAndServicesLimit();
        BigDecimal share = th.lotExemptionShare().value();
        Money cap = Money.of(value.amount().multiply(share).divide(HUNDRED), value.currency(), RoundingMode.HALF_UP);
        boolean valuesKnown = value.equals(tender.baseBudget());
        List<Lot> eligible = new ArrayList<>();
        if (valuesKnown) {
            for (Lot lot : tender.lots()) {
                if (lot.budget().isLessThan(limit)) {
                    eligible.add(lot);
                }
            }
        }
        List<Lot> bySize = new ArrayList<>(eligible);
        bySize.sort(Comparator.comparing(Lot::budget));
        Set<LotId> largest = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Lot lot : bySize) {
            BigDecimal next = sum.add(lot.budget().amount());
            if (!withinShare(next, value.amount(), share)) {
                break;
            }
            sum = next;
            largest.add(lot.id());
        }
        BigDecimal exempted = BigDecimal.ZERO;
        for (int i = 0; i < tender.lots().size(); i++) {
            Lot lot = tender.lots().get(i);
            if (!chosen.contains(lot.id())) {
                continue;
            }
            if (!valuesKnown) {
                v.add(Violation.of("exemptedLots", article, KEY + "exemption.valueUnknown", "lot", lot.id(),
                    "budget", lot.budget(), "value", value, "baseBudget", tender.baseBudget()));
            } else if (!lot.budget().isLessThan(limit)) {
                v.add(Violation.of("lots[" + i + "].budget", article, KEY + "exemption.lotValue", "lot", lot.id(),
                    "value", lot.budget(), "limit", limit));
            }
            exempted = exempted.add(lot.budget().amount());
        }
        if (v.isEmpty() && !withinShare(exempted, value.amount(), share)) {
            v.add(Violation.of("exemptedLots", article, KEY + "exemption.share", "lots", sorted(tender, chosen),
                "value", Money.of(exempted, value.currency()), "cap", cap, "total", value,
                "share", th.lotExemptionShare().value().toPlainString() + " %"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        List<LotId> eligibleIds = eligible.stream().map(Lot::id).collect(Collectors.toList());
        b.lotExemptionLimit(limit).lotExemptionCap(cap).addAllLotsEligibleForExemption(eligibleIds)
            .addAllLargestExemption(sorted(tender, largest)).addAllExemptedLots(sorted(tender, chosen))
            .exemptedValue(Money.of(exempted, value.currency()));
        if (!valuesKnown) {
            why.add(Explanation.of(SaraAssessment.LOT_EXEMPTION, "LCSP-101.12", KEY + "exemption.valuesUnknown",
                "value", value, "baseBudget", tender.baseBudget()));
        } else {
            why.add(Explanation.of(SaraAssessment.LOT_EXEMPTION, article, KEY + "exemption.eligible",
                "limit", limit, "eligible", eligibleIds, "cap", cap, "share", share.toPlainString() + " %",
                "total", value, "largest", sorted(tender, largest),
                "largestValue", Money.of(sum, value.currency())));
        }
        why.add(Explanation.of(SaraAssessment.LOT_EXEMPTION, article,
            KEY + (chosen.isEmpty() ? "exemption.none" : "exemption.chosen"),
            "lots", sorted(tender, chosen), "value", Money.of(exempted, value.currency()), "cap", cap));
    }

    /** Tells whether {@code part} is at most {@code share} per cent of {@code whole}, exactly. */
    private static boolean withinShare(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return part.multiply(HUNDRED).compareTo(share.multiply(whole)) <= 0;
    }

    private static List<LotId> sorted(Tender tender, Set<LotId> ids) {
        return tender.lots().stream().map(Lot::id).filter(ids::contains).collect(Collectors.toList());
    }

    private static void publications(Tender tender, boolean subject, SaraAssessment.Builder b,
                                     List<Explanation> why) {
        ProcedureType procedure = tender.procedure();
        if (procedure == ProcedureType.MINOR_CONTRACT) {
            why.add(Explanation.of(SaraAssessment.PUBLICATION, "LCSP-118", KEY + "publication.minor"));
            return;
        }
        boolean call = procedure != ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION;
        if (call) {
            b.addPublications(PublicationObligation.CONTRACT_NOTICE_IN_PROFILE);
            if (subject) {
                b.addPublications(PublicationObligation.CONTRACT_NOTICE_IN_DOUE);
            }
        }
        b.addPublications(PublicationObligation.FORMALISATION_NOTICE_IN_PROFILE);
        if (subject) {
            b.addPublications(PublicationObligation.FORMALISATION_NOTICE_IN_DOUE);
        }
        why.add(Explanation.of(SaraAssessment.PUBLICATION, "LCSP-135.1",
            KEY + (subject ? "publication.doue" : "publication.profile") + (call ? "" : "WithoutCall")));
    }

    private static void offerTimeLimits(Tender tender, boolean subject, SaraAssessment.Builder b,
                                        List<Explanation> why) {
        ContractType type = tender.contractType();
        boolean concession = type == ContractType.WORKS_CONCESSION || type == ContractType.SERVICES_CONCESSION;
        boolean worksLike = type == ContractType.WORKS || type == ContractType.MIXED;
        List<TimeLimit> limits = new ArrayList<>();
        switch (tender.procedure()) {
            case OPEN:
                if (subject && concession) {
                    limits.add(TimeLimit.of(30, DayKind.CALENDAR, TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE,
                        TimeLimitCase.GENERAL, "DIR-2014/23/EU-39.3"));
                } else if (subject) {
                    TimeLimitStart sent = TimeLimitStart.NOTICE_SENT_TO_EU_PUBLICATIONS_OFFICE;
                    limits.add(TimeLimit.of(35, DayKind.CALENDAR, sent, TimeLimitCase.GENERAL, "LCSP-156.2"));
                    limits.add(TimeLimit.of(15, DayKind.CALENDAR, sent, TimeLimitCase.PRIOR_INFORMATION_NOTICE,
                        "LCSP-156.3.a"));
                    limits.add(TimeLimit.of(15, DayKind.CALENDAR, sent, TimeLimitCase.URGENCY, "LCSP-156.3.b"));
                    limits.add(TimeLimit.of(30, DayKind.CALENDAR, sent, TimeLimitCase.ELECTRONIC_SUBMISSION,
                        "LCSP-156.3.c"));
                } else {
                    limits.add(TimeLimit.of(worksLike || concession ? 26 : 15, DayKind.CALENDAR,
                        TimeLimitStart.DAY_AFTER_PUBLICATION_IN_PROFILE, TimeLimitCase.GENERAL, "LCSP-156.6"));
                }
                break;
            case SIMPLIFIED_OPEN:
                limits.add(TimeLimit.of(worksLike ? 20 : 15, DayKind.CALENDAR,
                    TimeLimitStart.DAY_AFTER_PUBLICATION_IN_PROFILE, TimeLimitCase.GENERAL, "LCSP-159.3"));
                break;
            case SUPER_SIMPLIFIED_OPEN:
                limits.add(TimeLimit.of(10, DayKind.BUSINESS, TimeLimitStart.DAY_AFTER_PUBLICATION_IN_PROFILE,
                    TimeLimitCase.GENERAL, "LCSP-159.6.a"));
                if (type == ContractType.SUPPLIES) {
                    limits.add(TimeLimit.of(5, DayKind.BUSINESS, TimeLimitStart.DAY_AFTER_PUBLICATION_IN_PROFILE,
                        TimeLimitCase.CURRENT_PURCHASES_OF_GOODS, "LCSP-159.6.a"));
                }
                break;
            case MINOR_CONTRACT:
                why.add(Explanation.of(SaraAssessment.TIME_LIMITS, "LCSP-118", KEY + "timeLimits.minor"));
                return;
            default:
                why.add(Explanation.of(SaraAssessment.LIMITATION, "LCSP-156", KEY + "timeLimits.notCovered",
                    "procedure", tender.procedure()));
                return;
        }
        b.addAllOfferTimeLimits(limits);
        TimeLimit general = limits.get(0);
        why.add(Explanation.of(SaraAssessment.TIME_LIMITS, general.article(), KEY + "timeLimits.general",
            "days", general.days(), "dayKind", general.dayKind(), "from", general.countedFrom(),
            "procedure", tender.procedure(), "type", type, "subject", subject));
        if (type == ContractType.MIXED
                && (general.article().equals("LCSP-156.6") || general.article().equals("LCSP-159.3"))) {
            why.add(Explanation.of(SaraAssessment.TIME_LIMITS, "LCSP-18.1", KEY + "timeLimits.mixed",
                "days", general.days()));
        }
    }

    private static void specialAppeal(Tender tender, LegalThresholds th, SaraAssessment.Builder b,
                                      List<Explanation> why) {
        ContractType type = tender.contractType();
        boolean concession = type == ContractType.WORKS_CONCESSION || type == ContractType.SERVICES_CONCESSION;
        Money limit = type == ContractType.WORKS || concession
            ? th.specialAppealWorksAndConcessionsLimit() : th.specialAppealSuppliesAndServicesLimit();
        String article = concession ? "LCSP-44.1.c" : "LCSP-44.1.a";
        boolean appeal = tender.estimatedValue().isGreaterThan(limit);
        b.specialAppeal(appeal).specialAppealLimit(limit).specialAppealArticle(article);
        why.add(Explanation.of(SaraAssessment.SPECIAL_APPEAL, article, KEY + (appeal ? "appeal.open" : "appeal.closed"),
            "value", tender.estimatedValue(), "limit", limit, "type", type));
        if (type == ContractType.MIXED) {
            why.add(Explanation.of(SaraAssessment.SPECIAL_APPEAL, "LCSP-18.1", KEY + "appeal.mixed", "limit", limit));
        }
        if (appeal) {
            TimeLimit standstill = TimeLimit.of(15, DayKind.BUSINESS, TimeLimitStart.AWARD_NOTIFICATION_SENT,
                TimeLimitCase.GENERAL, "LCSP-153.3");
            b.standstill(standstill);
            why.add(Explanation.of(SaraAssessment.STANDSTILL, "LCSP-153.3", KEY + "standstill.applies",
                "days", standstill.days()));
        } else {
            why.add(Explanation.of(SaraAssessment.STANDSTILL, "LCSP-153.3", KEY + "standstill.none"));
        }
        why.add(Explanation.of(SaraAssessment.LIMITATION, "LCSP-44.1", KEY + "appeal.otherCases"));
    }
}
