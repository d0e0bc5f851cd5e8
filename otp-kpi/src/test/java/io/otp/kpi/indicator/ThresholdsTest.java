package io.otp.kpi.indicator;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.testing.KpiGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Thresholds map values to status levels; a better value never gets a worse status. */
class ThresholdsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void oneSidedIndexBandsOfDomainSection6() {
        // DOMAIN.md section 6: >= 0.95 green, 0.90-0.95 amber, < 0.90 red; boundaries go to the better level.
        Thresholds t = Thresholds.atLeast(StatusScale.rag(), d("0.95"), d("0.90"));
        assertThat(t.statusOf(d("1.20"))).isEqualTo(StatusLevel.GREEN);
        assertThat(t.statusOf(d("0.95"))).isEqualTo(StatusLevel.GREEN);
        assertThat(t.statusOf(d("0.9499"))).isEqualTo(StatusLevel.AMBER);
        assertThat(t.statusOf(d("0.90"))).isEqualTo(StatusLevel.AMBER);
        assertThat(t.statusOf(d("0.8999"))).isEqualTo(StatusLevel.RED);
        assertThat(t.bandOf(1)).contains(StatusBand.atLeast(d("0.90")));
        assertThat(t.bandOf(2)).isEmpty();
    }

    @Test
    void twoSidedBandsOfDomainSection6() {
        // DOMAIN.md section 6: 0.95-1.05 green, 0.90-0.95 or 1.05-1.10 amber, else red.
        Thresholds t = Thresholds.within(StatusScale.rag(), StatusBand.between(d("0.95"), d("1.05")),
            StatusBand.between(d("0.90"), d("1.10")));
        assertThat(t.statusOf(d("1.00"))).isEqualTo(StatusLevel.GREEN);
        assertThat(t.statusOf(d("1.05"))).isEqualTo(StatusLevel.GREEN);
        assertThat(t.statusOf(d("0.93"))).isEqualTo(StatusLevel.AMBER);
        assertThat(t.statusOf(d("1.07"))).isEqualTo(StatusLevel.AMBER);
        assertThat(t.statusOf(d("0.89"))).isEqualTo(StatusLevel.RED);
        assertThat(t.statusOf(d("1.11"))).isEqualTo(StatusLevel.RED);
    }

    @Test
    void deliveryConfidenceScaleHasFiveLevels() {
        // Hand-made bands: >= 0.98 Green, >= 0.95 Amber/Green, >= 0.90 Amber, >= 0.85 Amber/Red, else Red.
        Thresholds t = Thresholds.atLeast(StatusScale.deliveryConfidence(), d("0.98"), d("0.95"), d("0.90"), d("0.85"));
        assertThat(StatusScale.deliveryConfidence().levels()).extracting(StatusLevel::label)
            .containsExactly("Green", "Amber/Green", "Amber", "Amber/Red", "Red");
        assertThat(t.statusOf(d("0.96"))).isEqualTo(StatusLevel.AMBER_GREEN);
        assertThat(t.statusOf(d("0.86"))).isEqualTo(StatusLevel.AMBER_RED);
        assertThat(t.statusOf(d("0.80"))).isEqualTo(StatusLevel.RED);
    }

    @Test
    void lowerIsBetterBands() {
        // overdue items: <= 0 green, <= 3 amber, more red
        Thresholds t = Thresholds.atMost(StatusScale.rag(), BigDecimal.ZERO, d("3"));
        assertThat(t.statusOf(d("0"))).isEqualTo(StatusLevel.GREEN);
        assertThat(t.statusOf(d("3"))).isEqualTo(StatusLevel.AMBER);
        assertThat(t.statusOf(d("4"))).isEqualTo(StatusLevel.RED);
    }

    @Test
    void scaleRanksAndWorse() {
        StatusScale dc = StatusScale.deliveryConfidence();
        assertThat(dc.rank(StatusLevel.GREEN)).isZero();
        assertThat(dc.rank(StatusLevel.RED)).isEqualTo(4);
        assertThat(dc.worse(StatusLevel.AMBER, StatusLevel.AMBER_GREEN)).isEqualTo(StatusLevel.AMBER);
        assertThat(dc.worst()).isEqualTo(StatusLevel.RED);
        assertThat(StatusScale.rag().name()).isEqualTo("RAG");
    }

    @Test
    void statusIsMonotoneInTheValueForTheDirection() {
        // Moving a value towards the best band (up for higher-is-better, down for lower-is-better, towards
        // the centre of the best band for within-band) never gives a worse rank.
        qt().forAll(KpiGenerators.definitions(), KpiGenerators.values(), integers().between(0, 100))
            .checkAssert((def, a, step) -> {
                Thresholds t = def.thresholds();
                BigDecimal t01 = BigDecimal.valueOf(step, 2);
                BigDecimal b;
                switch (def.direction()) {
                    case HIGHER_IS_BETTER:
                        b = a.add(t01.multiply(BigDecimal.TEN));
                        break;
                    case LOWER_IS_BETTER:
                        b = a.subtract(t01.multiply(BigDecimal.TEN));
                        break;
                    default:
                        StatusBand best = t.bands().get(0);
                        BigDecimal centre = best.lower().get().add(best.upper().get()).multiply(new BigDecimal("0.5"));
                        b = a.add(centre.subtract(a).multiply(t01));
                        break;
                }
                assertThat(def.thresholds().rankOf(b)).as("%s better than %s", b, a)
                    .isLessThanOrEqualTo(def.thresholds().rankOf(a));
                assertThat(def.statusOf(b, DAY)).isEqualTo(t.statusOf(b));
            });
    }

    @Test
    void statusIsAlwaysALevelOfTheScale() {
        qt().forAll(KpiGenerators.definitions(), KpiGenerators.values()).checkAssert((def, v) -> {
            StatusLevel s = def.thresholds().statusOf(v);
            assertThat(def.thresholds().scale().levels()).contains(s);
            assertThat(def.thresholds().scale().rank(s)).isEqualTo(def.thresholds().rankOf(v));
        });
    }

    @Test
    void everyLevelIsReachable() {
        // Each band's own ends get its level, and a value far outside the widest band gets the worst.
        qt().forAll(KpiGenerators.definitions()).checkAssert(def -> {
            Thresholds t = def.thresholds();
            for (int i = 0; i < t.bands().size(); i++) {
                StatusBand band = t.bands().get(i);
                StatusBand inner = i == 0 ? null : t.bands().get(i - 1);
                BigDecimal probe = band.lower().filter(l -> inner == null || !inner.contains(l))
                    .orElseGet(() -> band.upper().get());
                assertThat(t.rankOf(probe)).as("band %d %s", i, band).isEqualTo(i);
            }
            BigDecimal far = def.direction() == KpiDirection.LOWER_IS_BETTER ? new BigDecimal("1000") : new BigDecimal("-1000");
            assertThat(t.statusOf(far)).isEqualTo(t.scale().worst());
        });
    }

    @Test
    void rejectsThresholdsOutOfOrder() {
        assertOnlyViolation(() -> Thresholds.atLeast(StatusScale.rag(), d("0.90"), d("0.95")),
            "bands[1]", "OTP-KPI-THRESHOLDS-ORDER",
            "thresholds out of order: the AMBER band ≥ 0.95 must strictly enclose the GREEN band ≥ 0.90 "
                + "(bands widen from the best level to the worst, without overlapping out of order)");
    }

    @Test
    void rejectsEqualThresholdsThatLeaveALevelUnreachable() {
        assertOnlyViolation(() -> Thresholds.atMost(StatusScale.rag(), d("3"), d("3.0")),
            "bands[1]", "OTP-KPI-THRESHOLDS-ORDER",
            "thresholds out of order: the AMBER band ≤ 3.0 must strictly enclose the GREEN band ≤ 3 "
                + "(bands widen from the best level to the worst, without overlapping out of order)");
    }

    @Test
    void rejectsOverlappingTwoSidedBands() {
        // amber [0.97, 1.10] starts inside green [0.95, 1.05]: the bands overlap instead of nesting
        assertOnlyViolation(() -> Thresholds.within(StatusScale.rag(), StatusBand.between(d("0.95"), d("1.05")),
                StatusBand.between(d("0.97"), d("1.10"))),
            "bands[1]", "OTP-KPI-THRESHOLDS-ORDER",
            "thresholds out of order: the AMBER band [0.97, 1.10] must strictly enclose the GREEN band [0.95, 1.05] "
                + "(bands widen from the best level to the worst, without overlapping out of order)");
    }

    @Test
    void reportsEveryBandOutOfOrder() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> Thresholds.atLeast(StatusScale.deliveryConfidence(), d("0.85"), d("0.90"), d("0.95"), d("0.80")));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("bands[1]", "bands[2]");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsBandsNotMatchingTheScale() {
        assertOnlyViolation(() -> Thresholds.atLeast(StatusScale.deliveryConfidence(), d("0.95"), d("0.90")),
            "bands", "OTP-KPI-THRESHOLDS", "2 bands given for the Delivery Confidence scale, expected 4 "
                + "(one per level but the worst)");
    }

    @Test
    void rejectsBadBands() {
        assertOnlyViolation(() -> StatusBand.between(d("1.05"), d("0.95")), "lower", "OTP-KPI-BAND",
            "band lower end 1.05 is above its upper end 0.95");
        assertOnlyViolation(() -> StatusBand.builder().build(), "", "OTP-KPI-BAND",
            "a status band needs a lower end, an upper end or both");
    }

    @Test
    void rejectsBadScales() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> StatusScale.builder().name(" ")
            .addLevels(StatusLevel.GREEN).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "levels");
        assertMessagesInBothLanguages(e);
        assertOnlyViolation(() -> StatusScale.builder().name("X").addLevels(StatusLevel.GREEN, StatusLevel.RED,
                StatusLevel.GREEN).build(), "levels[2].code", "OTP-KPI-SCALE",
            "status level GREEN appears twice on the scale (first at levels[0])");
        assertOnlyViolation(() -> StatusLevel.of("amber", "Amber"), "code", "OTP-KPI-LEVEL",
            "status level code \"amber\" is not allowed: uppercase letters, digits and underscores, starting with "
                + "a letter, at most 32 characters (e.g. AMBER_GREEN)");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
            () -> StatusScale.rag().rank(StatusLevel.AMBER_GREEN))).hasMessageContaining("AMBER_GREEN");
    }

    @Test
    void bandDescriptions() {
        assertThat(StatusBand.atLeast(d("0.95"))).hasToString("≥ 0.95");
        assertThat(StatusBand.atMost(d("3"))).hasToString("≤ 3");
        assertThat(StatusBand.between(d("0.95"), d("1.05"))).hasToString("[0.95, 1.05]");
        assertThat(Thresholds.atLeast(StatusScale.rag(), d("0.95"), d("0.90")).bands().stream()
            .map(StatusBand::toString).collect(Collectors.joining(" "))).isEqualTo("≥ 0.95 ≥ 0.90");
    }
}
