package io.otp.kpi.trend;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.MilestoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The forecasts of a contract's milestones as they stood on one report date: one column of the
 * milestone trend chart.
 *
 * <p>Structural rule ({@code KPI-TREND-SNAPSHOT}): every forecast is of the snapshot's report date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrendSnapshot.class)
@JsonDeserialize(as = ImmutableTrendSnapshot.class)
public abstract class TrendSnapshot {

    TrendSnapshot() {
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
     * The report date.
     *
     * @return the date, not null
     */
    public abstract LocalDate reportDate();

    /**
     * The forecast of each milestone whose line has not ended before this date, in the order the
     * milestones were given.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<MilestoneForecast> forecasts();

    /**
     * The forecast of one milestone.
     *
     * @param milestone the milestone; not null
     * @return the forecast, empty if the milestone has no point on this date; not null
     * @throws ValidationException if the argument is null
     */
    public Optional<MilestoneForecast> forecast(MilestoneId milestone) {
        Arguments.require(milestone, "milestone");
        return forecasts().stream().filter(f -> f.milestone().equals(milestone)).findFirst();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < forecasts().size(); i++) {
            if (!forecasts().get(i).reportDate().equals(reportDate())) {
                v.add(Violation.of("forecasts[" + i + "].reportDate", "KPI-TREND-SNAPSHOT",
                    "io.otp.kpi.trend.snapshot.date", "value", forecasts().get(i).reportDate(),
                    "expected", reportDate()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link TrendSnapshot}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTrendSnapshot.Builder {
        Builder() {
        }
    }
}
