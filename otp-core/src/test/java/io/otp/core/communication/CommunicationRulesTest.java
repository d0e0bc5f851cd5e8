package io.otp.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.ProjectId;
import io.otp.core.json.OtpJson;
import io.otp.core.testing.CommunicationGenerators;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.time.DateRange;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommunicationRulesTest {

    private static final LocalDate AWARD = LocalDate.of(2026, 2, 16);

    private static final DateRange Q1 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    private static Publication pub(int n, String date, Channel channel, boolean results, boolean eu) {
        return Publication.builder().reference("PUB-0" + n).title("Nota " + n).date(LocalDate.parse(date))
            .channel(channel).audience(Audience.CITIZENS).link(URI.create("https://sede.example.es/n/" + n))
            .containsEvaluationResults(results).carriesEuFundingStatement(eu).build();
    }

    private static PlannedAction action(Channel channel, Audience audience, Frequency frequency) {
        return PlannedAction.builder().channel(channel).audience(audience).frequency(frequency).build();
    }

    /**
     * Worked example built for this rule set: web and social media planned monthly, press quarterly,
     * first quarter of 2026, award on 16 February 2026, EU-funded (PRTR). Publication 3 discloses
     * results six days before the award, publication 6 lacks the EU statement, and social media is
     * not used in February (publication 4 went to the web instead).
     */
    private static CommunicationPlan example() {
        return CommunicationPlan.builder().id(CommunicationPlanId.of("CP-1")).project(ProjectId.of("P-7"))
            .addActions(action(Channel.WEB, Audience.CITIZENS, Frequency.MONTHLY),
                action(Channel.SOCIAL_MEDIA, Audience.CITIZENS, Frequency.MONTHLY),
                action(Channel.PRESS, Audience.COMPANIES, Frequency.QUARTERLY))
            .addPublications(pub(1, "2026-01-15", Channel.WEB, false, true),
                pub(2, "2026-01-20", Channel.SOCIAL_MEDIA, false, true),
                pub(3, "2026-02-10", Channel.WEB, true, true),
                pub(4, "2026-02-20", Channel.WEB, true, true),
                pub(5, "2026-03-05", Channel.WEB, false, true),
                pub(6, "2026-03-10", Channel.SOCIAL_MEDIA, false, false),
                pub(7, "2026-02-16", Channel.PRESS, true, true))
            .build();
    }

    @Test
    void workedExampleReportsOneViolationOfEachRule() {
        List<Violation> violations = CommunicationRules.check(example(), Optional.of(AWARD), true, Q1);

        assertThat(violations).extracting(Violation::path, Violation::ruleId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("publications[2]", CommunicationRules.RESULTS_BEFORE_AWARD),
            org.assertj.core.groups.Tuple.tuple("publications[5]", CommunicationRules.EU_FUNDING_STATEMENT),
            org.assertj.core.groups.Tuple.tuple("channels.SOCIAL_MEDIA", CommunicationRules.CHANNEL_PER_PERIOD));
        assertThat(violations.get(0).arguments()).containsEntry("publication", "PUB-03")
            .containsEntry("value", "2026-02-10").containsEntry("award", "2026-02-16");
        assertThat(violations.get(1).arguments()).containsEntry("publication", "PUB-06")
            .containsEntry("channel", "SOCIAL_MEDIA");
        assertThat(violations.get(2).arguments()).containsEntry("value", "2026-02-01")
            .containsEntry("end", "2026-02-28").containsEntry("frequency", "MONTHLY");
        for (Violation v : violations) {
            assertThat(v.message(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
            assertThat(v.message(Locale.forLanguageTag("es"))).doesNotContain("{")
                .isNotEqualTo(v.message(Locale.ENGLISH));
        }
        assertThat(violations.get(1).message(Locale.forLanguageTag("es"))).contains("financiación");
    }

    @Test
    void withoutEuFundingTheStatementIsNotRequired() {
        assertThat(CommunicationRules.check(example(), Optional.of(AWARD), false, Q1))
            .extracting(Violation::ruleId).doesNotContain(CommunicationRules.EU_FUNDING_STATEMENT).hasSize(2);
    }

    @Test
    void resultsWithoutAnAwardAreAlwaysAViolation() {
        List<Violation> violations = CommunicationRules.check(example(), Optional.empty(), true, Q1);
        assertThat(violations).filteredOn(v -> v.ruleId().equals(CommunicationRules.RESULTS_BEFORE_AWARD))
            .extracting(Violation::path)
            .containsExactly("publications[2]", "publications[3]", "publications[6]");
    }

    @Test
    void periodsCutByTheRangeAreNotChecked() {
        DateRange partial = DateRange.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 20));
        assertThat(CommunicationRules.check(example(), Optional.of(AWARD), true, partial))
            .extracting(Violation::path).containsExactly("publications[2]", "publications[5]",
                "channels.SOCIAL_MEDIA");
        DateRange february = DateRange.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 31));
        assertThat(CommunicationRules.check(example(), Optional.of(AWARD), true, february))
            .extracting(Violation::path).doesNotContain("channels.SOCIAL_MEDIA");
    }

    @Test
    void aPlanRespectingTheRulesHasNoViolation() {
        qt().forAll(ExecutionGenerators.seeded(r -> new Random(r.nextLong()))).checkAssert(r -> {
            LocalDate award = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            CommunicationPlan plan = CommunicationGenerators.compliantPlan(r, award);
            assertThat(CommunicationRules.check(plan, Optional.of(award), true, CommunicationGenerators.year2025()))
                .isEmpty();
        });
    }

    @Test
    void addingResultsPublishedBeforeTheAwardAlwaysGivesAViolation() {
        qt().forAll(ExecutionGenerators.seeded(r -> new Random(r.nextLong()))).checkAssert(r -> {
            LocalDate award = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
            CommunicationPlan plan = CommunicationGenerators.compliantPlan(r, award);
            LocalDate early = award.minusDays(1 + r.nextInt(200));
            Publication leak = CommunicationGenerators.publication(r, 99, early, Channel.PRESS, true, true);
            List<Violation> violations = CommunicationRules.check(plan.withPublication(leak), Optional.of(award),
                true, CommunicationGenerators.year2025());
            assertThat(violations).extracting(Violation::path, Violation::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("publications[" + plan.publications().size() + "]",
                    CommunicationRules.RESULTS_BEFORE_AWARD));
        });
    }

    @Test
    void planRoundTripsThroughJsonAndIsQueriedByProjectAndLastPublication() {
        OtpJson json = OtpJson.standard();
        CommunicationPlan plan = example();
        assertThat(json.read(json.write(plan), CommunicationPlan.class)).isEqualTo(plan);
        assertThat(plan.queryValues()).containsEntry(Aggregate.PROJECT, "P-7")
            .containsEntry(Aggregate.DATE, "2026-03-10");
        CommunicationPlan empty = CommunicationPlan.builder().id(CommunicationPlanId.of("CP-2"))
            .project(ProjectId.of("P-7")).build();
        assertThat(empty.queryValues()).doesNotContainKey(Aggregate.DATE);
    }

    @Test
    void frequencyPeriodsStartOnCalendarBoundaries() {
        LocalDate d = LocalDate.of(2026, 8, 19);
        assertThat(Frequency.MONTHLY.periodStart(d)).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(Frequency.QUARTERLY.periodStart(d)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Frequency.YEARLY.periodStart(d)).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
