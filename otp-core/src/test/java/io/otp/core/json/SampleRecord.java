package io.otp.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.FormulaReference;
import io.otp.core.time.DateRange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A test-only Immutables value in the SDK style (the package's {@code @OtpStyle}), holding what the
 * JSON configuration has to handle: optional attributes, an empty list, a nested list of SDK values,
 * a map, a primitive, dates and money.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSampleRecord.class)
@JsonDeserialize(as = ImmutableSampleRecord.class)
abstract class SampleRecord {

    SampleRecord() {
    }

    static Builder builder() {
        return new Builder();
    }

    abstract String title();

    abstract Optional<String> note();

    abstract Optional<Money> budget();

    abstract Optional<DateRange> term();

    abstract Optional<Instant> createdAt();

    @Value.Default
    int quantity() {
        return 1;
    }

    abstract List<FormulaReference> formulas();

    abstract List<String> tags();

    abstract Map<String, Points> scores();

    @Value.Check
    void check() {
        if (quantity() < 0) {
            throw new ValidationException(Violation.of("quantity", "TEST-QUANTITY", "io.otp.core.points.negative",
                "value", quantity()));
        }
    }

    static final class Builder extends ImmutableSampleRecord.Builder {
        Builder() {
        }
    }
}
