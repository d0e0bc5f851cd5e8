package io.otp.scoring.internal.formula;

import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code yes-no}: M when the bid offers what the criterion asks (value 1), 0 when it does not
 * (value 0); any other value is refused.
 *
 * <p>Used for fully specified improvements ("mejoras", LCSP art. 145.7) and certifications. Each bid
 * scores on its own value, so one bid or all equal need no special case. The input's direction is
 * not used: offering is always the better value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YesNo extends BaseFormula {

    /** Creates the formula; for {@link java.util.ServiceLoader}. */
    public YesNo() {
        super("yes-no");
    }

    @Override
    void checkValues(FormulaInput input, List<Violation> violations) {
        input.values().forEach((bid, value) -> {
            if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                violations.add(violation("values[" + bid + "]", "OTP-FORMULA-VALUE",
                    "io.otp.scoring.formula.value.yesNo", "bid", bid, "value", n(value)));
            }
        });
    }

    @Override
    void compute(FormulaInput input, Map<String, BigDecimal> parameters, SortedMap<BidId, FormulaScore> scores) {
        BigDecimal max = input.maxPoints().value();
        input.values().forEach((bid, value) -> {
            boolean offered = value.compareTo(BigDecimal.ONE) == 0;
            scores.put(bid, score(input, offered ? max : BigDecimal.ZERO, inputs("value", value),
                offered ? n(max) + " (offered)" : "0 (not offered)"));
        });
    }
}
