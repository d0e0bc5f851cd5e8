package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One entry of a milestone's forecast history: on the report date, the milestone was forecast for
 * the forecast date. The history of these revisions is what milestone trend analysis draws.
 *
 * <p>A forecast may lie before its report date only for a milestone already reached; the SDK does
 * not check it, because reports sometimes record the achievement date after the fact.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForecastRevision.class)
@JsonDeserialize(as = ImmutableForecastRevision.class)
public abstract class ForecastRevision {

    ForecastRevision() {
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
     * Obtains a revision.
     *
     * @param reportDate the date of the report that gave the forecast; not null
     * @param forecastDate the date forecast for the milestone; not null
     * @return the revision, not null
     * @throws io.otp.core.ValidationException if a date is null
     */
    public static ForecastRevision of(LocalDate reportDate, LocalDate forecastDate) {
        return builder().reportDate(reportDate).forecastDate(forecastDate).build();
    }

    /**
     * The date of the progress report that gave the forecast.
     *
     * @return the date, not null
     */
    public abstract LocalDate reportDate();

    /**
     * The date the milestone was forecast for in that report.
     *
     * @return the date, not null
     */
    public abstract LocalDate forecastDate();

    /** Builds {@link ForecastRevision}s; each attribute may be set once. */
    public static final class Builder extends ImmutableForecastRevision.Builder {
        Builder() {
        }
    }
}
