package io.otp.core.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.time.DateRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The amounts and shares of Spanish public procurement law (Ley 9/2017, LCSP) in force during one
 * period: minor-contract limits, EU harmonised thresholds, the limits of the simplified open
 * procedures and the weights the law sets for award criteria.
 *
 * <p>Amounts are estimated values, VAT excluded (LCSP art. 101). How each is compared is part of
 * the rule that uses it and is stated on each accessor: a minor contract must be <em>below</em> its
 * limit, works in the simplified procedure may be <em>equal</em> to theirs. The EU thresholds change
 * every two years (Commission delegated regulations, applied through LCSP arts. 20 to 22), so they
 * are data with a validity period, never constants: a host adds new periods to a
 * {@link ThresholdTable}, typically by copying the latest period with {@link #withValidity(DateRange)}
 * and {@link #withEuThresholds(Money, Money, Money, Money)}.
 *
 * <p>The national limits that follow the EU thresholds (the lot exemption of LCSP arts. 20.2, 21.2
 * and 22.2, the special-appeal limits of art. 44.1) are attributes too, with the values of the LCSP
 * as defaults, so that a table written before they existed still reads.
 *
 * <p>Structural invariants, checked when built: every amount positive and in one currency; every
 * share above 0 % and at most 100 %; the committee size at least one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalThresholds.class)
@JsonDeserialize(as = ImmutableLegalThresholds.class)
public abstract class LegalThresholds {

    LegalThresholds() {
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
     * The days on which these amounts are in force, both ends included.
     *
     * @return the period, not null
     */
    public abstract DateRange validity();

    /**
     * The minor-contract limit for works (LCSP art. 118.1): a works contract is minor only with an
     * estimated value <em>below</em> it (40,000 EUR since 2018).
     *
     * @return the limit, positive
     */
    public abstract Money minorWorksLimit();

    /**
     * The minor-contract limit for supplies and services (LCSP art. 118.1): such a contract is minor
     * only with an estimated value <em>below</em> it (15,000 EUR since 2018).
     *
     * @return the limit, positive
     */
    public abstract Money minorSuppliesAndServicesLimit();

    /**
     * The EU threshold for works contracts, works concessions and services concessions (LCSP
     * arts. 20 and 21): contracts of that value or more are subject to harmonised regulation.
     *
     * @return the threshold, positive
     */
    public abstract Money euWorksAndConcessionsThreshold();

    /**
     * The EU threshold for supplies and services of central government authorities (LCSP arts. 21.1.a
     * and 22.1.a). It is also the limit of the simplified open procedure for supplies and services
     * (LCSP art. 159.1.a), see {@link #simplifiedSuppliesAndServicesLimit()}.
     *
     * @return the threshold, positive
     */
    public abstract Money euCentralSuppliesAndServicesThreshold();

    /**
     * The EU threshold for supplies and services of the other contracting authorities (LCSP arts.
     * 21.1.b and 22.1.b).
     *
     * @return the threshold, positive
     */
    public abstract Money euOtherSuppliesAndServicesThreshold();

    /**
     * The EU threshold for the social and other specific services of LCSP Annex IV (LCSP art. 22.1.c).
     *
     * @return the threshold, positive
     */
    public abstract Money euSocialServicesThreshold();

    /**
     * The largest estimated value of works that may follow the simplified open procedure (LCSP art.
     * 159.1.a): works qualify when their value is <em>equal to or below</em> it (2,000,000 EUR).
     *
     * @return the limit, positive
     */
    public abstract Money simplifiedWorksLimit();

    /**
     * The limit of the simplified open procedure for supplies and services (LCSP art. 159.1.a): their
     * estimated value must be <em>below</em> the EU threshold for supplies and services of central
     * government, which this method returns. The SDK reads art. 159.1.a as referring to that
     * threshold for every contracting authority, as DOMAIN.md states.
     *
     * @return {@link #euCentralSuppliesAndServicesThreshold()}, not null
     */
    public Money simplifiedSuppliesAndServicesLimit() {
        return euCentralSuppliesAndServicesThreshold();
    }

    /**
     * The largest share of a lot's points that value-judgment criteria may have in the simplified
     * open procedure (LCSP art. 159.1.b): 25 %, the share itself allowed.
     *
     * @return the share, above 0 % and at most 100 %
     */
    public abstract Percentage simplifiedValueJudgmentCap();

    /**
     * The same cap for intellectual services (LCSP art. 159.1.b, second sentence): 45 %.
     *
     * @return the share, above 0 % and at most 100 %
     */
    public abstract Percentage simplifiedIntellectualValueJudgmentCap();

    /**
     * The limit of the super-simplified open procedure for works (LCSP art. 159.6): works qualify when
     * their estimated value is <em>below</em> it (80,000 EUR).
     *
     * @return the limit, positive
     */
    public abstract Money superSimplifiedWorksLimit();

    /**
     * The limit of the super-simplified open procedure for supplies and services (LCSP art. 159.6):
     * they qualify when their estimated value is <em>below</em> it (60,000 EUR).
     *
     * @return the limit, positive
     */
    public abstract Money superSimplifiedSuppliesAndServicesLimit();

    /**
     * The least share of a lot's points that quality criteria must have in contracts of intellectual
     * services and of the services of Annex IV (LCSP art. 145.4): 51 %, the share itself allowed.
     *
     * @return the share, above 0 % and at most 100 %
     */
    public abstract Percentage minimumQualityShare();

    /**
     * The largest share of a lot's points that improvements (mejoras) may have where value-judgment
     * criteria outweigh formula criteria (LCSP art. 145.7): 2.5 %, the share itself allowed.
     *
     * @return the share, above 0 % and at most 100 %
     */
    public abstract Percentage improvementsCap();

    /**
     * The fewest experts of the committee that scores value-judgment criteria when they outweigh the
     * formula criteria in open and restricted procedures (LCSP art. 146.2.a): three.
     *
     * @return the number, at least 1
     */
    public abstract int minimumExpertCommitteeSize();

    /**
     * The limit below which a lot of works may be exempted from the harmonised rules when the whole
     * contract is subject to them (LCSP art. 20.2): lots of an estimated value <em>below</em> it
     * (1,000,000 EUR, Directive 2014/24/EU art. 5.10). Defaults to that amount, so tables written
     * before it existed keep working.
     *
     * @return the limit, positive
     */
    @Value.Default
    public Money lotExemptionWorksLimit() {
        return Money.euros(1_000_000);
    }

    /**
     * The limit below which a lot of supplies or services may be exempted from the harmonised rules
     * when the whole contract is subject to them (LCSP arts. 21.2 and 22.2): lots of an estimated
     * value <em>below</em> it (80,000 EUR, Directive 2014/24/EU art. 5.10). Defaults to that amount.
     *
     * @return the limit, positive
     */
    @Value.Default
    public Money lotExemptionSuppliesAndServicesLimit() {
        return Money.euros(80_000);
    }

    /**
     * The largest share of the value of all lots that the exempted lots may add up to (LCSP arts.
     * 20.2, 21.2 and 22.2: "no sobrepase el 20 por 100"), the share itself allowed. Defaults to 20 %.
     *
     * @return the share, above 0 % and at most 100 %
     */
    @Value.Default
    public Percentage lotExemptionShare() {
        return Percentage.of(20);
    }

    /**
     * The value that works contracts and works and services concessions must exceed to be open to
     * the special appeal in procurement matters (LCSP art. 44.1.a and 44.1.c: "superior a tres
     * millones de euros"), the value itself not included. Defaults to 3,000,000 EUR.
     *
     * @return the limit, positive
     */
    @Value.Default
    public Money specialAppealWorksAndConcessionsLimit() {
        return Money.euros(3_000_000);
    }

    /**
     * The value that supplies and services contracts must exceed to be open to the special appeal in
     * procurement matters (LCSP art. 44.1.a: "superior a cien mil euros"), the value itself not
     * included. Defaults to 100,000 EUR.
     *
     * @return the limit, positive
     */
    @Value.Default
    public Money specialAppealSuppliesAndServicesLimit() {
        return Money.euros(100_000);
    }

    /**
     * The minor-contract limit for a type of contract (LCSP art. 118.1): the works limit for works,
     * the supplies and services limit for supplies, services and mixed contracts. A mixed contract
     * follows its main object (LCSP art. 18), which the tender model does not record, so the SDK
     * applies the stricter limit of supplies and services. Concessions cannot be minor contracts.
     *
     * @param type the type of contract; not null
     * @return the limit; empty for works and services concessions; not null
     */
    public Optional<Money> minorContractLimit(ContractType type) {
        Objects.requireNonNull(type, "type");
        switch (type) {
            case WORKS:
                return Optional.of(minorWorksLimit());
            case SUPPLIES:
            case SERVICES:
            case MIXED:
                return Optional.of(minorSuppliesAndServicesLimit());
            default:
                return Optional.empty();
        }
    }

    /**
     * The EU harmonised threshold that applies to a contract (LCSP arts. 20 to 22): works and
     * concessions have one threshold; supplies and services have one for central government and one
     * for the other authorities; services of Annex IV have their own.
     *
     * @param type the type of contract; not null
     * @param authority the kind of contracting authority; not null
     * @param character the character of the services; not null
     * @return the threshold; empty for a mixed contract, whose threshold follows its main object
     *     (LCSP art. 18); not null
     */
    public Optional<Money> euThreshold(ContractType type, ContractingAuthorityKind authority,
                                       ServiceCharacter character) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(character, "character");
        switch (type) {
            case WORKS:
            case WORKS_CONCESSION:
            case SERVICES_CONCESSION:
                return Optional.of(euWorksAndConcessionsThreshold());
            case SERVICES:
                if (character == ServiceCharacter.ANNEX_IV) {
                    return Optional.of(euSocialServicesThreshold());
                }
                return Optional.of(suppliesAndServicesThreshold(authority));
            case SUPPLIES:
                return Optional.of(suppliesAndServicesThreshold(authority));
            default:
                return Optional.empty();
        }
    }

    private Money suppliesAndServicesThreshold(ContractingAuthorityKind authority) {
        return authority.isCentralGovernment()
            ? euCentralSuppliesAndServicesThreshold() : euOtherSuppliesAndServicesThreshold();
    }

    /**
     * The EU harmonised threshold of a contract whose services may have several characters (LCSP
     * arts. 20 to 22): as {@link #euThreshold(ContractType, ContractingAuthorityKind, ServiceCharacter)},
     * the threshold of Annex IV services applying to a services contract whose characters include
     * {@link ServiceCharacter#ANNEX_IV}, whatever else they include (a legal service is of Annex IV
     * and intellectual: its threshold is 750,000 EUR). For the supplies of
     * {@link ContractingAuthorityKind#CENTRAL_GOVERNMENT_DEFENCE} it returns the central-government
     * threshold, which art. 21.1.a applies to the products of LCSP Annex II; the SDK does not know
     * whether the products are of that annex, and the lower threshold is the one that never leaves a
     * contract subject to harmonised regulation outside it.
     *
     * @param type the type of contract; not null
     * @param authority the kind of contracting authority; not null
     * @param characters the characters of the services; not null, no null element
     * @return the threshold; empty for a mixed contract (LCSP art. 18); not null
     */
    public Optional<Money> euThreshold(ContractType type, ContractingAuthorityKind authority,
                                       java.util.Set<ServiceCharacter> characters) {
        Objects.requireNonNull(characters, "characters");
        return euThreshold(type, authority,
            characters.contains(ServiceCharacter.ANNEX_IV) ? ServiceCharacter.ANNEX_IV : ServiceCharacter.ORDINARY);
    }

    /**
     * Returns these amounts for another period, for example the next two years when only the EU
     * thresholds change.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param validity the new period; not null
     * @return the copy, not null
     */
    public LegalThresholds withValidity(DateRange validity) {
        return ((ImmutableLegalThresholds) ImmutableLegalThresholds.copyOf(this)).withValidity(validity);
    }

    /**
     * Returns these amounts with other EU thresholds (LCSP arts. 20 to 22), the other limits unchanged.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param worksAndConcessions the threshold for works and concessions; not null; positive
     * @param centralSuppliesAndServices the threshold for supplies and services of central
     *     government; not null; positive
     * @param otherSuppliesAndServices the threshold for supplies and services of other authorities;
     *     not null; positive
     * @param socialServices the threshold for services of Annex IV; not null; positive
     * @return the copy, not null
     * @throws ValidationException if an amount is not positive or in another currency
     */
    public LegalThresholds withEuThresholds(Money worksAndConcessions, Money centralSuppliesAndServices,
                                            Money otherSuppliesAndServices, Money socialServices) {
        return ((ImmutableLegalThresholds) ImmutableLegalThresholds.copyOf(this))
            .withEuWorksAndConcessionsThreshold(worksAndConcessions)
            .withEuCentralSuppliesAndServicesThreshold(centralSuppliesAndServices)
            .withEuOtherSuppliesAndServicesThreshold(otherSuppliesAndServices)
            .withEuSocialServicesThreshold(socialServices);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("minorWorksLimit", minorWorksLimit());
        amounts.put("minorSuppliesAndServicesLimit", minorSuppliesAndServicesLimit());
        amounts.put("euWorksAndConcessionsThreshold", euWorksAndConcessionsThreshold());
        amounts.put("euCentralSuppliesAndServicesThreshold", euCentralSuppliesAndServicesThreshold());
        amounts.put("euOtherSuppliesAndServicesThreshold", euOtherSuppliesAndServicesThreshold());
        amounts.put("euSocialServicesThreshold", euSocialServicesThreshold());
        amounts.put("simplifiedWorksLimit", simplifiedWorksLimit());
        amounts.put("superSimplifiedWorksLimit", superSimplifiedWorksLimit());
        amounts.put("superSimplifiedSuppliesAndServicesLimit", superSimplifiedSuppliesAndServicesLimit());
        amounts.put("lotExemptionWorksLimit", lotExemptionWorksLimit());
        amounts.put("lotExemptionSuppliesAndServicesLimit", lotExemptionSuppliesAndServicesLimit());
        amounts.put("specialAppealWorksAndConcessionsLimit", specialAppealWorksAndConcessionsLimit());
        amounts.put("specialAppealSuppliesAndServicesLimit", specialAppealSuppliesAndServicesLimit());
        amounts.forEach((field, amount) -> {
            if (!amount.isPositive()) {
                v.add(Violation.of(field, "OTP-THRESHOLD-AMOUNT", "io.otp.core.rules.thresholds.amount",
                    "field", field, "value", amount));
            }
            if (!amount.currency().equals(minorWorksLimit().currency())) {
                v.add(Violation.of(field, "OTP-MONEY-CURRENCY", "io.otp.core.money.currency",
                    "left", minorWorksLimit().currency().getCurrencyCode(),
                    "right", amount.currency().getCurrencyCode()));
            }
        });
        Map<String, Percentage> shares = new LinkedHashMap<>();
        shares.put("simplifiedValueJudgmentCap", simplifiedValueJudgmentCap());
        shares.put("simplifiedIntellectualValueJudgmentCap", simplifiedIntellectualValueJudgmentCap());
        shares.put("minimumQualityShare", minimumQualityShare());
        shares.put("improvementsCap", improvementsCap());
        shares.put("lotExemptionShare", lotExemptionShare());
        shares.forEach((field, share) -> {
            if (share.value().signum() <= 0 || share.isGreaterThan(Percentage.HUNDRED)) {
                v.add(Violation.of(field, "OTP-THRESHOLD-SHARE", "io.otp.core.rules.thresholds.share",
                    "field", field, "value", share));
            }
        });
        if (minimumExpertCommitteeSize() < 1) {
            v.add(Violation.of("minimumExpertCommitteeSize", "OTP-THRESHOLD-COMMITTEE",
                "io.otp.core.rules.thresholds.committee", "value", minimumExpertCommitteeSize()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link LegalThresholds}; each attribute may be set once. */
    public static final class Builder extends ImmutableLegalThresholds.Builder {
        Builder() {
        }
    }
}
