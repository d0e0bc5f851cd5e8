package io.otp.kpi.portfolio;

import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.testing.PortfolioGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dashboard snapshot: deterministic, sorted, JSON that round-trips byte for byte. */
class DashboardSnapshotTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final LocalDate STATUS = LocalDate.of(2026, 2, 28);

    private static <T> void roundTrips(T value, Class<T> type) {
        String text = JSON.write(value);
        T back = JSON.read(text, type);
        assertThat(back).as(text).isEqualTo(value);
        assertThat(JSON.write(back)).isEqualTo(text);
    }

    @Test
    void snapshotJsonIsByteIdenticalAndRoundTrips() {
        qt().withExamples(40).forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            DashboardSnapshot s = DashboardSnapshot.of(p);
            String text = JSON.write(s);
            assertThat(JSON.write(DashboardSnapshot.of(p))).isEqualTo(text);
            roundTrips(s, DashboardSnapshot.class);
            roundTrips(p, Portfolio.class);
        });
    }

    @Test
    void snapshotDoesNotDependOnTheOrderOfProgrammesAndProjects() {
        qt().withExamples(40).forAll(PortfolioGenerators.portfolios()).checkAssert(p -> assertThat(
            JSON.write(DashboardSnapshot.of(PortfolioGenerators.reversed(p)))).isEqualTo(JSON.write(DashboardSnapshot.of(p))));
    }

    @Test
    void everyPartOfTheSnapshotRoundTrips() {
        qt().withExamples(40).forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            DashboardSnapshot s = DashboardSnapshot.of(p);
            roundTrips(s.portfolio(), Rollup.class);
            roundTrips(s.portfolio().evm(), EvmSummary.class);
            s.programmes().forEach(r -> roundTrips(r, Rollup.class));
            s.programmes().forEach(r -> roundTrips(r.programme().orElseThrow(), ProgrammeId.class));
            s.projects().forEach(r -> roundTrips(r, ProjectRow.class));
            s.projects().forEach(r -> r.statuses().forEach(x -> roundTrips(x, DimensionStatus.class)));
            s.projects().forEach(r -> r.attention().forEach(x -> roundTrips(x, AttentionItem.class)));
            s.heatMap().forEach(r -> roundTrips(r, HeatMapRow.class));
            s.heatMap().forEach(r -> r.cells().forEach(c -> roundTrips(c, HeatCell.class)));
            s.scatter().forEach(r -> roundTrips(r, ScatterPoint.class));
            s.budgetBars().forEach(r -> roundTrips(r, BudgetBar.class));
            s.topRisks().forEach(r -> roundTrips(r, AttentionRow.class));
            p.programmes().forEach(g -> roundTrips(g, Programme.class));
        });
    }

    @Test
    void listsAreSortedAsDocumented() {
        qt().withExamples(40).forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            DashboardSnapshot s = DashboardSnapshot.of(p);
            List<ProjectId> ids = s.projects().stream().map(ProjectRow::projectId).collect(Collectors.toList());
            assertThat(ids).isSorted().hasSize(p.projects().size());
            assertThat(s.heatMap().stream().map(HeatMapRow::projectId)).containsExactlyElementsOf(ids);
            assertThat(s.budgetBars().stream().map(BudgetBar::projectId)).containsExactlyElementsOf(ids);
            assertThat(s.scatter().stream().map(ScatterPoint::projectId).collect(Collectors.toList())).isSorted();
            assertThat(s.programmes().stream().map(r -> r.programme().orElseThrow()).collect(Collectors.toList()))
                .isSorted();
            assertThat(s.dimensions()).isSorted();
            s.heatMap().forEach(r -> assertThat(r.cells().stream().map(HeatCell::dimension))
                .containsExactlyElementsOf(s.dimensions()));
            assertThat(s.topRisks().stream().map(r -> p.scale().rank(r.item().severity())).collect(Collectors.toList()))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            assertThat(s.topRisks()).hasSizeLessThanOrEqualTo(DashboardSnapshot.DEFAULT_TOP_RISKS)
                .allMatch(r -> r.item().kind() == AttentionKind.RISK);
            assertThat(s.overdueActions()).allMatch(r -> r.item().isOverdueAt(p.statusDate()));
            assertThat(s.overdueActions().stream().map(r -> r.item().due().orElseThrow()).collect(Collectors.toList()))
                .isSorted();
        });
    }

    private static EvmSeries series(long pv, long ev, long ac, long bac) {
        List<LocalDate> ends = monthEnds(3);
        return EvmSeries.builder().addAllPeriodEnds(ends).addPv(Money.euros(pv / 2), Money.euros(pv), Money.euros(bac))
            .addEv(Money.euros(ev / 2), Money.euros(ev)).addAc(Money.euros(ac / 2), Money.euros(ac))
            .bac(Money.euros(bac)).statusDate(STATUS).build();
    }

    @Test
    void workedExampleShowsEveryPartOfTheDashboard() {
        // Status 28 February 2026 (period 2 of 3).
        //   P-1: PV 40,000 EV 30,000 AC 40,000 BAC 60,000 -> SPI 0.75, CPI 0.75, executed 66.66666666666667 %
        //   P-2: PV 20,000 EV 20,000 AC 10,000 BAC 40,000 -> SPI 1,    CPI 2,    executed 25 %
        //   P-3: PV 10,000 EV      0 AC      0 BAC 20,000 -> SPI 0,    CPI undefined: no scatter point
        ProjectEntry p1 = ProjectEntry.builder().projectId(ProjectId.of("P-1")).name("ERP").evm(series(40_000, 30_000, 40_000, 60_000))
            .addStatuses(DimensionStatus.of(Dimension.COST, StatusLevel.RED), DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.AMBER))
            .lateMilestones(2)
            .addAttention(AttentionItem.risk("R2", "Supplier insolvency", StatusLevel.AMBER),
                AttentionItem.risk("R1", "Key staff leave", StatusLevel.RED),
                AttentionItem.action("A1", "Sign change order", StatusLevel.AMBER, LocalDate.of(2026, 2, 15)),
                AttentionItem.action("A2", "Update plan", StatusLevel.GREEN, LocalDate.of(2026, 3, 15)))
            .build();
        ProjectEntry p2 = ProjectEntry.builder().projectId(ProjectId.of("P-2")).name("Portal").evm(series(20_000, 20_000, 10_000, 40_000))
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.GREEN))
            .addAttention(AttentionItem.risk("R1", "Accessibility audit", StatusLevel.RED),
                AttentionItem.action("A1", "Book audit", StatusLevel.RED, LocalDate.of(2026, 1, 31)))
            .build();
        ProjectEntry p3 = ProjectEntry.builder().projectId(ProjectId.of("P-3")).name("Archive").evm(series(10_000, 0, 0, 20_000))
            .build();
        Portfolio portfolio = Portfolio.builder().name("ICT").statusDate(STATUS)
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PG-B")).name("Citizens").addProjects(p2).build(),
                Programme.builder().id(ProgrammeId.of("PG-A")).name("Back office").addProjects(p3, p1).build())
            .build();
        DashboardSnapshot s = DashboardSnapshot.of(portfolio);

        assertThat(s.dimensions()).containsExactly(Dimension.SCHEDULE, Dimension.COST);
        assertThat(s.projects()).extracting(ProjectRow::name).containsExactly("ERP", "Portal", "Archive");
        assertThat(s.projects().get(0).overall()).contains(StatusLevel.RED);
        assertThat(s.projects().get(0).statuses()).extracting(DimensionStatus::dimension)
            .containsExactly(Dimension.SCHEDULE, Dimension.COST);
        assertThat(s.projects().get(2).overall()).isEmpty();
        assertThat(s.projects().get(0).evm().spi()).contains(new BigDecimal("0.75"));
        assertThat(s.projects().get(0).evm().budgetExecuted()).isEqualByComparingTo("66.66666666666667");

        assertThat(s.heatMap().get(1).cells()).containsExactly(
            HeatCell.builder().dimension(Dimension.SCHEDULE).status(StatusLevel.GREEN).rank(0).build(),
            HeatCell.builder().dimension(Dimension.COST).build());
        assertThat(s.scatter()).extracting(ScatterPoint::projectId).containsExactly(ProjectId.of("P-1"), ProjectId.of("P-2"));
        assertThat(s.budgetBars()).extracting(BudgetBar::budgetExecuted).usingElementComparator(BigDecimal::compareTo)
            .containsExactly(new BigDecimal("66.66666666666667"), new BigDecimal("25"), BigDecimal.ZERO);

        // Risks: red first (P-1 R1, then P-2 R1), then amber.
        assertThat(s.topRisks()).extracting(r -> r.projectId().value() + "/" + r.item().reference())
            .containsExactly("P-1/R1", "P-2/R1", "P-1/R2");
        // Overdue on 28 February: P-2 A1 (31 Jan), P-1 A1 (15 Feb); P-1 A2 is due later.
        assertThat(s.overdueActions()).extracting(r -> r.projectId().value() + "/" + r.item().reference())
            .containsExactly("P-2/A1", "P-1/A1");

        // Programmes by id: PG-A (P-1, P-3) then PG-B (P-2).
        // PG-A: PV 50,000 EV 30,000 AC 40,000 -> SPI 0.6, CPI 0.75; portfolio PV 70,000 EV 50,000 AC 50,000,
        // BAC 120,000 -> SPI 50/70 = 0.7142857142857143, CPI 1.
        assertThat(s.programmes()).extracting(r -> r.programme().orElseThrow().value()).containsExactly("PG-A", "PG-B");
        assertThat(s.programmes().get(0).evm().spi()).contains(new BigDecimal("0.6"));
        assertThat(s.programmes().get(0).evm().cpi()).contains(new BigDecimal("0.75"));
        assertThat(s.programmes().get(0).overall()).contains(StatusLevel.RED);
        assertThat(s.programmes().get(1).overall()).contains(StatusLevel.GREEN);
        assertThat(s.portfolio().evm().spi()).contains(new BigDecimal("0.7142857142857143"));
        assertThat(s.portfolio().evm().cpi()).contains(BigDecimal.ONE);
        assertThat(s.portfolio().evm().bac()).isEqualTo(Money.euros(120_000));
        assertThat(s.portfolio().overall()).contains(StatusLevel.RED);
        assertThat(s.portfolio().lateMilestones()).contains(2);
        assertThat(s.portfolio().programme()).isEqualTo(Optional.empty());

        String json = JSON.write(s);
        assertThat(json).contains("\"policy\":\"WORST\"").contains("\"statusDate\":\"2026-02-28\"");
        roundTrips(s, DashboardSnapshot.class);
    }

    @Test
    void limitsTheNumberOfTopRisks() {
        qt().withExamples(40).forAll(PortfolioGenerators.portfolios()).checkAssert(p -> {
            DashboardSnapshot all = DashboardSnapshot.of(p, OverallStatusPolicy.worst(), 1000);
            DashboardSnapshot one = DashboardSnapshot.of(p, OverallStatusPolicy.worst(), 1);
            assertThat(one.topRisks()).isEqualTo(all.topRisks().subList(0, Math.min(1, all.topRisks().size())));
        });
    }
}
