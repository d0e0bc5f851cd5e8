package io.otp.kpi.portfolio;

import io.otp.core.Violation;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The checks and the roll-up shared by programmes and the portfolio. */
final class Rollups {

    private Rollups() {
    }

    /** A project with the path it has in the value being checked. */
    static final class Located {
        final String path;
        final ProjectEntry project;

        Located(String path, ProjectEntry project) {
            this.path = path;
            this.project = project;
        }
    }

    /**
     * Duplicate ids, and status dates and currencies that differ from the expected date (or the first
     * project's) and the first project's currency.
     */
    static void checkConsistency(List<Located> projects, Optional<LocalDate> date, List<Violation> v) {
        if (projects.isEmpty()) {
            return;
        }
        EvmSeries first = projects.get(0).project.evm();
        LocalDate expectedDate = date.orElse(first.statusDate());
        Currency currency = first.bac().currency();
        Map<Object, String> seen = new HashMap<>();
        for (Located l : projects) {
            ProjectEntry p = l.project;
            String previous = seen.putIfAbsent(p.projectId(), l.path);
            if (previous != null) {
                v.add(Violation.of(l.path + ".projectId", "OTP-PORTFOLIO-DUPLICATE",
                    "io.otp.kpi.portfolio.duplicateProject", "value", p.projectId(), "first", previous));
            }
            if (!p.evm().statusDate().equals(expectedDate)) {
                v.add(Violation.of(l.path + ".evm.statusDate", "OTP-PORTFOLIO-STATUS-DATE",
                    "io.otp.kpi.portfolio.statusDate", "project", p.projectId(), "value", p.evm().statusDate(),
                    "expected", expectedDate));
            }
            if (!p.evm().bac().currency().equals(currency)) {
                v.add(Violation.of(l.path + ".evm.bac", "OTP-PORTFOLIO-CURRENCY", "io.otp.kpi.portfolio.currency",
                    "project", p.projectId(), "value", p.evm().bac().currency().getCurrencyCode(),
                    "expected", currency.getCurrencyCode()));
            }
        }
    }

    /** Every level used by a project is on the scale. */
    static void checkLevels(List<Located> projects, StatusScale scale, List<Violation> v) {
        for (Located l : projects) {
            List<DimensionStatus> statuses = l.project.statuses();
            for (int i = 0; i < statuses.size(); i++) {
                checkLevel(l.path + ".statuses[" + i + "].status", statuses.get(i).status(), scale, v);
            }
            List<AttentionItem> items = l.project.attention();
            for (int i = 0; i < items.size(); i++) {
                checkLevel(l.path + ".attention[" + i + "].severity", items.get(i).severity(), scale, v);
            }
        }
    }

    private static void checkLevel(String path, StatusLevel level, StatusScale scale, List<Violation> v) {
        if (!scale.levels().contains(level)) {
            v.add(Violation.of(path, "OTP-PORTFOLIO-LEVEL", "io.otp.kpi.portfolio.level", "value", level.code(),
                "scale", scale.name(), "allowed",
                scale.levels().stream().map(StatusLevel::code).collect(Collectors.joining(", "))));
        }
    }

    static Rollup rollUp(Optional<ProgrammeId> programme, String name, List<ProjectEntry> projects,
            StatusScale scale, OverallStatusPolicy policy) {
        List<ProjectEntry> sorted = new ArrayList<>(projects);
        sorted.sort(Comparator.comparing(ProjectEntry::projectId));
        List<DimensionStatus> statuses = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            StatusLevel worst = null;
            for (ProjectEntry p : sorted) {
                Optional<DimensionStatus> s = p.status(d);
                if (s.isPresent()) {
                    worst = worst == null ? s.get().status() : scale.worse(worst, s.get().status());
                }
            }
            if (worst != null) {
                statuses.add(DimensionStatus.of(d, worst));
            }
        }
        return Rollup.builder()
            .programme(programme)
            .name(name)
            .addAllProjects(sorted.stream().map(ProjectEntry::projectId).collect(Collectors.toList()))
            .addAllStatuses(statuses)
            .overall(statuses.isEmpty() ? Optional.empty() : Optional.of(policy.overall(statuses, scale)))
            .evm(EvmSummary.sum(sorted.stream().map(ProjectEntry::evm).collect(Collectors.toList())))
            .lateMilestones(sum(sorted, ProjectEntry::lateMilestones))
            .overdueMilestones(sum(sorted, ProjectEntry::overdueMilestones))
            .build();
    }

    private static Optional<Integer> sum(List<ProjectEntry> projects,
            java.util.function.Function<ProjectEntry, Optional<Integer>> count) {
        Optional<Integer> total = Optional.empty();
        for (ProjectEntry p : projects) {
            Optional<Integer> n = count.apply(p);
            if (n.isPresent()) {
                total = Optional.of(total.orElse(0) + n.get());
            }
        }
        return total;
    }
}
