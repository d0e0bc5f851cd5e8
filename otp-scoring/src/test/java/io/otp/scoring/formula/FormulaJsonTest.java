package io.otp.scoring.formula;

import static io.otp.scoring.formula.BuiltInFormulasTest.prices;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.json.OtpJson;
import io.otp.scoring.spi.FormulaScore;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explanations and rounding policies serialise to JSON and back (issue 4, part 8). */
class FormulaJsonTest {

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    void formulaScoreRoundTripsToIdenticalJson() {
        FormulaScore score = Formulas.builtIns().require("inverse-proportional")
            .score(prices(40, null, Map.of(), "80000.00", "120000.00")).get(BidId.of("B2"));
        String json = JSON.write(score);
        assertThat(json).contains("\"offer\"", "26.66666666666667");
        FormulaScore back = JSON.read(json, FormulaScore.class);
        assertThat(back).isEqualTo(score);
        assertThat(JSON.write(back)).isEqualTo(json);
    }

    @Test
    void roundingPolicyRoundTrips() {
        RoundingPolicy policy = RoundingPolicy.builder().scale(3).roundingMode(RoundingMode.DOWN)
            .stage(RoundingStage.TOTAL_ONLY).build();
        assertThat(JSON.read(JSON.write(policy), RoundingPolicy.class)).isEqualTo(policy);
    }
}
