package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.StatusLevel;
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
