package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measured value of a KPI: which KPI, the date the value refers to, the value, and optionally a
 * weight (for {@link Aggregation#WEIGHTED_MEAN}) and a note.
 *
 * <p>The date places the measurement in a period of the KPI's {@link KpiFrequency}: a monthly value
 * for March 2026 may be dated 2026-03-31 (the usual status date) or any other day of March. The
 * weight, where given, is positive: a measurement that should not count is left out rather than
 * weighted zero, so a weighted mean is always defined.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
public abstract class Measurement {

    Measurement() {
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
     * A measurement without weight or note.
     *
     * @param kpi the KPI; not null
     * @param date the date the value refers to; not null
     * @param value the value, in the KPI's unit; not null
     * @return the measurement, not null
     */
    public static Measurement of(KpiId kpi, LocalDate date, BigDecimal value) {
        return builder().kpi(kpi).date(date).value(value).build();
    }

    /**
     * The KPI measured.
     *
     * @return the KPI's id, not null
     */
    public abstract KpiId kpi();

    /**
     * The date the value refers to (the status date of its period).
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The value, in the KPI's unit, exact as given.
     *
     * @return the value, not null
     */
    public abstract BigDecimal value();

    /**
     * The weight of the value in a {@link Aggregation#WEIGHTED_MEAN}, e.g. the number of deliverables
     * a percentage was computed on.
     *
     * @return the weight, positive; empty if none
     */
    public abstract Optional<BigDecimal> weight();

    /**
     * A note, e.g. the source of the figure.
     *
     * @return the note; empty if none
     */
    public abstract Optional<String> note();

    @Value.Check
    void check() {
        if (weight().isPresent() && weight().get().signum() <= 0) {
            throw new ValidationException(Violation.of("weight", "OTP-KPI-WEIGHT",
                "io.otp.kpi.indicator.measurement.weight", "value", OtpMessages.number(weight().get())));
        }
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    Measurement plainDecimals() {
        return ((ImmutableMeasurement) ImmutableMeasurement.copyOf(this))
            .withValue(plain(value()))
            .withWeight(plain(weight()));
    }

    /** Builds {@link Measurement}; each attribute may be set once. */
    public static final class Builder extends ImmutableMeasurement.Builder {
        Builder() {
        }
    }
}
