package io.otp.kpi.evm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The earned-value data of a project (or control account) per reporting period: the cumulative planned
 * value (PV, BCWS) of the whole baseline, the cumulative earned value (EV, BCWP) and actual cost (AC,
 * ACWP) reported so far, the budget at completion (BAC) and the status date.
 *
 * <p>Periods are numbered 1 to N and identified by the date they end ({@link #periodEnds()}, strictly
 * increasing; monthly periods usually end on the last day of the month). Time 0 is the start of the
 * project, where every cumulative value is zero. The series follow ANSI/EIA-748 and the PMI
 * <i>Practice Standard for Earned Value Management</i>:
 * <ul>
 *   <li>{@link #pv()} covers every period of the list (N values): the performance measurement baseline.
 *       It reaches BAC at the planned finish; when the project runs past the planned finish, the list of
 *       periods goes on and PV stays at BAC (Lipke's earned schedule reads the planned duration from
 *       there: the first period whose PV equals BAC).</li>
 *   <li>{@link #ev()} and {@link #ac()} have one value per period reported so far (M values,
 *       1 &le; M &le; N), the same number for both.</li>
 *   <li>{@link #bac()} is the planned value at completion and must equal the last PV.</li>
 *   <li>{@link #statusDate()} is the end of the period the figures are computed at: one of the period
 *       ends, within the periods reported. Figures of an earlier period (for a trend) are obtained with
 *       a copy that has an earlier status date.</li>
 * </ul>
 *
 * <p>Validation reports every problem at once, each with its path: a decreasing cumulative value
 * ({@code ev[3]}, rule {@code OTP-EVM-CUMULATIVE}), a negative amount ({@code OTP-EVM-NEGATIVE}), a
 * currency other than BAC's ({@code OTP-EVM-CURRENCY}), series of different lengths
 * ({@code OTP-EVM-LENGTH}), earned value above BAC ({@code OTP-EVM-EV-ABOVE-BAC}), a BAC that is not
 * positive or differs from the last PV ({@code OTP-EVM-BAC}), period ends out of order
 * ({@code OTP-EVM-PERIOD-ORDER}) and a status date that is not a reported period end of the plan
 * ({@code OTP-EVM-STATUS}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvmSeries.class)
@JsonDeserialize(as = ImmutableEvmSeries.class)
public abstract class EvmSeries {

    EvmSeries() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the date each period ends, strictly increasing: period {@code t} (1-based) ends on
     * {@code periodEnds().get(t - 1)}.
     *
     * @return the period ends, at least one, not null
     */
    public abstract List<LocalDate> periodEnds();

    /**
     * Returns the cumulative planned value (BCWS) at the end of each period, one per period end,
     * non-decreasing, ending at BAC.
     *
     * @return the planned values, not null
     */
    public abstract List<Money> pv();

    /**
     * Returns the cumulative earned value (BCWP) at the end of each period reported, non-decreasing,
     * at most BAC.
     *
     * @return the earned values, at least one, not null
     */
    public abstract List<Money> ev();

    /**
     * Returns the cumulative actual cost (ACWP) at the end of each period reported, non-decreasing;
     * as many values as {@link #ev()}.
     *
     * @return the actual costs, not null
     */
    public abstract List<Money> ac();

    /**
     * Returns the budget at completion: the total planned value, positive, equal to the last PV; its
     * currency is the currency of every amount of the series.
     *
     * @return the budget at completion, not null
     */
    public abstract Money bac();

    /**
     * Returns the end of the status period: the period at which figures are computed.
     *
     * @return the status date, one of the period ends reported, not null
     */
    public abstract LocalDate statusDate();

    /**
     * Returns the number of the status period (1-based), which is also the actual time AT in periods.
     *
     * @return the status period, 1 or more
     */
    public int statusPeriod() {
        return periodEnds().indexOf(statusDate()) + 1;
    }

    /**
     * Returns the planned duration PD in periods: the first period whose cumulative PV equals BAC
     * (Lipke, "Schedule is different", 2003).
     *
     * @return the planned duration, 1 or more
     */
    public int plannedDuration() {
        List<Money> pv = pv();
        for (int t = 0; t < pv.size(); t++) {
            if (pv.get(t).amount().compareTo(bac().amount()) == 0) {
                return t + 1;
            }
        }
        return pv.size();
    }

    /**
     * Returns the cumulative planned value at the status date.
     *
     * @return PV, not null
     */
    public Money pvAtStatus() {
        return pv().get(statusPeriod() - 1);
    }

    /**
     * Returns the cumulative earned value at the status date.
     *
     * @return EV, not null
     */
    public Money evAtStatus() {
        return ev().get(statusPeriod() - 1);
    }

    /**
     * Returns the cumulative actual cost at the status date.
     *
     * @return AC, not null
     */
    public Money acAtStatus() {
        return ac().get(statusPeriod() - 1);
    }

    /**
     * Returns a copy of this series whose status date is another reported period end, e.g. to compute
     * the figures of every period for a trend.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param date the new status date; not null; a reported period end
     * @return the copy, not null
     * @throws ValidationException if the date is not a reported period end
     */
    public EvmSeries withStatusDate(LocalDate date) {
        return ((ImmutableEvmSeries) ImmutableEvmSeries.copyOf(this)).withStatusDate(date);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        Money bac = bac();
        String currency = bac.currency().getCurrencyCode();
        checkPeriods(violations);
        if (pv().size() != periodEnds().size()) {
            violations.add(Violation.of("pv", "OTP-EVM-LENGTH", "io.otp.kpi.evm.pvLength",
                "count", pv().size(), "periods", periodEnds().size()));
        }
        if (ev().isEmpty()) {
            violations.add(Violation.of("ev", "OTP-EVM-LENGTH", "io.otp.kpi.evm.noActuals"));
        }
        if (ac().size() != ev().size()) {
            violations.add(Violation.of("ac", "OTP-EVM-LENGTH", "io.otp.kpi.evm.acLength",
                "count", ac().size(), "ev", ev().size()));
        }
        if (ev().size() > periodEnds().size()) {
            violations.add(Violation.of("ev", "OTP-EVM-LENGTH", "io.otp.kpi.evm.evLength",
                "count", ev().size(), "periods", periodEnds().size()));
        }
        if (bac.amount().signum() <= 0) {
            violations.add(Violation.of("bac", "OTP-EVM-BAC", "io.otp.kpi.evm.bacPositive", "value", bac));
        }
        checkSeries("pv", pv(), bac, violations);
        checkSeries("ev", ev(), bac, violations);
        checkSeries("ac", ac(), bac, violations);
        for (int t = 0; t < ev().size(); t++) {
            Money ev = ev().get(t);
            if (ev.currency().equals(bac.currency()) && ev.isGreaterThan(bac)) {
                violations.add(Violation.of("ev[" + t + "]", "OTP-EVM-EV-ABOVE-BAC", "io.otp.kpi.evm.evAboveBac",
                    "value", ev, "bac", bac));
            }
        }
        if (!pv().isEmpty()) {
            Money last = pv().get(pv().size() - 1);
            if (last.currency().equals(bac.currency()) && last.compareTo(bac) != 0) {
                violations.add(Violation.of("bac", "OTP-EVM-BAC", "io.otp.kpi.evm.bacNotLastPv",
                    "value", bac, "pv", last, "currency", currency));
            }
        }
        checkStatus(violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkPeriods(List<Violation> violations) {
        List<LocalDate> ends = periodEnds();
        if (ends.isEmpty()) {
            violations.add(Violation.of("periodEnds", "OTP-EVM-LENGTH", "io.otp.kpi.evm.noPeriods"));
        }
        for (int t = 1; t < ends.size(); t++) {
            if (!ends.get(t).isAfter(ends.get(t - 1))) {
                violations.add(Violation.of("periodEnds[" + t + "]", "OTP-EVM-PERIOD-ORDER",
                    "io.otp.kpi.evm.periodOrder", "value", ends.get(t), "previous", ends.get(t - 1)));
            }
        }
    }

    private void checkStatus(List<Violation> violations) {
        List<LocalDate> ends = periodEnds();
        if (ends.isEmpty()) {
            return;
        }
        LocalDate status = statusDate();
        int index = ends.indexOf(status);
        if (index < 0) {
            boolean inside = !status.isBefore(ends.get(0)) && !status.isAfter(ends.get(ends.size() - 1));
            violations.add(Violation.of("statusDate", "OTP-EVM-STATUS",
                inside ? "io.otp.kpi.evm.statusNotPeriodEnd" : "io.otp.kpi.evm.statusOutsidePlan",
                "value", status, "first", ends.get(0), "last", ends.get(ends.size() - 1)));
        } else if (index >= ev().size() || index >= ac().size()) {
            int reported = Math.min(ev().size(), ac().size());
            violations.add(Violation.of("statusDate", "OTP-EVM-STATUS", "io.otp.kpi.evm.statusNotReported",
                "value", status, "period", index + 1, "reported", reported));
        }
    }

    private static void checkSeries(String name, List<Money> series, Money bac, List<Violation> violations) {
        Money previous = null;
        for (int t = 0; t < series.size(); t++) {
            Money value = series.get(t);
            String path = name + "[" + t + "]";
            if (!value.currency().equals(bac.currency())) {
                violations.add(Violation.of(path, "OTP-EVM-CURRENCY", "io.otp.kpi.evm.currency",
                    "value", value, "currency", bac.currency().getCurrencyCode()));
                continue;
            }
            if (value.isNegative()) {
                violations.add(Violation.of(path, "OTP-EVM-NEGATIVE", "io.otp.kpi.evm.negative",
                    "value", value));
            }
            if (previous != null && value.isLessThan(previous)) {
                violations.add(Violation.of(path, "OTP-EVM-CUMULATIVE", "io.otp.kpi.evm.decreasing",
                    "value", value, "previous", previous, "period", t + 1));
            }
            previous = value;
        }
    }

    /** Builds {@link EvmSeries}; each attribute may be set once. */
    public static final class Builder extends ImmutableEvmSeries.Builder {
        Builder() {
        }
    }
}
