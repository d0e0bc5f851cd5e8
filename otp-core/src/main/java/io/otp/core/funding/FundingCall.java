package io.otp.core.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.id.FundingCallId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A call for funding of a programme (DOMAIN section 8; in Spain a "convocatoria" published in the
 * BDNS): who may apply, for what sectors and regions, how much money and when.
 *
 * <p>Structural rules, checked whenever a call is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field):
 * <ul>
 *   <li>the title is not blank ({@code OTP-FUNDING-TITLE});</li>
 *   <li>every amount is in the currency of the total budget ({@code OTP-FUNDING-CURRENCY});</li>
 *   <li>the total budget is greater than zero, the minimum grant is not negative, and
 *       minimum grant &lt;= maximum grant &lt;= total budget ({@code OTP-FUNDING-GRANT});</li>
 *   <li>the co-financing rate is greater than 0 % and at most 100 % ({@code OTP-FUNDING-RATE});</li>
 *   <li>the opening date is before the closing date ({@code OTP-FUNDING-DATES}).</li>
 * </ul>
 *
 * <p>An empty set of eligible beneficiaries, CPV codes or regions means the call is not restricted
 * on that point. The status is not stored: it follows from the dates ({@link #statusOn(LocalDate)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingCall.class)
@JsonDeserialize(as = ImmutableFundingCall.class)
public abstract class FundingCall implements Aggregate<FundingCallId> {

    FundingCall() {
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
     * The call's identifier, e.g. the BDNS "numeroConvocatoria".
     *
     * @return the id, not null
     */
    @Override
    public abstract FundingCallId id();

    /**
     * The programme the call belongs to.
     *
     * @return the programme, not null
     */
    public abstract FundingProgramme programme();

    /**
     * The call's title.
     *
     * @return the title, not blank, not null
     */
    public abstract String title();

    /**
     * The kinds of organisation that may apply (BDNS "tiposBeneficiarios").
     *
     * @return an unmodifiable set in natural order, empty when any kind may apply; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<OrganisationKind> eligibleBeneficiaries();

    /**
     * The sectors funded, as CPV codes (BDNS "sectores"); a need matches a code when one of its own
     * codes lies in the same CPV division.
     *
     * @return an unmodifiable set in natural order, empty when every sector is eligible; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<CpvCode> cpvCodes();

    /**
     * The eligible regions (BDNS "regiones"); a region matches when it lies within one of them.
     *
     * @return an unmodifiable set in natural order, empty when every region is eligible; not null
     */
    @Value.NaturalOrder
    public abstract SortedSet<NutsCode> regions();

    /**
     * The money the call distributes (BDNS "presupuestoTotal").
     *
     * @return the budget, greater than zero, not null
     */
    public abstract Money totalBudget();

    /**
     * The share of an eligible cost the programme pays.
     *
     * @return the rate, above 0 % and at most 100 %, not null
     */
    public abstract Percentage coFinancingRate();

    /**
     * The smallest grant awarded.
     *
     * @return the amount, not negative, not null
     */
    public abstract Money minimumGrant();

    /**
     * The largest grant awarded.
     *
     * @return the amount, between the minimum grant and the total budget, not null
     */
    public abstract Money maximumGrant();

    /**
     * The first day applications are accepted (BDNS "fechaInicioSolicitud").
     *
     * @return the date, before the closing date, not null
     */
    public abstract LocalDate openingDate();

    /**
     * The last day applications are accepted (BDNS "fechaFinSolicitud").
     *
     * @return the date, not null
     */
    public abstract LocalDate closingDate();

    /**
     * Where the call stands on a day.
     *
     * @param day the day; not null
     * @return {@link FundingCallStatus#FORECAST} before the opening date, {@link FundingCallStatus#CLOSED}
     *     after the closing date, otherwise {@link FundingCallStatus#OPEN}; not null
     * @throws NullValueException if the day is null
     */
    public FundingCallStatus statusOn(LocalDate day) {
        if (day == null) {
            throw new NullValueException("day");
        }
        if (day.isBefore(openingDate())) {
            return FundingCallStatus.FORECAST;
        }
        return day.isAfter(closingDate()) ? FundingCallStatus.CLOSED : FundingCallStatus.OPEN;
    }

    /**
     * Tells whether a kind of organisation may apply.
     *
     * @param kind the kind; not null
     * @return true if the call lists no beneficiaries or lists this kind
     */
    public boolean admits(OrganisationKind kind) {
        return eligibleBeneficiaries().isEmpty() || eligibleBeneficiaries().contains(kind);
    }

    /**
     * Tells whether a region is eligible.
     *
     * @param region the region; not null
     * @return true if the call lists no regions or the region lies within one of them
     */
    public boolean covers(NutsCode region) {
        return regions().isEmpty() || regions().stream().anyMatch(region::isWithin);
    }

    /**
     * The query values: {@link #DATE} is the closing date, so calls can be listed by deadline.
     *
     * @return an unmodifiable map, not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(DATE, closingDate().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (title().isBlank()) {
            violations.add(Violation.of("title", "OTP-FUNDING-TITLE", "io.otp.core.funding.call.title.blank",
                "call", id()));
        }
        checkAmounts(violations);
        if (coFinancingRate().compareTo(Percentage.ZERO) <= 0 || coFinancingRate().isGreaterThan(Percentage.HUNDRED)) {
            violations.add(Violation.of("coFinancingRate", "OTP-FUNDING-RATE", "io.otp.core.funding.call.rate",
                "call", id(), "value", coFinancingRate()));
        }
        if (!openingDate().isBefore(closingDate())) {
            violations.add(Violation.of("closingDate", "OTP-FUNDING-DATES", "io.otp.core.funding.call.dates",
                "call", id(), "opening", openingDate(), "value", closingDate()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkAmounts(List<Violation> violations) {
        boolean sameCurrency = true;
        for (String field : List.of("minimumGrant", "maximumGrant")) {
            Money amount = field.equals("minimumGrant") ? minimumGrant() : maximumGrant();
            if (!amount.currency().equals(totalBudget().currency())) {
                sameCurrency = false;
                violations.add(Violation.of(field, "OTP-FUNDING-CURRENCY", "io.otp.core.funding.currency",
                    "value", amount, "expected", totalBudget().currency()));
            }
        }
        if (!totalBudget().isPositive()) {
            violations.add(Violation.of("totalBudget", "OTP-FUNDING-GRANT", "io.otp.core.funding.call.budget.positive",
                "call", id(), "value", totalBudget()));
        }
        if (minimumGrant().isNegative()) {
            violations.add(Violation.of("minimumGrant", "OTP-FUNDING-GRANT", "io.otp.core.funding.call.grant.negative",
                "call", id(), "value", minimumGrant()));
        }
        if (!sameCurrency) {
            return;
        }
        if (minimumGrant().isGreaterThan(maximumGrant())) {
            violations.add(Violation.of("minimumGrant", "OTP-FUNDING-GRANT", "io.otp.core.funding.call.grant.minAboveMax",
                "call", id(), "value", minimumGrant(), "max", maximumGrant()));
        }
        if (maximumGrant().isGreaterThan(totalBudget())) {
            violations.add(Violation.of("maximumGrant", "OTP-FUNDING-GRANT", "io.otp.core.funding.call.grant.aboveBudget",
                "call", id(), "value", maximumGrant(), "budget", totalBudget()));
        }
    }

    /** Builds {@link FundingCall}s; obtain one from {@link FundingCall#builder()}. */
    public static final class Builder extends ImmutableFundingCall.Builder {
        Builder() {
        }
    }
}
