package io.otp.examples;

import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import io.otp.kpi.portfolio.AttentionItem;
import io.otp.kpi.portfolio.Dimension;
import io.otp.kpi.portfolio.DimensionStatus;
import io.otp.kpi.portfolio.Portfolio;
import io.otp.kpi.portfolio.Programme;
import io.otp.kpi.portfolio.ProgrammeId;
import io.otp.kpi.portfolio.ProjectEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The office's portfolio at the status date of the execution scenario: the service desk contract of
 * {@link ServiceDeskContract}, whose statuses come from its KPI assessments, and two other projects of
 * the town council, with invented but plausible figures, in two programmes.
 */
public final class OfficePortfolio {

    /** The service desk project. */
    public static final ProjectId SERVICE_DESK = ProjectId.of("PRJ-2026-011");

    /** The electronic office project. */
    public static final ProjectId E_OFFICE = ProjectId.of("PRJ-2026-007");

    /** The cloud migration project. */
    public static final ProjectId CLOUD = ProjectId.of("PRJ-2026-015");

    private OfficePortfolio() {
    }

    /**
     * The portfolio at {@link ServiceDeskContract#STATUS_DATE}.
     *
     * @param contract the service desk contract at the status date; not null
     * @param series its earned-value data; not null
     * @param kpis its KPI assessments at the status date; not null
     * @return the portfolio, not null
     */
    public static Portfolio portfolio(Contract contract, EvmSeries series, List<KpiAssessment> kpis) {
        LocalDate date = ServiceDeskContract.STATUS_DATE;
        ProjectEntry serviceDesk = ProjectEntry.builder().projectId(SERVICE_DESK)
            .name("Centro de atención a usuarios (CAU)").evm(series).addAllStatuses(statuses(kpis))
            .lateMilestones(late(contract, date)).overdueMilestones(overdue(contract, date))
            .addAttention(AttentionItem.risk("R-01", "Rotación del personal del CAU en el segundo nivel", StatusLevel.AMBER))
            .addAttention(AttentionItem.action("A-07", "Corregir los defectos del informe de transición (M-04)",
                StatusLevel.AMBER, LocalDate.of(2027, 1, 15)))
            .build();
        ProjectEntry eOffice = ProjectEntry.builder().projectId(E_OFFICE).name("Sede electrónica")
            .evm(series(series, "180000.00", new String[] {"15000", "30000", "45000", "60000", "75000", "90000",
                "105000", "120000", "135000", "150000", "165000", "180000"},
                new String[] {"14000", "31000", "47000", "63000", "79000", "94000", "110000"},
                new String[] {"13500", "29000", "44000", "59000", "75000", "90000", "104000"}))
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.GREEN),
                DimensionStatus.of(Dimension.COST, StatusLevel.GREEN), DimensionStatus.of(Dimension.SCOPE, StatusLevel.GREEN),
                DimensionStatus.of(Dimension.QUALITY, StatusLevel.AMBER), DimensionStatus.of(Dimension.RISK, StatusLevel.GREEN))
            .lateMilestones(0).overdueMilestones(0)
            .addAttention(AttentionItem.risk("R-03", "Dependencia de la pasarela de pagos de la Diputación",
                StatusLevel.GREEN))
            .build();
        ProjectEntry cloud = ProjectEntry.builder().projectId(CLOUD).name("Migración a la nube")
            .evm(series(series, "240000.00", new String[] {"10000", "25000", "45000", "70000", "95000", "120000",
                "145000", "170000", "195000", "215000", "230000", "240000"},
                new String[] {"8000", "20000", "36000", "55000", "74000", "92000", "110000"},
                new String[] {"9500", "24000", "43000", "66000", "89000", "112000", "136000"}))
            .addStatuses(DimensionStatus.of(Dimension.SCHEDULE, StatusLevel.RED),
                DimensionStatus.of(Dimension.COST, StatusLevel.RED), DimensionStatus.of(Dimension.SCOPE, StatusLevel.AMBER),
                DimensionStatus.of(Dimension.QUALITY, StatusLevel.GREEN), DimensionStatus.of(Dimension.RISK, StatusLevel.RED))
            .lateMilestones(2).overdueMilestones(1)
            .addAttention(AttentionItem.risk("R-02", "Licencias del sistema de base de datos no portables a la nube",
                StatusLevel.RED))
            .addAttention(AttentionItem.action("A-04", "Replanificar la migración de la base de datos padronal",
                StatusLevel.RED, LocalDate.of(2026, 12, 15)))
            .build();
        return Portfolio.builder().name("Oficina técnica de proyectos · Ayuntamiento").statusDate(date)
            .scale(StatusScale.rag())
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PRG-ADM-E")).name("Administración electrónica")
                .addProjects(serviceDesk, eOffice).build())
            .addProgrammes(Programme.builder().id(ProgrammeId.of("PRG-INFRA")).name("Infraestructuras")
                .addProjects(cloud).build())
            .build();
    }

    /** The status of each dimension from the KPIs measuring it: the worst when several do (SPI and SPI(t)). */
    private static List<DimensionStatus> statuses(List<KpiAssessment> kpis) {
        Map<Dimension, List<KpiAssessment>> byDimension = new EnumMap<>(Dimension.class);
        for (KpiAssessment a : kpis) {
            Dimension.forKpi(a.kpi()).ifPresent(d -> byDimension.computeIfAbsent(d, k -> new ArrayList<>()).add(a));
        }
        List<DimensionStatus> out = new ArrayList<>();
        byDimension.forEach((d, list) -> out.add(DimensionStatus.worstOf(d, StatusScale.rag(), list)));
        return out;
    }

    /** Milestones met after their baseline date, or not met with the baseline date passed. */
    private static int late(Contract contract, LocalDate date) {
        int n = 0;
        for (Milestone m : contract.milestones()) {
            boolean metLate = m.actualDate().map(a -> a.isAfter(m.baselineDate())).orElse(false);
            if (metLate || overdue(m, date)) {
                n++;
            }
        }
        return n;
    }

    private static int overdue(Contract contract, LocalDate date) {
        return (int) contract.milestones().stream().filter(m -> overdue(m, date)).count();
    }

    private static boolean overdue(Milestone m, LocalDate date) {
        return m.status() != MilestoneStatus.MET && m.baselineDate().isBefore(date);
    }

    private static EvmSeries series(EvmSeries calendar, String bac, String[] pv, String[] ev, String[] ac) {
        EvmSeries.Builder b = EvmSeries.builder().bac(Money.euros(bac)).statusDate(calendar.statusDate());
        for (int t = 0; t < pv.length; t++) {
            b.addPeriodEnds(calendar.periodEnds().get(t)).addPv(Money.euros(pv[t]));
        }
        for (int t = 0; t < ev.length; t++) {
            b.addEv(Money.euros(ev[t])).addAc(Money.euros(ac[t]));
        }
        return b.build();
    }
}
