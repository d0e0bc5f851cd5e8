package io.otp.kpi.portfolio;

import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.testing.PortfolioGenerators;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Roll-up: earned value summed then divided, worst status per dimension, independent of order. */
class PortfolioRollupTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);

    private static EvmSeries series(List<LocalDate> ends, long[] pv, long ev, long ac) {
        EvmSeries.Builder b = EvmSeries.builder().addAllPeriodEnds(ends).addEv(Money.euros(ev)).addAc(Money.euros(ac))
            .bac(Money.euros(pv[pv.length - 1])).statusDate(ends.get(0));
        for (long p : pv) {
            b.addPv(Money.euros(p));
        }
        return b.build();
    }

    private static ProjectEntry project(String id, EvmSeries evm, DimensionStatus... statuses) {
        return ProjectEntry.builder().projectId(ProjectId.of(id)).name("Project " + id).evm(evm)
            .addStatuses(statuses).build();
    }

    private static Portfolio portfolio(ProjectEntry... projects) {
        return Portfolio.builder().name("Office").statusDate(JAN)
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PG")).name("Programme").addProjects(projects).build())
            .build();
    }

    @Test
    void rollupOfOneProjectEqualsThatProjectsOwnFigures() {
        qt().forAll(PortfolioGenerators.projects()).checkAssert(p -> {
            Portfolio single = Portfolio.builder().name("One").statusDate(p.evm().statusDate())
                .addProgrammes(Programme.builder().id(ProgrammeId.of("PG")).name("Only").addProjects(p).build())
                .build();
            Rollup r = single.rollUp();
            assertThat(r.evm()).isEqualTo(p.summary());
            assertThat(r.evm()).isEqualTo(EvmSummary.sum(List.of(p.evm())));
            assertThat(r.evm().spiT()).isPresent();
            assertThat(r.statuses()).isEqualTo(p.sortedStatuses().stream()
                .map(s -> DimensionStatus.of(s.dimension(), s.status())).collect(Collectors.toList()));
            assertThat(r.overall()).isEqualTo(p.overall(StatusScale.rag(), OverallStatusPolicy.worst()));
            assertThat(r.projects()).containsExactly(p.projectId());
            assertThat(r.lateMilestones()).isEqualTo(p.lateMilestones());
            assertThat(r.overdueMilestones()).isEqualTo(p.overdueMilestones());
        });
    }

    @Test
    void rollupDoesNotDependOnTheOrderOfProjects() {
        qt().forAll(PortfolioGenerators.portfolios(), longs().all()).checkAssert((p, seed) -> {
            Rollup r = p.rollUp();
            assertThat(PortfolioGenerators.reversed(p).rollUp()).isEqualTo(r);
            Rollup flat = PortfolioGenerators.flattened(p, seed).rollUp();
            assertThat(flat.evm()).isEqualTo(r.evm());
            assertThat(flat.statuses()).isEqualTo(r.statuses());
            assertThat(flat.overall()).isEqualTo(r.overall());
            List<EvmSeries> series = p.projects().stream().map(ProjectEntry::evm).collect(Collectors.toList());
            List<EvmSeries> shuffled = new ArrayList<>(series);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(EvmSummary.sum(shuffled)).isEqualTo(EvmSummary.sum(series));
        });
    }

    @Test
    void rolledUpAmountsAreTheSumsOfTheProjects() {
        qt().forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            EvmSummary r = p.rollUp().evm();
            Money zero = Money.euros(0);
            assertThat(r.pv()).isEqualTo(p.projects().stream().map(x -> x.evm().pvAtStatus()).reduce(zero, Money::plus));
            assertThat(r.ev()).isEqualTo(p.projects().stream().map(x -> x.evm().evAtStatus()).reduce(zero, Money::plus));
            assertThat(r.ac()).isEqualTo(p.projects().stream().map(x -> x.evm().acAtStatus()).reduce(zero, Money::plus));
            assertThat(r.bac()).isEqualTo(p.projects().stream().map(x -> x.evm().bac()).reduce(zero, Money::plus));
            // CPI and SPI are the quotients of the sums, by definition
            r.cpi().ifPresent(cpi -> assertThat(cpi.compareTo(
                r.ev().amount().divide(r.ac().amount(), MathContext.DECIMAL64))).isZero());
            assertThat(r.cpi().isPresent()).isEqualTo(r.ac().amount().signum() != 0);
            r.spi().ifPresent(spi -> assertThat(spi.compareTo(
                r.ev().amount().divide(r.pv().amount(), MathContext.DECIMAL64))).isZero());
            assertThat(r.statusDate()).isEqualTo(p.statusDate());
        });
    }

    @Test
    void summingThenDividingIsNotAveragingIndices() {
        // Hand calculation, status at the end of January 2026 (period 1 of 2):
        //   A: PV 100,000  EV 50,000  AC 100,000  BAC 200,000 -> SPI 0.5, CPI 0.5
        //   B: PV  10,000  EV 10,000  AC   5,000  BAC  20,000 -> SPI 1,   CPI 2
        // Averaging the indices would give SPI (0.5 + 1) / 2 = 0.75 and CPI (0.5 + 2) / 2 = 1.25.
        // Summing first: PV 110,000, EV 60,000, AC 105,000, BAC 220,000
        //   SPI = 60,000 / 110,000 = 0.5454545454545455 (DECIMAL64)
        //   CPI = 60,000 / 105,000 = 0.5714285714285714
        //   EAC (CPI) = AC + (BAC - EV) x AC / EV = 105,000 + 160,000 x 105,000 / 60,000 = 385,000.00
        //   VAC = 220,000 - 385,000 = -165,000.00; budget executed 100 x 105,000 / 220,000 = 47.72727272727273
        //   Same calendar, summed PV [110,000, 220,000]: C = 0, ES = 60,000 / 110,000, AT = 1,
        //   so SPI(t) = 0.5454545454545455 too.
        List<LocalDate> ends = monthEnds(2);
        ProjectEntry a = project("A", series(ends, new long[] {100_000, 200_000}, 50_000, 100_000));
        ProjectEntry b = project("B", series(ends, new long[] {10_000, 20_000}, 10_000, 5_000));
        EvmSummary r = portfolio(a, b).rollUp().evm();
        assertThat(a.summary().spi()).contains(new BigDecimal("0.5"));
        assertThat(a.summary().cpi()).contains(new BigDecimal("0.5"));
        assertThat(b.summary().spi()).contains(BigDecimal.ONE);
        assertThat(b.summary().cpi()).contains(new BigDecimal("2"));
        assertThat(r.spi()).contains(new BigDecimal("0.5454545454545455"));
        assertThat(r.cpi()).contains(new BigDecimal("0.5714285714285714"));
        assertThat(r.spi().get()).isNotEqualByComparingTo("0.75");
        assertThat(r.cpi().get()).isNotEqualByComparingTo("1.25");
        assertThat(r.eac()).isEqualTo(Money.euros("385000.00"));
        assertThat(r.eacMethod()).isEqualTo(EacMethod.CPI);
        assertThat(r.vac()).isEqualTo(Money.euros("-165000.00"));
        assertThat(r.budgetExecuted()).isEqualByComparingTo("47.72727272727273");
        assertThat(r.spiT()).contains(new BigDecimal("0.5454545454545455"));
    }

    @Test
    void differentCalendarsStillSumButLeaveSpiTAbsent() {
        // B's plan has three months instead of two; the totals at 31 January are those of the example above.
        ProjectEntry a = project("A", series(monthEnds(2), new long[] {100_000, 200_000}, 50_000, 100_000));
        ProjectEntry b = project("B", series(monthEnds(3), new long[] {10_000, 15_000, 20_000}, 10_000, 5_000));
        EvmSummary r = portfolio(a, b).rollUp().evm();
        assertThat(r.spi()).contains(new BigDecimal("0.5454545454545455"));
        assertThat(r.cpi()).contains(new BigDecimal("0.5714285714285714"));
        assertThat(r.bac()).isEqualTo(Money.euros(220_000));
        assertThat(r.spiT()).isEmpty();
    }

    @Test
    void undefinedCpiFallsBackToTheBudgetedRateEstimate() {
        // Nothing spent yet: CPI undefined, EAC = AC + (BAC - EV) = 0 + 200,000
        ProjectEntry a = project("A", series(monthEnds(2), new long[] {100_000, 200_000}, 0, 0));
        EvmSummary r = portfolio(a).rollUp().evm();
        assertThat(r.cpi()).isEmpty();
        assertThat(r.eacMethod()).isEqualTo(EacMethod.BUDGETED_RATE);
        assertThat(r.eac()).isEqualTo(Money.euros(200_000));
    }

    @Test
    void programmeAndPortfolioStatusesAreTheWorstOfTheirProjectsPerDimension() {
        List<LocalDate> ends = monthEnds(2);
        EvmSeries evm = series(ends, new long[] {100, 200}, 100, 100);
        ProjectEntry a = project("A", evm, DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.GREEN),
            DimensionStatus.of(Dimension.COST, StatusLevel.RED));
        ProjectEntry b = project("B", evm, DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.AMBER),
            DimensionStatus.of(Dimension.RISK, StatusLevel.GREEN));
        ProjectEntry c = project("C", evm);
        Rollup r = portfolio(c, b, a).rollUp();
        assertThat(r.statuses()).containsExactly(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.AMBER),
            DimensionStatus.of(Dimension.COST, StatusLevel.RED), DimensionStatus.of(Dimension.RISK, StatusLevel.GREEN));
        assertThat(r.overall()).contains(StatusLevel.RED);
        assertThat(r.projects()).containsExactly(ProjectId.of("A"), ProjectId.of("B"), ProjectId.of("C"));
        assertThat(c.overall(StatusScale.rag(), OverallStatusPolicy.worst())).isEmpty();
        assertThat(r.lateMilestones()).isEmpty();
    }

    @Test
    void milestoneCountsAddUpOverTheProjectsThatGiveThem() {
        EvmSeries evm = series(monthEnds(1), new long[] {100}, 50, 50);
        ProjectEntry a = ProjectEntry.builder().projectId(ProjectId.of("A")).name("A").evm(evm).lateMilestones(2)
            .overdueMilestones(1).build();
        ProjectEntry b = ProjectEntry.builder().projectId(ProjectId.of("B")).name("B").evm(evm).lateMilestones(3)
            .build();
        Rollup r = portfolio(a, b).rollUp();
        assertThat(r.lateMilestones()).contains(5);
        assertThat(r.overdueMilestones()).contains(1);
    }

    @Test
    void aProjectRoundTripsThroughJson() {
        OtpJson json = OtpJson.standard();
        qt().forAll(PortfolioGenerators.projects()).checkAssert(p -> {
            String text = json.write(p);
            assertThat(json.read(text, ProjectEntry.class)).isEqualTo(p);
            assertThat(json.write(json.read(text, ProjectEntry.class))).isEqualTo(text);
            assertThat(Optional.of(json.read(json.write(p.summary()), EvmSummary.class))).contains(p.summary());
        });
    }
}
