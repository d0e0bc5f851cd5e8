package io.otp.kpi.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.json.OtpJson;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.kpi.earning.WeightedMilestone;
import io.otp.kpi.evm.Estimate;
import io.otp.kpi.evm.EvmFigures;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.StatusBand;
import io.otp.kpi.indicator.TargetEntry;
import io.otp.kpi.indicator.TrendAnalysis;
import io.otp.kpi.portfolio.BudgetBar;
import io.otp.kpi.portfolio.EvmSummary;
import io.otp.kpi.portfolio.ScatterPoint;
import io.otp.kpi.schedule.ScheduleFigures;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Decimals written in exponent notation with a negative scale ({@code "value": 1.5E+2}), as a document
 * from another system may hold them, are kept as the SDK writes them back ({@code 150}, scale 0): every
 * value type of otp-kpi with a decimal attribute read from such a document equals the value read from its
 * own JSON. Before, {@code read(write(v))} differed from {@code v} (a {@code Measurement} of
 * {@code 1.5E+2} came back as {@code 150}, which {@code BigDecimal.equals} tells apart), as the fuzz test
 * found. A value too large to be written out is not expanded, so building it stays quick.
 */
class PlainDecimalsThroughJsonTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** An exponent with a negative scale: 15 &times; 10<sup>1</sup>. */
    private static final String EXPONENT = "1.5E+2";

    /** A decimal attribute of a type, present or not in the generated values. */
    static final class Case {
        final Class<?> type;
        final String field;
        final String number;

        Case(Class<?> type, String field, String number) {
            this.type = type;
            this.field = field;
            this.number = number;
        }
    }

    /** Every decimal attribute of the module's value types. */
    static final List<Case> CASES = List.of(
        new Case(Measurement.class, "value", EXPONENT),
        new Case(Measurement.class, "weight", EXPONENT),
        new Case(StatusBand.class, "upper", "1E+5"),
        new Case(TargetEntry.class, "target", EXPONENT),
        new Case(KpiDefinition.class, "trendTolerance", EXPONENT),
        new Case(KpiAssessment.class, "value", EXPONENT),
        new Case(KpiAssessment.class, "target", EXPONENT),
        new Case(KpiAssessment.class, "comparedValue", EXPONENT),
        new Case(TrendAnalysis.class, "slope", EXPONENT),
        new Case(TrendAnalysis.class, "improvement", EXPONENT),
        new Case(TrendAnalysis.class, "tolerance", EXPONENT),
        new Case(WeightedMilestone.class, "weight", EXPONENT),
        new Case(Estimate.class, "tcpi", EXPONENT),
        new Case(EvmFigures.class, "svPercent", EXPONENT),
        new Case(EvmFigures.class, "cvPercent", EXPONENT),
        new Case(EvmFigures.class, "spi", EXPONENT),
        new Case(EvmFigures.class, "cpi", EXPONENT),
        new Case(EvmFigures.class, "tcpiToBac", EXPONENT),
        new Case(EvmFigures.class, "percentScheduled", EXPONENT),
        new Case(EvmFigures.class, "percentComplete", EXPONENT),
        new Case(EvmFigures.class, "percentSpent", EXPONENT),
        new Case(ScheduleFigures.class, "earnedSchedule", EXPONENT),
        new Case(ScheduleFigures.class, "svT", EXPONENT),
        new Case(ScheduleFigures.class, "spiT", EXPONENT),
        new Case(ScheduleFigures.class, "tspi", EXPONENT),
        new Case(ScheduleFigures.class, "ieacT", EXPONENT),
        new Case(ScheduleFigures.class, "performanceFactor", EXPONENT),
        new Case(ScheduleFigures.class, "ieac", EXPONENT),
        new Case(ScatterPoint.class, "spi", EXPONENT),
        new Case(ScatterPoint.class, "cpi", EXPONENT),
        new Case(BudgetBar.class, "budgetExecuted", EXPONENT),
        new Case(EvmSummary.class, "spi", EXPONENT),
        new Case(EvmSummary.class, "cpi", EXPONENT),
        new Case(EvmSummary.class, "spiT", EXPONENT),
        new Case(EvmSummary.class, "percentComplete", EXPONENT),
        new Case(EvmSummary.class, "budgetExecuted", EXPONENT));

    @TestFactory
    Stream<DynamicTest> aDecimalInExponentNotationIsReadAsItsPlainValue() {
        return CASES.stream().map(c -> dynamicTest(c.type.getSimpleName() + "." + c.field, () -> readsPlain(c)));
    }

    private static void readsPlain(Case c) {
        Gen<?> values = KpiJsonTypes.GENERATORS.get(c.type);
        qt().withExamples(20).forAll(values).checkAssert(value -> {
            String json = withNumber(JSON.write(value), c.field, c.number);
            Object read = JsonFuzzer.exactly(c.type, json.getBytes(UTF_8), c.type.getSimpleName() + " <- " + json,
                RoundTrip.EQUAL_VALUE);
            assertThat(read).as("%s read from %s", c.type.getSimpleName(), json).isNotNull();
            assertThat(JSON.write(read)).contains("\"" + c.field + "\":" + new BigDecimal(c.number).toPlainString());
            assertThat(JSON.read(JSON.write(read), c.type)).isEqualTo(read);
        });
    }

    /** The document with the field set to the number, written as given (exponent and all). */
    static String withNumber(String json, String field, String number) {
        try {
            ObjectNode tree = (ObjectNode) JSON.mapper().readTree(json);
            tree.remove(field);
            String rest = JSON.mapper().writeValueAsString(tree);
            return "{\"" + field + "\":" + number + (rest.equals("{}") ? "}" : "," + rest.substring(1));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aMeasurementOfOneAndAHalfHundredReadsBackEqual() {
        String json = "{\"date\":\"2026-01-31\",\"kpi\":\"spi\",\"value\":1.5E+2,\"weight\":1E+1}";
        Measurement m = JSON.read(json, Measurement.class);
        assertThat(m.value()).isEqualTo(new BigDecimal("150"));
        assertThat(m.value().scale()).isZero();
        assertThat(m.weight()).contains(new BigDecimal("10"));
        assertThat(JSON.write(m)).isEqualTo("{\"date\":\"2026-01-31\",\"kpi\":\"spi\",\"value\":150,\"weight\":10}");
        assertThat(JSON.read(JSON.write(m), Measurement.class)).isEqualTo(m);
    }

    @Test
    void valuesBuiltWithANegativeScaleKeepTheirJsonForm() {
        Measurement m = Measurement.of(KpiId.of("spi"), LocalDate.of(2026, 1, 31),
            new BigDecimal("1000").stripTrailingZeros());
        assertThat(m.value()).hasToString("1000");
        assertThat(TargetEntry.of(LocalDate.of(2026, 1, 1), new BigDecimal("5E+1")).target()).hasToString("50");
        assertThat(StatusBand.between(new BigDecimal("1E+1"), new BigDecimal("2E+1")).toString()).isEqualTo("[10, 20]");
        // Other scales, trailing zeros included, are kept as given.
        assertThat(Measurement.of(KpiId.of("spi"), LocalDate.of(2026, 1, 31), new BigDecimal("4.50")).value())
            .hasToString("4.50");
    }

    @Test
    void zeroAtAHugeNegativeScaleIsReadAsZero() {
        // 0E+1000 has one digit for the SDK's JSON limits; it came back as 0, not equal to 0E+1000.
        String json = "{\"date\":\"2026-01-31\",\"kpi\":\"spi\",\"value\":0E+1000}";
        Measurement m = JSON.read(json, Measurement.class);
        assertThat(m.value()).isEqualTo(BigDecimal.ZERO);
        assertThat(JSON.read(JSON.write(m), Measurement.class)).isEqualTo(m);
        assertThat(Measurement.of(KpiId.of("spi"), LocalDate.of(2026, 1, 31), new BigDecimal("0E+1000000000")).value())
            .isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void aDecimalTooLargeToWriteOutIsNotExpanded() {
        BigDecimal huge = new BigDecimal("1E+1000000000");
        Measurement m = assertTimeoutPreemptively(Duration.ofSeconds(1),
            () -> Measurement.of(KpiId.of("spi"), LocalDate.of(2026, 1, 31), huge));
        assertThat(m.value()).isSameAs(huge);
    }
}
