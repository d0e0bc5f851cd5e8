package io.otp.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.committee.AggregatedScore;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.FormulaOffer;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.spi.FormulaScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile and broken documents for every public JSON type of otp-scoring and its public enums: valid
 * documents of the values of {@link ScoringJsonTypes#GENERATORS}, written by {@code OtpJson.standard()},
 * are broken the ways {@link JsonMutations} knows (wrong kinds, missing and duplicated properties,
 * {@code 1E+1000000000}, {@code NaN}, 5,000 digits, nesting 10,000 deep, a 10 MB string, invalid UTF-8,
 * byte-order marks, truncation, flipped bytes) and read back.
 *
 * <p>Each case either reads a value that survives writing and reading again, or is refused with a
 * {@code ValidationException} whose violations say where; nothing else escapes (no Jackson exception,
 * {@code NullPointerException}, {@code NumberFormatException}, {@code ArithmeticException} or
 * {@code StackOverflowError}), and each case finishes within a second.
 *
 * <p>A value read must equal the value its own JSON reads back as ({@code RoundTrip.EQUAL_VALUE}),
 * except for the types of {@link ScoringJsonTypes#BARE_DECIMALS}: they hold a bare {@code BigDecimal},
 * which a document may write with an exponent ({@code 1E+1}) that {@code equals} tells apart from the
 * plain number the SDK writes back ({@code 10}), so for them the JSON written must be stable instead
 * ({@code RoundTrip.SAME_BYTES}). The cases are shared between the two groups in
 * proportion to their number of types.
 *
 * <p>Extreme numbers are also put by hand into the bare decimals and integers of the types that hold
 * them (formula scores, tie-break criteria, aggregated scores, offer assessments, criterion scores,
 * formula offers, rounding policies, rankings), each read or refused within the same bound.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise; each case is run by {@link JsonFuzzer}.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    /** Numbers a parser or a decimal type can choke on, as otp-core's own fuzz test tries them. */
    private static final List<String> EXTREME_NUMBERS = List.of("1E+1000000000", "-1E+1000000000", "1E-1000000000",
        "-1E-1000000000", "1e400", "-1e400", "1e-400", "1e99", "1e100", "123456789012345678901234567890",
        "123456789012345678901234567890.12", "9".repeat(100), "9".repeat(101), "0." + "0".repeat(98) + "1",
        "1.0e2147483647", "1e-2147483648", "2147483648", "-9223372036854775809", "0E-1000000000");

    /** Documents of types with bare decimals or integers, {@code N} standing for each extreme number. */
    private static final Map<Class<?>, String> WITH_NUMBERS = Map.of(
        FormulaScore.class, "{\"formula\":\"f\",\"inputs\":{\"offer\":N},\"points\":N}",
        TieBreakCriterion.class, "{\"direction\":\"HIGHER_IS_BETTER\",\"id\":\"TB1\",\"name\":\"n\","
            + "\"values\":{\"B1\":N}}",
        AggregatedScore.class, "{\"bid\":\"B1\",\"criterion\":\"C1\",\"points\":N,\"scores\":[]}",
        OfferAssessment.class, "{\"bidId\":\"B1\",\"clause\":\"RGLCAP_85_1\",\"economicOffer\":{\"amount\":1,"
            + "\"currency\":\"EUR\"},\"flagged\":false,\"limit\":N,\"reference\":\"BUDGET\",\"referenceAmount\":N,"
            + "\"units\":N}",
        CriterionScore.class, "{\"criterion\":\"C1\",\"evaluatorScores\":[],\"explanation\":\"e\","
            + "\"inputs\":{\"offer\":N},\"maxPoints\":10,\"method\":\"FORMULA\",\"name\":\"n\",\"points\":N,"
            + "\"unrounded\":N}",
        FormulaOffer.class, "{\"bid\":\"B1\",\"economicOffer\":{\"amount\":N,\"currency\":\"EUR\"},"
            + "\"values\":{\"W\":N}}",
        RoundingPolicy.class, "{\"scale\":N}",
        RankingResult.class, "{\"excluded\":[],\"ranked\":[],\"seed\":N,\"tieBreaks\":[]}");

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRefusesThemWithViolationsQuickly() {
        Map<Class<?>, Gen<?>> exact = new LinkedHashMap<>();
        Map<Class<?>, Gen<?>> bare = new LinkedHashMap<>();
        ScoringJsonTypes.GENERATORS.forEach((type, gen) ->
            (ScoringJsonTypes.BARE_DECIMALS.contains(type) ? bare : exact).put(type, gen));
        Map<Class<?>, Gen<byte[]>> exactDocuments = JsonFuzzer.documentsOf(exact);
        JsonFuzzer.addEnums(exactDocuments, ScoringJsonTypes.SCORING.publicEnums());
        Map<Class<?>, Gen<byte[]>> bareDocuments = JsonFuzzer.documentsOf(bare);
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        int bareCases = (int) ((long) cases * bareDocuments.size() / (bareDocuments.size() + exactDocuments.size()));
        int checked = JsonFuzzer.run(exactDocuments, cases - bareCases, RoundTrip.EQUAL_VALUE)
            + JsonFuzzer.run(bareDocuments, bareCases, RoundTrip.SAME_BYTES);
        assertThat(checked).as("mutated documents checked")
            .isGreaterThanOrEqualTo(JsonFuzzer.atLeast(cases));
    }

    @Test
    void extremeNumbersInBareDecimalsAndIntegersAreReadOrRefusedQuickly() {
        WITH_NUMBERS.forEach((type, template) -> {
            for (String number : EXTREME_NUMBERS) {
                String json = template.replace("N", number);
                JsonFuzzer.exactly(type, json.getBytes(UTF_8), type.getSimpleName() + " <- " + json, RoundTrip.SAME_BYTES);
            }
        });
    }
}
