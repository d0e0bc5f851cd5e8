package io.otp.kpi.portfolio;

import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.PublicIctKpis;
import java.util.Objects;
import java.util.Optional;

/**
 * A dimension of a project's status on a dashboard, after the KPI catalogue of public ICT projects
 * ({@link io.otp.kpi.indicator.PublicIctKpis}) and EU PM² status reports. The declaration order is the
 * order of columns in a heat map and of statuses in a snapshot.
 */
public enum Dimension {
    /** Time: SPI, SPI(t), milestones met on time. */
    SCHEDULE,
    /** Money: CPI, budget executed, certified versus planned. */
    COST,
    /** Scope and milestones: deliverables and milestones delivered as agreed. */
    SCOPE,
    /** Quality: deliverables accepted first time, defects. */
    QUALITY,
    /** Risks, issues and overdue action items. */
    RISK;

    /**
     * The dimension a KPI of the built-in catalogue ({@link PublicIctKpis}) stands for: SPI and SPI(t)
     * schedule; CPI and budget executed cost; milestones met on time and certified versus planned scope;
     * deliverables accepted first time quality; overdue action items risk.
     *
     * @param kpi the KPI; not null
     * @return the dimension, or empty for a KPI outside the catalogue
     */
    public static Optional<Dimension> forKpi(KpiId kpi) {
        Objects.requireNonNull(kpi, "kpi");
        if (kpi.equals(PublicIctKpis.SPI) || kpi.equals(PublicIctKpis.SPI_T)) {
            return Optional.of(SCHEDULE);
        }
        if (kpi.equals(PublicIctKpis.CPI) || kpi.equals(PublicIctKpis.BUDGET_EXECUTED)) {
            return Optional.of(COST);
        }
        if (kpi.equals(PublicIctKpis.MILESTONES_ON_TIME) || kpi.equals(PublicIctKpis.CERTIFIED_VS_PLANNED)) {
            return Optional.of(SCOPE);
        }
        if (kpi.equals(PublicIctKpis.DELIVERABLES_ACCEPTED_FIRST_TIME)) {
            return Optional.of(QUALITY);
        }
        if (kpi.equals(PublicIctKpis.OVERDUE_ACTION_ITEMS)) {
            return Optional.of(RISK);
        }
        return Optional.empty();
    }
}
