package io.otp.kpi.indicator;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aggregations agree with their textbook definitions, exactly where no division is involved. */
class AggregationTest {

    private static final KpiId KPI = KpiId.of("certified-vs-planned");

    private static Measurement m(int month, String value, String weight) {
        Measurement.Builder b = Measurement.builder().kpi(KPI).date(LocalDate.of(2026, month, 28))
            .value(new BigDecimal(value));
        if (weight != null) {
            b.weight(new BigDecimal(weight));
        }
        return b.build();
    }

    @Test
    void workedExample() {
        // Values 80.0, 90.5, 70.25 with weights 10, 30, 20 (months 1-3).
        // SUM = 240.75; MEAN = 240.75 / 3 = 80.25; LAST = 70.25 (March); MIN = 70.25; MAX = 90.5;
        // WEIGHTED_MEAN = (800.0 + 2715.0 + 1405.00) / 60 = 4920.00 / 60 = 82.
        List<Measurement> ms = List.of(m(1, "80.0", "10"), m(2, "90.5", "30"), m(3, "70.25", "20"));
        assertThat(Aggregation.SUM.apply(ms)).isEqualByComparingTo("240.75");
        assertThat(Aggregation.MEAN.apply(ms)).isEqualByComparingTo("80.25");
        assertThat(Aggregation.LAST.apply(ms)).isEqualTo(new BigDecimal("70.25"));
        assertThat(Aggregation.MIN.apply(ms)).isEqualTo(new BigDecimal("70.25"));
        assertThat(Aggregation.MAX.apply(ms)).isEqualTo(new BigDecimal("90.5"));
        assertThat(Aggregation.WEIGHTED_MEAN.apply(ms)).isEqualByComparingTo("82");
    }

    @Test
    void meanOfAThirdUsesTheStatedMathContext() {
        // (1 + 0 + 0) / 3 = 0.3333333333333333 (DECIMAL64: 16 significant digits)
        List<Measurement> ms = List.of(m(1, "1", null), m(2, "0", null), m(3, "0", null));
        assertThat(Aggregation.MEAN.apply(ms)).isEqualTo(new BigDecimal("0.3333333333333333"));
    }

    @Test
    void aggregationsAgreeWithSimpleDefinitions() {
        qt().forAll(KpiGenerators.measurementLists()).checkAssert(ms -> {
            List<BigDecimal> values = new ArrayList<>();
            ms.forEach(x -> values.add(x.value()));
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<BigDecimal> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            assertThat(Aggregation.SUM.apply(ms)).isEqualByComparingTo(sum);
            assertThat(Aggregation.MIN.apply(ms)).isEqualByComparingTo(sorted.get(0));
            assertThat(Aggregation.MAX.apply(ms)).isEqualByComparingTo(sorted.get(sorted.size() - 1));
            assertThat(Aggregation.LAST.apply(ms)).isEqualTo(values.get(values.size() - 1));
            BigDecimal mean = Aggregation.MEAN.apply(ms);
            // mean * n = sum, up to the rounding of one DECIMAL64 division
            assertThat(mean.multiply(BigDecimal.valueOf(ms.size())).subtract(sum).abs())
                .isLessThanOrEqualTo(new BigDecimal("1E-10"));
            assertThat(mean).isBetween(sorted.get(0), sorted.get(sorted.size() - 1));
            List<Measurement> reversed = new ArrayList<>(ms);
            Collections.reverse(reversed);
            for (Aggregation a : List.of(Aggregation.SUM, Aggregation.MIN, Aggregation.MAX, Aggregation.LAST)) {
                assertThat(a.apply(reversed)).as(a.name()).isEqualByComparingTo(a.apply(ms));
            }
            if (ms.stream().allMatch(x -> x.weight().isPresent())) {
                BigDecimal w = Aggregation.WEIGHTED_MEAN.apply(ms);
                assertThat(w).isBetween(sorted.get(0), sorted.get(sorted.size() - 1));
                BigDecimal num = BigDecimal.ZERO;
                BigDecimal den = BigDecimal.ZERO;
                for (Measurement x : ms) {
                    num = num.add(x.weight().get().multiply(x.value()));
                    den = den.add(x.weight().get());
                }
                assertThat(w.multiply(den).subtract(num).abs()).isLessThanOrEqualTo(new BigDecimal("1E-8"));
            }
        });
    }

    @Test
    void weightedMeanWithEqualWeightsIsTheMean() {
        qt().forAll(KpiGenerators.measurementLists()).checkAssert(ms -> {
            List<Measurement> equal = new ArrayList<>();
            for (Measurement x : ms) {
                equal.add(Measurement.builder().kpi(x.kpi()).date(x.date()).value(x.value()).weight(new BigDecimal("2.5"))
                    .build());
            }
            assertThat(Aggregation.WEIGHTED_MEAN.apply(equal)).isEqualByComparingTo(Aggregation.MEAN.apply(ms));
        });
    }

    @Test
    void rejectsAggregationOfAnEmptySeries() {
        KpiSeries empty = KpiSeries.of(KPI, KpiFrequency.MONTHLY, List.of());
        for (Aggregation a : Aggregation.values()) {
            assertOnlyViolation(() -> empty.aggregate(a), "measurements", "OTP-KPI-AGGREGATION",
                a.name() + " of no measurements is undefined: at least one measurement is required");
        }
    }

    @Test
    void rejectsWeightedMeanWithoutWeightsNamingEachMeasurement() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Aggregation.WEIGHTED_MEAN
            .apply(List.of(m(1, "1", "1"), m(2, "2", null), m(3, "3", null))));
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("measurements[1].weight", "measurements[2].weight");
        assertThat(e.violations().get(0).message())
            .isEqualTo("measurement dated 2026-02-28 has no weight, required by WEIGHTED_MEAN");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsWeightsThatAreNotPositive() {
        assertOnlyViolation(() -> m(1, "1", "0"), "weight", "OTP-KPI-WEIGHT",
            "weight 0 is not allowed: weights must be greater than 0 (leave out a measurement that should not count)");
    }
}
