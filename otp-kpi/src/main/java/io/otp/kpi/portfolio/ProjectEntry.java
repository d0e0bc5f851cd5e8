package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.ProjectId;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.indicator.StatusLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project as the portfolio sees it: id, name, its earned-value series (at the portfolio's status
 * date), its status per {@link Dimension} (from KPI assessments or judgement), the counts of late and
 * overdue milestones when known, and the risks and action items to show.
 *
 * <p>Validation reports every problem at once: a blank name ({@code name},
 * {@code OTP-PORTFOLIO-BLANK}), a dimension assessed twice ({@code statuses[i].dimension},
 * {@code OTP-PORTFOLIO-DUPLICATE}), a negative count ({@code lateMilestones},
 * {@code overdueMilestones}, {@code OTP-PORTFOLIO-COUNT}) and an attention reference used twice
 * ({@code attention[i].reference}, {@code OTP-PORTFOLIO-DUPLICATE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectEntry.class)
@JsonDeserialize(as = ImmutableProjectEntry.class)
public abstract class ProjectEntry {

    ProjectEntry() {
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
     * The project's id, unique in the portfolio.
     *
     * @return the id, not null
     */
    public abstract ProjectId projectId();

    /**
     * The project's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The project's earned-value series; its status date is the portfolio's.
     *
     * @return the series, not null
     */
    public abstract EvmSeries evm();

    /**
     * The project's status per dimension, at most one per dimension; dimensions not assessed are absent.
     *
     * @return the statuses, possibly empty, not null
     */
    public abstract List<DimensionStatus> statuses();

    /**
     * The number of milestones whose forecast is later than their baseline, when known.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> lateMilestones();

    /**
     * The number of milestones past their due date and not met at the status date, when known.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> overdueMilestones();

    /**
     * The project's risks and action items to show on the dashboard.
     *
     * @return the items, possibly empty, not null
     */
    public abstract List<AttentionItem> attention();

    /**
     * The project's statuses in {@link Dimension} order.
     *
     * @return the statuses, not null
     */
    public List<DimensionStatus> sortedStatuses() {
        List<DimensionStatus> sorted = new ArrayList<>(statuses());
        sorted.sort(Comparator.comparing(DimensionStatus::dimension));
        return List.copyOf(sorted);
    }

    /**
     * The status in one dimension.
     *
     * @param dimension the dimension; not null
     * @return the status, or empty when the dimension is not assessed
     */
    public Optional<DimensionStatus> status(Dimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return statuses().stream().filter(s -> s.dimension() == dimension).findFirst();
    }

    /**
     * The overall status under a policy.
     *
     * @param scale the portfolio's scale; not null; holding every level of the statuses
     * @param policy the policy; not null
     * @return the overall status, or empty when no dimension is assessed
     * @throws IllegalArgumentException if a status is not on the scale
     */
    public Optional<StatusLevel> overall(StatusScale scale, OverallStatusPolicy policy) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(policy, "policy");
        return statuses().isEmpty() ? Optional.empty() : Optional.of(policy.overall(sortedStatuses(), scale));
    }

    /**
     * The project's own earned-value figures at its status date ({@link EvmSummary#of(EvmSeries)}).
     *
     * @return the figures, not null
     */
    public EvmSummary summary() {
        return EvmSummary.of(evm());
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-PORTFOLIO-BLANK", "io.otp.kpi.portfolio.blank", "field", "name"));
        }
        Map<Dimension, Integer> dims = new HashMap<>();
        for (int i = 0; i < statuses().size(); i++) {
            Integer first = dims.putIfAbsent(statuses().get(i).dimension(), i);
            if (first != null) {
                v.add(Violation.of("statuses[" + i + "].dimension", "OTP-PORTFOLIO-DUPLICATE",
                    "io.otp.kpi.portfolio.duplicateDimension", "value", statuses().get(i).dimension(),
                    "first", "statuses[" + first + "]"));
            }
        }
        lateMilestones().filter(n -> n < 0).ifPresent(n -> v.add(Violation.of("lateMilestones",
            "OTP-PORTFOLIO-COUNT", "io.otp.kpi.portfolio.negativeCount", "field", "lateMilestones", "value", n)));
        overdueMilestones().filter(n -> n < 0).ifPresent(n -> v.add(Violation.of("overdueMilestones",
            "OTP-PORTFOLIO-COUNT", "io.otp.kpi.portfolio.negativeCount", "field", "overdueMilestones", "value", n)));
        Map<String, Integer> refs = new HashMap<>();
        for (int i = 0; i < attention().size(); i++) {
            Integer first = refs.putIfAbsent(attention().get(i).reference(), i);
            if (first != null) {
                v.add(Violation.of("attention[" + i + "].reference", "OTP-PORTFOLIO-DUPLICATE",
                    "io.otp.kpi.portfolio.duplicateReference", "value", attention().get(i).reference(),
                    "first", "attention[" + first + "]"));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link ProjectEntry}; each attribute may be set once. */
    public static final class Builder extends ImmutableProjectEntry.Builder {
        Builder() {
        }
    }
}
