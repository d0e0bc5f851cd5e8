package io.otp.core.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.LotId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whether a tender is subject to harmonised regulation (SARA, LCSP arts. 19 to 23) and what follows
 * from it and from its value: publication in the Official Journal of the European Union, the minimum
 * time limits for offers, the special appeal in procurement matters and the standstill before
 * formalisation. Every conclusion comes with an {@link Explanation} that gives the numbers compared
 * and the article applied, in {@link #explanation()}.
 *
 * <p>Obtained from {@link HarmonisedRegulation#assess(io.otp.core.tender.Tender, LegalThresholds)} or,
 * with the thresholds in force chosen for the tender, from {@link OtpValidator#assess(io.otp.core.tender.Tender)}
 * ({@link TenderValidation#harmonisedRegulation()}). Every amount is exact: values are compared as
 * {@link java.math.BigDecimal}s, never rounded. Written to JSON deterministically (properties in
 * alphabetical order, lists in the order stated on each accessor).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSaraAssessment.class)
@JsonDeserialize(as = ImmutableSaraAssessment.class)
public abstract class SaraAssessment {

    /** Conclusion: subject to harmonised regulation or not (LCSP arts. 19 to 22). */
    public static final String SARA = "SARA";

    /** Conclusion: the lots that may be, or are, exempted from the harmonised rules (LCSP arts. 20.2, 21.2, 22.2). */
    public static final String LOT_EXEMPTION = "LOT_EXEMPTION";

    /** Conclusion: the notices to publish and where (LCSP arts. 135.1 and 154.1). */
    public static final String PUBLICATION = "PUBLICATION";

    /** Conclusion: the minimum time limits for offers (LCSP arts. 156 and 159). */
    public static final String TIME_LIMITS = "TIME_LIMITS";

    /** Conclusion: whether the special appeal in procurement matters applies (LCSP art. 44.1). */
    public static final String SPECIAL_APPEAL = "SPECIAL_APPEAL";

    /** Conclusion: the standstill before formalisation (LCSP art. 153.3). */
    public static final String STANDSTILL = "STANDSTILL";

    /** Conclusion: what the assessment does not cover for this tender. */
    public static final String LIMITATION = "LIMITATION";

    SaraAssessment() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tender assessed.
     *
     * @return its id, not null
     */
    public abstract TenderId tender();

    /**
     * The type of contract assessed.
     *
     * @return the type, not null
     */
    public abstract ContractType contractType();

    /**
     * The kind of contracting authority assessed.
     *
     * @return the kind, not null
     */
    public abstract ContractingAuthorityKind authorityKind();

    /**
     * The characters of the services assessed.
     *
     * @return an unmodifiable set, possibly empty; not null
     */
    public abstract Set<ServiceCharacter> serviceCharacters();

    /**
     * The procedure assessed, which selects the time limits.
     *
     * @return the procedure, not null
     */
    public abstract ProcedureType procedure();

    /**
     * Tells whether the contract is subject to harmonised regulation: its value counted reaches the
     * threshold ("igual o superior", LCSP art. 19.1).
     *
     * @return true if subject to harmonised regulation
     */
    public abstract boolean subjectToHarmonisedRegulation();

    /**
     * The value compared with the threshold: the tender's estimated value, VAT excluded, which counts
     * every lot (LCSP art. 101.12).
     *
     * @return the value, not null
     */
    public abstract Money valueCounted();

    /**
     * The EU threshold applied.
     *
     * @return the threshold, not null
     */
    public abstract Money threshold();

    /**
     * The article that sets the threshold applied, e.g. {@code LCSP-22.1.b}.
     *
     * @return the article, not null
     */
    public abstract String thresholdArticle();

    /**
     * The validity of the thresholds applied.
     *
     * @return the period, not null
     */
    public abstract DateRange thresholdPeriod();

    /**
     * The limit below which a lot's value lets it be exempted from the harmonised rules (LCSP arts.
     * 20.2, 21.2, 22.2).
     *
     * @return the limit; empty where no lot exemption exists (concessions) or the contract is not
     *     subject to harmonised regulation or not divided into lots; not null
     */
    public abstract Optional<Money> lotExemptionLimit();

    /**
     * The most the exempted lots may add up to: 20 % of the value of all lots, shown rounded half up
     * to the cent (the comparison itself is exact).
     *
     * @return the amount; empty as {@link #lotExemptionLimit()}; not null
     */
    public abstract Optional<Money> lotExemptionCap();

    /**
     * The lots whose value is below {@link #lotExemptionLimit()}, in the tender's order. A lot's value
     * is known to the SDK only when the tender's estimated value equals the sum of the lots' budgets
     * (each lot's value is then its budget); otherwise no lot is listed, as the explanation says.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<LotId> lotsEligibleForExemption();

    /**
     * The largest number of eligible lots that may be exempted together without exceeding
     * {@link #lotExemptionCap()}: the smallest first, ties in the tender's order. The contracting
     * authority may exempt these, fewer or another combination within the cap ("podrán exceptuar").
     *
     * @return an unmodifiable list in the tender's order, possibly empty; not null
     */
    public abstract List<LotId> largestExemption();

    /**
     * The lots the contracting authority exempts, as given to
     * {@link HarmonisedRegulation#assess(io.otp.core.tender.Tender, LegalThresholds, Set)}; none by
     * default: every lot follows the harmonised rules unless the authority says otherwise.
     *
     * @return an unmodifiable list in the tender's order, possibly empty; not null
     */
    public abstract List<LotId> exemptedLots();

    /**
     * The sum of the values of {@link #exemptedLots()}.
     *
     * @return the amount; zero when none is exempted; not null
     */
    public abstract Money exemptedValue();

    /**
     * The notices the tender must publish, each with its article, in the order of
     * {@link PublicationObligation}.
     *
     * @return an unmodifiable list, possibly empty (minor contracts); not null
     */
    public abstract List<PublicationObligation> publications();

    /**
     * Tells whether the tender is published in the Official Journal of the European Union (DOUE/TED):
     * true when it is subject to harmonised regulation (LCSP arts. 135.1 and 154.1).
     *
     * @return true if a notice goes to the DOUE
     */
    public boolean publishedInDoue() {
        return publications().stream().anyMatch(PublicationObligation::isInDoue);
    }

    /**
     * The minimum time limits for offers of the tender's procedure: the general limit first, then the
     * reductions the article allows, each with its case.
     *
     * @return an unmodifiable list; empty for the procedures the SDK does not cover (see the
     *     explanation); not null
     */
    public abstract List<TimeLimit> offerTimeLimits();

    /**
     * Tells whether the special appeal in procurement matters applies (LCSP art. 44.1), by value and
     * type of contract only: works, works concessions and services concessions over 3,000,000 EUR,
     * supplies and services over 100,000 EUR.
     *
     * @return true if the contract is open to the special appeal
     */
    public abstract boolean specialAppeal();

    /**
     * The value the contract must exceed for the special appeal.
     *
     * @return the limit, not null
     */
    public abstract Money specialAppealLimit();

    /**
     * The article of the special-appeal limit applied: {@code LCSP-44.1.a} or {@code LCSP-44.1.c}.
     *
     * @return the article, not null
     */
    public abstract String specialAppealArticle();

    /**
     * The standstill before formalisation: 15 business days from sending the award notification
     * (LCSP art. 153.3), when the special appeal applies.
     *
     * @return the limit; empty when the special appeal does not apply; not null
     */
    public abstract Optional<TimeLimit> standstill();

    /**
     * Why each conclusion was reached, in the order of the conclusions above, each with its
     * article and the numbers compared.
     *
     * @return an unmodifiable, non-empty list; not null
     */
    public abstract List<Explanation> explanation();

    /** Builds {@link SaraAssessment}s; each attribute may be set once. */
    public static final class Builder extends ImmutableSaraAssessment.Builder {
        Builder() {
        }
    }
}
