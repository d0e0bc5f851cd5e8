package io.otp.kpi.portfolio;

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
    RISK
}
