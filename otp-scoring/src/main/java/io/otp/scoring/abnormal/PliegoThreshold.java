package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters a pliego sets for abnormally low offers in a lot with several criteria (LCSP art.
 * 149.2.b), read by the built-in rule {@code price-below-mean}: an offer is presumed abnormal when its
 * price is more than {@link #belowMean()} units below the mean of the other offers (in the reading of
 * {@link AbnormalityInput#units()}) and, when {@link #technicalShare()} is given, its technical score
 * also exceeds that share of {@link #technicalMaximum()} (the common clause "y la puntuación técnica
 * supere el Y % de la máxima": a cheap offer with a high quality score is the suspicious one).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePliegoThreshold.class)
@JsonDeserialize(as = ImmutablePliegoThreshold.class)
public abstract class PliegoThreshold {

    PliegoThreshold() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * X: how many units below the mean of the other offers make a price abnormal.
     *
     * @return the units, more than 0 and less than 100; not null
     */
    public abstract Percentage belowMean();

    /**
     * Y: the share of the technical maximum the technical score must strictly exceed for the offer to be
     * flagged; empty when the pliego has no technical condition.
     *
     * @return the share; empty for none
     */
    public abstract Optional<Percentage> technicalShare();

    /**
     * The maximum technical score, required with {@link #technicalShare()}.
     *
     * @return the maximum; empty when there is no technical condition
     */
    public abstract Optional<Points> technicalMaximum();

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (belowMean().value().signum() <= 0 || belowMean().compareTo(Percentage.HUNDRED) >= 0) {
            violations.add(Violation.of("belowMean", "LCSP-149.2.b", "io.otp.scoring.abnormal.belowMean",
                "value", belowMean().value().toPlainString()));
        }
        if (technicalShare().isPresent() != technicalMaximum().isPresent()) {
            violations.add(Violation.of("technicalMaximum", "LCSP-149.2.b",
                "io.otp.scoring.abnormal.technicalPair"));
        }
        technicalShare().filter(s -> s.compareTo(Percentage.HUNDRED) > 0).ifPresent(s -> violations.add(
            Violation.of("technicalShare", "LCSP-149.2.b", "io.otp.scoring.abnormal.technicalShare",
                "value", s.value().toPlainString())));
        technicalMaximum().filter(m -> m.value().signum() == 0).ifPresent(m -> violations.add(
            Violation.of("technicalMaximum", "LCSP-149.2.b", "io.otp.scoring.abnormal.technicalMaximum",
                "value", m.value().toPlainString())));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link PliegoThreshold}s; each attribute may be set once. */
    public static final class Builder extends ImmutablePliegoThreshold.Builder {
        Builder() {
        }
    }
}
