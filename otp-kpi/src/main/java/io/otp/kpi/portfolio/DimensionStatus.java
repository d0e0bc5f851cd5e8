package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The status of a project (or a roll-up) in one {@link Dimension}: the level, and where it comes from
 * when it is a KPI's assessment (the KPI and the assessment's explanation).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDimensionStatus.class)
@JsonDeserialize(as = ImmutableDimensionStatus.class)
public abstract class DimensionStatus {

    DimensionStatus() {
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
     * Obtains a status set by judgement (no KPI behind it).
     *
     * @param dimension the dimension; not null
     * @param status the level; not null
     * @return the status, not null
     */
    public static DimensionStatus of(Dimension dimension, StatusLevel status) {
        return builder().dimension(dimension).status(status).build();
    }

    /**
     * Obtains the status a KPI's assessment gives a dimension, keeping the KPI and the English explanation
     * ({@link KpiAssessment#explanation()}).
     *
     * @param dimension the dimension the KPI stands for; not null
     * @param assessment the assessment; not null
     * @return the status, not null
     */
    public static DimensionStatus from(Dimension dimension, KpiAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return builder().dimension(dimension).status(assessment.status()).kpi(assessment.kpi())
            .explanation(assessment.explanation()).build();
    }

    /**
     * Obtains the status of a dimension measured by several KPIs (e.g. SPI and SPI(t) for the schedule):
     * the worst of their assessments, keeping that assessment's KPI and explanation; of equally bad
     * assessments, the one of the smallest KPI id.
     *
     * @param dimension the dimension; not null
     * @param scale the scale of the assessments; not null
     * @param assessments the assessments; not null; at least one; levels on the scale
     * @return the status, not null
     * @throws IllegalArgumentException if there is no assessment or a level is not on the scale
     */
    public static DimensionStatus worstOf(Dimension dimension, StatusScale scale, List<KpiAssessment> assessments) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(assessments, "assessments");
        KpiAssessment worst = assessments.stream()
            .min(Comparator.comparing((KpiAssessment a) -> scale.rank(a.status())).reversed()
                .thenComparing(KpiAssessment::kpi))
            .orElseThrow(() -> new IllegalArgumentException("no assessment of dimension " + dimension));
        return from(dimension, worst);
    }

    /**
     * The dimension.
     *
     * @return the dimension, not null
     */
    public abstract Dimension dimension();

    /**
     * The level on the portfolio's status scale.
     *
     * @return the level, not null
     */
    public abstract StatusLevel status();

    /**
     * The KPI whose assessment gave the status.
     *
     * @return the KPI, or empty for a judgement or a roll-up
     */
    public abstract Optional<KpiId> kpi();

    /**
     * Why the status is what it is.
     *
     * @return the explanation, or empty
     */
    public abstract Optional<String> explanation();

    /** Builds {@link DimensionStatus}; each attribute may be set once. */
    public static final class Builder extends ImmutableDimensionStatus.Builder {
        Builder() {
        }
    }
}
