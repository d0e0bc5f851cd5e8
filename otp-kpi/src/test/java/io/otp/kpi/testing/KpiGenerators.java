package io.otp.kpi.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.ProjectId;
import io.otp.kpi.indicator.Aggregation;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiDirection;
import io.otp.kpi.indicator.KpiFrequency;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.KpiSeriesId;
import io.otp.kpi.indicator.ProjectKpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.StatusBand;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.indicator.TargetEntry;
import io.otp.kpi.indicator.ThresholdBasis;
import io.otp.kpi.indicator.Thresholds;
import io.otp.kpi.indicator.TrendAnalysis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of KPI definitions, measurements and series, built through the public builders. Each
 * object is drawn from a seed so that related parts (a scale and its bands, a series and its KPI)
 * stay consistent; values are decimals with two places.
 */
public final class KpiGenerators {

    private static final String[] WORDS = {"spi", "cpi", "budget", "milestones", "on", "time", "q2", "items"};

    /** A custom two-level scale, so that scales other than the built-in ones are exercised. */
    public static final StatusScale PASS_FAIL = StatusScale.builder().name("Pass/Fail")
        .addLevels(StatusLevel.of("PASS", "Pass"), StatusLevel.of("FAIL", "Fail")).build();

    private KpiGenerators() {
    }

    /** @return values from -200.00 to 200.00 */
    public static Gen<BigDecimal> values() {
        return integers().between(-20000, 20000).map(i -> BigDecimal.valueOf(i, 2));
    }

    /** @return valid KPI ids of one to three words */
    public static Gen<KpiId> ids() {
        return longs().all().map(seed -> id(new Random(seed)));
    }

    /** @return definitions of every direction, on the RAG, Delivery Confidence or a two-level scale, absolute basis */
    public static Gen<KpiDefinition> definitions() {
        return longs().all().map(seed -> definition(new Random(seed), ThresholdBasis.ABSOLUTE));
    }

    /** @return definitions of every direction and basis, with 0 to 3 target entries (at least one for a ratio basis) */
    public static Gen<KpiDefinition> anyDefinitions() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            return definition(r, r.nextBoolean() ? ThresholdBasis.ABSOLUTE : ThresholdBasis.RATIO_TO_TARGET);
        });
    }

    /** @return a definition with a series of 0 to 12 monthly (or other frequency) measurements of it */
    public static Gen<Case> cases() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            KpiDefinition d = definition(r, r.nextBoolean() ? ThresholdBasis.ABSOLUTE : ThresholdBasis.RATIO_TO_TARGET);
            return new Case(d, series(r, d, r.nextInt(13)));
        });
    }

    /** @return like {@link #cases()}, with thresholds applied to the values themselves */
    public static Gen<Case> absoluteCases() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            KpiDefinition d = definition(r, ThresholdBasis.ABSOLUTE);
            return new Case(d, series(r, d, r.nextInt(13)));
        });
    }

    /** @return lists of 1 to 10 measurements of one KPI on distinct months, some with weights and notes */
    public static Gen<List<Measurement>> measurementLists() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            return series(r, definition(r, ThresholdBasis.ABSOLUTE), 1 + r.nextInt(10)).measurements();
        });
    }

    /** @return series of 0 to 12 measurements of a KPI of any frequency */
    public static Gen<KpiSeries> series() {
        return cases().map(Case::series);
    }

    /** @return single measurements, some with a weight and a note */
    public static Gen<Measurement> measurements() {
        return Picks.partOf(r -> measurements(new Random(r.nextLong())));
    }

    /** @return target entries from 2025 on, targets from 0.01 to 100.00 */
    public static Gen<TargetEntry> targets() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            return TargetEntry.of(LocalDate.of(2025, 1, 1).plusDays(r.nextInt(1000)),
                BigDecimal.valueOf(1 + r.nextInt(10000), 2));
        });
    }

    /** @return the thresholds of {@link #anyDefinitions()} */
    public static Gen<Thresholds> thresholds() {
        return anyDefinitions().map(KpiDefinition::thresholds);
    }

    /** @return the bands of {@link #thresholds()}: at least, at most and between */
    public static Gen<StatusBand> bands() {
        return Picks.partOf(r -> definition(new Random(r.nextLong()), ThresholdBasis.ABSOLUTE).thresholds().bands());
    }

    /** @return the built-in scales and a custom one */
    public static Gen<StatusScale> scales() {
        return longs().all().map(seed -> scale(new Random(seed)));
    }

    /** @return the levels of {@link #scales()} */
    public static Gen<StatusLevel> levels() {
        return Picks.partOf(r -> scale(new Random(r.nextLong())).levels());
    }

    /**
     * Assessments computed by {@link KpiDefinition#assess} of a definition and a series of 1 to 12 of its
     * measurements, at the date of the last measurement or up to 40 days later, over a window of 2 to 6
     * periods; with a trend when the window holds two measurements or more.
     *
     * @return a generator of assessments
     */
    public static Gen<KpiAssessment> assessments() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            Case c = nonEmptyCase(r);
            List<Measurement> ms = c.series().measurements();
            LocalDate date = ms.get(ms.size() - 1).date().plusDays(r.nextInt(3) == 0 ? r.nextInt(41) : 0);
            return c.definition().assess(c.series(), date, 2 + r.nextInt(5)).orElseThrow();
        });
    }

    /**
     * The trends of assessments over windows of 2 or more measurements.
     *
     * @return a generator of trend analyses
     */
    public static Gen<TrendAnalysis> trendAnalyses() {
        return Picks.partOf(sr -> {
            Random r = new Random(sr.nextLong());
            Case c = nonEmptyCase(r);
            List<Measurement> ms = c.series().measurements();
            return c.definition().assess(c.series(), ms.get(ms.size() - 1).date(), 2 + r.nextInt(12))
                .flatMap(KpiAssessment::trend).map(List::of).orElse(List.of());
        });
    }

    /** @return projects' series of {@link #series()}, with the conventional id */
    public static Gen<ProjectKpiSeries> projectSeries() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            return ProjectKpiSeries.of(projectId(r), cases(r).series());
        });
    }

    /** @return ids of projects' series: {@code <project>:<kpi>} */
    public static Gen<KpiSeriesId> seriesIds() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            return KpiSeriesId.of(projectId(r), id(r));
        });
    }

    private static ProjectId projectId(Random r) {
        return ProjectId.of("P-" + (2026 + r.nextInt(3)) + "-" + r.nextInt(1000));
    }

    private static Case cases(Random r) {
        KpiDefinition d = definition(r, r.nextBoolean() ? ThresholdBasis.ABSOLUTE : ThresholdBasis.RATIO_TO_TARGET);
        return new Case(d, series(r, d, r.nextInt(13)));
    }

    private static Case nonEmptyCase(Random r) {
        KpiDefinition d = definition(r, r.nextBoolean() ? ThresholdBasis.ABSOLUTE : ThresholdBasis.RATIO_TO_TARGET);
        return new Case(d, series(r, d, 1 + r.nextInt(12)));
    }

    private static List<Measurement> measurements(Random r) {
        return series(r, definition(r, ThresholdBasis.ABSOLUTE), 1 + r.nextInt(10)).measurements();
    }

    /** A definition and a series of its measurements. */
    public static final class Case {
        private final KpiDefinition definition;
        private final KpiSeries series;

        Case(KpiDefinition definition, KpiSeries series) {
            this.definition = definition;
            this.series = series;
        }

        /** @return the definition */
        public KpiDefinition definition() {
            return definition;
        }

        /** @return the series */
        public KpiSeries series() {
            return series;
        }

        @Override
        public String toString() {
            return "Case[" + definition + ", " + series + "]";
        }
    }

    private static KpiId id(Random r) {
        StringBuilder s = new StringBuilder(WORDS[r.nextInt(3)]);
        for (int i = r.nextInt(3); i > 0; i--) {
            s.append('-').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return KpiId.of(s.toString());
    }

    private static StatusScale scale(Random r) {
        switch (r.nextInt(3)) {
            case 0:
                return StatusScale.rag();
            case 1:
                return StatusScale.deliveryConfidence();
            default:
                return PASS_FAIL;
        }
    }

    /** Bands of a scale that suit a direction: strictly nested, ends with two decimals. */
    public static Thresholds thresholds(Random r, KpiDirection direction, StatusScale scale) {
        int k = scale.levels().size() - 1;
        int start = r.nextInt(400) - 100;
        List<StatusBand> bands = new ArrayList<>();
        int low = start;
        int high = start + r.nextInt(50);
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                int down = r.nextInt(30);
                int up = r.nextInt(30);
                if (direction == KpiDirection.HIGHER_IS_BETTER || down + up == 0) {
                    down++;
                }
                if (direction == KpiDirection.LOWER_IS_BETTER) {
                    up++;
                }
                low -= down;
                high += up;
            }
            BigDecimal l = BigDecimal.valueOf(low, 2);
            BigDecimal h = BigDecimal.valueOf(high, 2);
            bands.add(direction == KpiDirection.HIGHER_IS_BETTER ? StatusBand.atLeast(l)
                : direction == KpiDirection.LOWER_IS_BETTER ? StatusBand.atMost(h) : StatusBand.between(l, h));
        }
        return Thresholds.within(scale, bands.toArray(new StatusBand[0]));
    }

    private static KpiDefinition definition(Random r, ThresholdBasis basis) {
        KpiDirection direction = KpiDirection.values()[r.nextInt(3)];
        KpiDefinition.Builder b = KpiDefinition.builder().id(id(r)).name("KPI " + r.nextInt(100))
            .unit(r.nextBoolean() ? "%" : "ratio").direction(direction)
            .thresholds(thresholds(r, direction, scale(r))).thresholdBasis(basis)
            .frequency(KpiFrequency.values()[r.nextInt(KpiFrequency.values().length)])
            .aggregation(Aggregation.values()[r.nextInt(Aggregation.values().length)])
            .trendTolerance(BigDecimal.valueOf(r.nextInt(20), 2));
        if (r.nextBoolean()) {
            b.description("generated definition");
        }
        int targets = basis == ThresholdBasis.RATIO_TO_TARGET ? 1 + r.nextInt(3) : r.nextInt(4);
        LocalDate from = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < targets; i++) {
            b.addTargets(TargetEntry.of(from, BigDecimal.valueOf(1 + r.nextInt(10000), 2)));
            from = from.plusMonths(1 + r.nextInt(6));
        }
        return b.build();
    }

    private static KpiSeries series(Random r, KpiDefinition d, int size) {
        List<Measurement> measurements = new ArrayList<>();
        LocalDate date = d.frequency().periodEnd(LocalDate.of(2025, 1 + r.nextInt(6), 1));
        for (int i = 0; i < size; i++) {
            Measurement.Builder m = Measurement.builder().kpi(d.id()).date(date)
                .value(BigDecimal.valueOf(r.nextInt(40000) - 20000, 2));
            if (r.nextInt(4) > 0) {
                m.weight(BigDecimal.valueOf(1 + r.nextInt(1000), 1));
            }
            if (r.nextInt(4) == 0) {
                m.note("note " + i);
            }
            measurements.add(m.build());
            LocalDate nextStart = d.frequency().periodEnd(date).plusDays(1);
            if (r.nextInt(4) == 0) {
                nextStart = d.frequency().periodEnd(nextStart).plusDays(1);
            }
            LocalDate end = d.frequency().periodEnd(nextStart);
            LocalDate inside = nextStart.plusDays(r.nextInt(5));
            date = r.nextBoolean() || inside.isAfter(end) ? end : inside;
        }
        return KpiSeries.of(d.id(), d.frequency(), measurements);
    }
}
