package io.otp.kpi.portfolio;

import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad input is rejected with every problem, each naming its field. */
class PortfolioValidationTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);

    private static EvmSeries series(Currency currency, int status) {
        List<LocalDate> ends = monthEnds(3);
        Money m = Money.of(new java.math.BigDecimal("100.00"), currency);
        EvmSeries.Builder b = EvmSeries.builder().addAllPeriodEnds(ends).addPv(m, m, m).bac(m).statusDate(ends.get(status - 1));
        for (int t = 0; t < status; t++) {
            b.addEv(m).addAc(m);
        }
        return b.build();
    }

    private static ProjectEntry project(String id, EvmSeries evm) {
        return ProjectEntry.builder().projectId(ProjectId.of(id)).name(id).evm(evm).build();
    }

    private static Programme programme(String id, ProjectEntry... projects) {
        return Programme.builder().id(ProgrammeId.of(id)).name(id).addProjects(projects).build();
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::ruleId).collect(Collectors.toList());
    }

    @Test
    void rejectsACurrencyMismatchInAProgramme() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> programme("PG",
            project("A", series(Money.EUR, 1)), project("B", series(Currency.getInstance("USD"), 1))));
        assertThat(paths(e)).containsExactly("projects[1].evm.bac");
        assertThat(rules(e)).containsExactly("OTP-PORTFOLIO-CURRENCY");
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo(
            "project B: amounts in USD, expected EUR: a roll-up sums amounts of one currency only");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es"))).isEqualTo(
            "proyecto B: importes en USD, se esperaba EUR: una agregación solo suma importes de una misma moneda");
    }

    @Test
    void rejectsMismatchesAcrossProgrammesWithEveryProblemAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Portfolio.builder()
            .name("Office").statusDate(JAN)
            .addProgrammes(programme("PG-1", project("A", series(Money.EUR, 1))),
                programme("PG-2", project("A", series(Money.EUR, 1)), project("B", series(Money.EUR, 1))),
                programme("PG-3", project("C", series(Currency.getInstance("USD"), 2))))
            .build());
        assertThat(paths(e)).containsExactly("programmes[1].projects[0].projectId",
            "programmes[2].projects[0].evm.statusDate", "programmes[2].projects[0].evm.bac");
        assertThat(rules(e)).containsExactly("OTP-PORTFOLIO-DUPLICATE", "OTP-PORTFOLIO-STATUS-DATE",
            "OTP-PORTFOLIO-CURRENCY");
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("project A appears twice (first at programmes[0].projects[0]); a project belongs to one programme only");
    }

    @Test
    void rejectsAProjectWhoseStatusDateIsNotThePortfolios() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Portfolio.builder()
            .name("Office").statusDate(LocalDate.of(2026, 2, 28))
            .addProgrammes(programme("PG", project("A", series(Money.EUR, 2)), project("B", series(Money.EUR, 2))),
                programme("PG-2", project("C", series(Money.EUR, 1))))
            .build());
        assertThat(paths(e)).containsExactly("programmes[1].projects[0].evm.statusDate");
        assertThat(e.violations().get(0).message(Locale.ENGLISH)).isEqualTo("project C: status date 2026-01-31, "
            + "expected 2026-02-28: every project of a roll-up is measured at the same status date");
    }

    @Test
    void rejectsDuplicateProjectsInAProgrammeAndDuplicateProgrammes() {
        ValidationException inProgramme = catchThrowableOfType(ValidationException.class, () -> programme("PG",
            project("A", series(Money.EUR, 1)), project("A", series(Money.EUR, 1))));
        assertThat(paths(inProgramme)).containsExactly("projects[1].projectId");
        ValidationException programmes = catchThrowableOfType(ValidationException.class, () -> Portfolio.builder()
            .name("Office").statusDate(JAN)
            .addProgrammes(programme("PG", project("A", series(Money.EUR, 1))),
                programme("PG", project("B", series(Money.EUR, 1))))
            .build());
        assertThat(paths(programmes)).containsExactly("programmes[1].id");
    }

    @Test
    void rejectsEmptyAndBlankValues() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> Portfolio.builder().name(" ").statusDate(JAN).build());
        assertThat(paths(e)).containsExactly("name", "programmes");
        ValidationException p = catchThrowableOfType(ValidationException.class,
            () -> Programme.builder().id(ProgrammeId.of("PG")).name("PG").build());
        assertThat(paths(p)).containsExactly("projects");
        ValidationException s = catchThrowableOfType(ValidationException.class, () -> EvmSummary.sum(List.of()));
        assertThat(paths(s)).containsExactly("series");
    }

    @Test
    void sumRejectsSeriesOfAnotherDateOrCurrency() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> EvmSummary.sum(List.of(
            series(Money.EUR, 1), series(Money.EUR, 2), series(Currency.getInstance("USD"), 1))));
        assertThat(paths(e)).containsExactly("series[1].statusDate", "series[2].bac");
    }

    @Test
    void rejectsProjectEntriesWithDuplicateDimensionsOrNegativeCounts() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> ProjectEntry.builder()
            .projectId(ProjectId.of("A")).name("A").evm(series(Money.EUR, 1))
            .addStatuses(DimensionStatus.of(Dimension.COST, StatusLevel.RED),
                DimensionStatus.of(Dimension.COST, StatusLevel.GREEN))
            .lateMilestones(-1).overdueMilestones(-2)
            .addAttention(AttentionItem.risk("R1", "a", StatusLevel.RED), AttentionItem.risk("R1", "b", StatusLevel.RED))
            .build());
        assertThat(paths(e)).containsExactly("statuses[1].dimension", "lateMilestones", "overdueMilestones",
            "attention[1].reference");
        ValidationException blank = catchThrowableOfType(ValidationException.class,
            () -> AttentionItem.risk(" ", "", StatusLevel.RED));
        assertThat(paths(blank)).containsExactly("reference", "title");
    }

    @Test
    void rejectsLevelsThatAreNotOnThePortfoliosScale() {
        ProjectEntry a = ProjectEntry.builder().projectId(ProjectId.of("A")).name("A").evm(series(Money.EUR, 1))
            .addStatuses(DimensionStatus.of(Dimension.RISK, StatusLevel.AMBER_GREEN))
            .addAttention(AttentionItem.risk("R1", "r", StatusLevel.AMBER_RED))
            .build();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Portfolio.builder()
            .name("Office").statusDate(JAN).addProgrammes(programme("PG", a)).build());
        assertThat(paths(e)).containsExactly("programmes[0].projects[0].statuses[0].status",
            "programmes[0].projects[0].attention[0].severity");
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("status AMBER_GREEN is not on the scale RAG (GREEN, AMBER, RED)");
        Portfolio dc = Portfolio.builder().name("Office").statusDate(JAN).scale(StatusScale.deliveryConfidence())
            .addProgrammes(programme("PG", a)).build();
        assertThat(dc.rollUp().overall()).contains(StatusLevel.AMBER_GREEN);
        ValidationException programme = catchThrowableOfType(ValidationException.class,
            () -> programme("PG", a).rollUp(StatusScale.rag(), OverallStatusPolicy.worst()));
        assertThat(paths(programme)).containsExactly("projects[0].statuses[0].status", "projects[0].attention[0].severity");
    }

    @Test
    void rejectsANegativeNumberOfTopRisks() {
        Portfolio p = Portfolio.builder().name("Office").statusDate(JAN)
            .addProgrammes(programme("PG", project("A", series(Money.EUR, 1)))).build();
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> DashboardSnapshot.of(p, OverallStatusPolicy.worst(), -1));
        assertThat(paths(e)).containsExactly("maxRisks");
    }
}
