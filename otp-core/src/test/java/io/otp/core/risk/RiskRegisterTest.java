package io.otp.core.risk;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.RiskRegisterId;
import io.otp.core.json.OtpJson;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.testing.RiskGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RiskRegisterTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final PersonId ANA = PersonId.of("ana");

    private static final LocalDate IDENTIFIED = LocalDate.of(2026, 2, 1);

    private static Risk.Builder risk(String reference, Rating probability, Rating impact) {
        return Risk.builder().reference(reference).title("riesgo " + reference)
            .description("descripción de " + reference).category("técnico")
            .probability(probability).impact(impact).owner(ANA).identifiedOn(IDENTIFIED);
    }

    /** Worked example, scores by hand: 4×5=20, 4×3=12, 3×4=12, 2×2=4, 5×5=25 (closed). */
    private static RiskRegister example() {
        return RiskRegister.builder().id(RiskRegisterId.of("RR-1")).project(ProjectId.of("P-7"))
            .addRisks(risk("R-01", Rating.HIGH, Rating.VERY_HIGH)
                .lastReview(LocalDate.of(2026, 3, 1)).nextReview(LocalDate.of(2026, 4, 1)).build())
            .addRisks(risk("R-10", Rating.MEDIUM, Rating.HIGH).build())
            .addRisks(risk("R-02", Rating.HIGH, Rating.MEDIUM)
                .lastReview(LocalDate.of(2026, 3, 10)).nextReview(LocalDate.of(2026, 3, 24)).build())
            .addRisks(risk("R-03", Rating.LOW, Rating.LOW).build())
            .addRisks(risk("R-04", Rating.VERY_HIGH, Rating.VERY_HIGH).status(RiskStatus.CLOSED)
                .nextReview(LocalDate.of(2026, 3, 5)).build())
            .addIssues(Issue.builder().reference("I-01").title("proveedor en concurso")
                .description("el proveedor de licencias entra en concurso").priority(IssuePriority.HIGH)
                .owner(ANA).raisedOn(LocalDate.of(2026, 3, 2)).relatedRisk("R-04").build())
            .build();
    }

    @Test
    void scoresAndLevelsMatchTheHandCalculation() {
        RiskRegister register = example();
        Map<String, Integer> scores = register.risks().stream()
            .collect(Collectors.toMap(Risk::reference, Risk::score));
        assertThat(scores).containsExactlyInAnyOrderEntriesOf(
            Map.of("R-01", 20, "R-10", 12, "R-02", 12, "R-03", 4, "R-04", 25));
        assertThat(register.risk("R-01").orElseThrow().level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(register.risk("R-02").orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(register.risk("R-03").orElseThrow().level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void levelBandsChangeAtFiveTenAndFifteen() {
        // SDK default bands: 1-4 low, 5-9 medium, 10-14 high, 15-25 critical.
        assertThat(RiskLevel.ofScore(4)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskLevel.ofScore(Rating.VERY_LOW.score() * Rating.VERY_HIGH.score())).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.ofScore(9)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.ofScore(Rating.LOW.score() * Rating.VERY_HIGH.score())).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.ofScore(14)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.ofScore(Rating.MEDIUM.score() * Rating.VERY_HIGH.score())).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskLevel.ofScore(25)).isEqualTo(RiskLevel.CRITICAL);
        assertOnlyViolation(() -> RiskLevel.ofScore(26), "score", "OTP-RISK-SCORE",
            "risk score 26 is out of range; allowed 1 to 25 (probability times impact)");
        assertOnlyViolation(() -> Rating.ofScore(0), "score", "OTP-RISK-RATING",
            "rating score 0 is out of range; allowed 1 (very low) to 5 (very high)");
        assertThat(Rating.ofScore(4)).isEqualTo(Rating.HIGH);
    }

    @Test
    void topRisksAreByScoreThenReferenceNumberWithoutClosedOnes() {
        RiskRegister register = example();
        LocalDate day = LocalDate.of(2026, 4, 1);
        assertThat(register.topRisks(3, day)).extracting(Risk::reference).containsExactly("R-01", "R-02", "R-10");
        assertThat(register.topRisks(10, day)).extracting(Risk::reference)
            .containsExactly("R-01", "R-02", "R-10", "R-03");
        assertThat(register.topRisks(0, day)).isEmpty();
        assertThat(register.topRisks(5, IDENTIFIED.minusDays(1))).isEmpty();
        assertOnlyViolation(() -> register.topRisks(-1, day), "n", "OTP-RISK-TOP",
            "the number of top risks must be zero or more, was -1");
    }

    @Test
    void aReviewIsOverdueOnlyAfterItsDayAndNeverForClosedRisks() {
        RiskRegister register = example();
        assertThat(register.overdueReviews(LocalDate.of(2026, 4, 1))).extracting(Risk::reference)
            .containsExactly("R-02");
        assertThat(register.overdueReviews(LocalDate.of(2026, 4, 2))).extracting(Risk::reference)
            .containsExactly("R-02", "R-01");
        assertThat(register.overdueReviews(LocalDate.of(2026, 3, 24))).isEmpty();
    }

    @Test
    void reassessKeepsTheReviewIntervalAndAssessesIdentifiedRisks() {
        RiskRegister register = example()
            .reassess("R-02", Rating.LOW, Rating.MEDIUM, LocalDate.of(2026, 3, 24))
            .reassess("R-03", Rating.MEDIUM, Rating.VERY_HIGH, LocalDate.of(2026, 3, 20));
        Risk r02 = register.risk("R-02").orElseThrow();
        // 2 × 3 = 6, medium; the interval 10 March → 24 March (14 days) carries on to 7 April.
        assertThat(r02.score()).isEqualTo(6);
        assertThat(r02.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(r02.lastReview()).contains(LocalDate.of(2026, 3, 24));
        assertThat(r02.nextReview()).contains(LocalDate.of(2026, 4, 7));
        Risk r03 = register.risk("R-03").orElseThrow();
        assertThat(r03.status()).isEqualTo(RiskStatus.ASSESSED);
        assertThat(r03.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(r03.nextReview()).contains(LocalDate.of(2026, 3, 20).plusDays(RiskRegister.DEFAULT_REVIEW_DAYS));
        assertThat(register.risks()).extracting(Risk::reference)
            .containsExactly("R-01", "R-10", "R-02", "R-03", "R-04");
        assertThat(example().risk("R-02").orElseThrow().score()).isEqualTo(12);
        assertThat(register.queryValues()).containsExactly(
            Map.entry(Aggregate.DATE, "2026-03-24"), Map.entry(Aggregate.PROJECT, "P-7"));
    }

    @Test
    void reassessRejectsUnknownClosedAndEarlierReviews() {
        RiskRegister register = example();
        assertOnlyViolation(() -> register.reassess("R-99", Rating.LOW, Rating.LOW, LocalDate.of(2026, 4, 1)),
            "risks", "OTP-RISK-REFERENCE", "register RR-1 has no risk R-99");
        assertOnlyViolation(() -> register.reassess("R-04", Rating.LOW, Rating.LOW, LocalDate.of(2026, 4, 1)),
            "status", "OTP-RISK-REVIEW", "risk R-04 is closed and cannot be reassessed");
        assertOnlyViolation(() -> register.reassess("R-01", Rating.LOW, Rating.LOW, LocalDate.of(2026, 2, 15)),
            "lastReview", "OTP-RISK-REVIEW",
            "risk R-01: review 2026-02-15 is before the last review 2026-03-01; a reassessment cannot go back in time");
        assertOnlyViolation(() -> register.reassess("R-03", Rating.LOW, Rating.LOW, LocalDate.of(2026, 1, 1)),
            "lastReview", "OTP-RISK-REVIEW",
            "risk R-03: last review 2026-01-01 is before the day the risk was identified, 2026-02-01");
    }

    @Test
    void withRiskAndWithIssueAddOrReplaceByReference() {
        RiskRegister register = example();
        Risk planned = register.risk("R-01").orElseThrow().moveTo(RiskStatus.ASSESSED)
            .planResponse(ResponseStrategy.REDUCE, "segundo proveedor homologado");
        RiskRegister changed = register.withRisk(planned)
            .withRisk(risk("R-05", Rating.LOW, Rating.HIGH).build())
            .withIssue(register.issue("I-01").orElseThrow().resolve("contrato cedido a otra empresa"));
        assertThat(changed.risks()).extracting(Risk::reference)
            .containsExactly("R-01", "R-10", "R-02", "R-03", "R-04", "R-05");
        assertThat(changed.risk("R-01").orElseThrow().status()).isEqualTo(RiskStatus.RESPONSE_PLANNED);
        assertThat(changed.issue("I-01").orElseThrow().status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(register.risk("R-01").orElseThrow().status()).isEqualTo(RiskStatus.IDENTIFIED);
        assertThatThrownBy(() -> register.risk("R-04").orElseThrow().moveTo(RiskStatus.MONITORED))
            .isInstanceOf(IllegalTransitionException.class);
        assertOnlyViolation(() -> register.withIssue(Issue.builder().reference("I-02").title("t").description("d")
                .priority(IssuePriority.LOW).owner(ANA).raisedOn(IDENTIFIED).relatedRisk("R-77").build()),
            "issues[1].relatedRisk", "OTP-ISSUE-RISK", "register RR-1: related risk R-77 is not a risk of the register");
    }

    @Test
    void risksFollowThePm2LifecycleAndIssuesCanBeReopened() {
        Risk risk = risk("R-01", Rating.LOW, Rating.HIGH).build().moveTo(RiskStatus.ASSESSED);
        assertThat(RiskStatus.CLOSED.successors()).isEmpty();
        assertThat(RiskStatus.MONITORED.successors())
            .containsExactlyInAnyOrder(RiskStatus.RESPONSE_PLANNED, RiskStatus.CLOSED);
        assertThatThrownBy(() -> risk.moveTo(RiskStatus.MONITORED)).isInstanceOf(IllegalTransitionException.class);
        assertOnlyViolation(() -> risk.moveTo(RiskStatus.RESPONSE_PLANNED), "response", "OTP-RISK-RESPONSE",
            "risk R-01 is RESPONSE_PLANNED, so it needs a response strategy (avoid, reduce, transfer or accept)");
        Risk monitored = risk.planResponse(ResponseStrategy.TRANSFER, "cláusula de penalización")
            .moveTo(RiskStatus.MONITORED);
        assertThat(monitored.response()).contains(ResponseStrategy.TRANSFER);
        assertThat(monitored.moveTo(RiskStatus.CLOSED).isClosed()).isTrue();

        Issue issue = example().issue("I-01").orElseThrow();
        Issue reopened = issue.resolve("cedido").reopen();
        assertThat(reopened.status()).isEqualTo(IssueStatus.OPEN);
        assertThat(reopened.resolution()).isEmpty();
        assertThatThrownBy(issue::reopen).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aBadRiskReportsEveryProblem() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
            Risk.builder().reference("R1").title(" ").description("d").category("").probability(Rating.LOW)
                .impact(Rating.LOW).owner(ANA).identifiedOn(IDENTIFIED).status(RiskStatus.MONITORED)
                .responseActions("  ").lastReview(IDENTIFIED.minusDays(3)).nextReview(IDENTIFIED.minusDays(5))
                .build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("reference", "OTP-RISK-REFERENCE"),
            org.assertj.core.groups.Tuple.tuple("title", "OTP-RISK-TEXT"),
            org.assertj.core.groups.Tuple.tuple("category", "OTP-RISK-TEXT"),
            org.assertj.core.groups.Tuple.tuple("responseActions", "OTP-RISK-TEXT"),
            org.assertj.core.groups.Tuple.tuple("response", "OTP-RISK-RESPONSE"),
            org.assertj.core.groups.Tuple.tuple("lastReview", "OTP-RISK-REVIEW"),
            org.assertj.core.groups.Tuple.tuple("nextReview", "OTP-RISK-REVIEW"));
        assertThat(e.violations().get(0).message())
            .isEqualTo("risk reference \"R1\" is not valid; expected R- followed by 2 to 4 digits, e.g. R-01");
        assertThat(e.violations().get(6).message()).isEqualTo("risk R1: next review 2026-01-27 must be after 2026-01-29");
        assertMessagesInBothLanguages(e);
    }

    @Test
    void aBadRegisterAndBadIssuesReportEveryProblem() {
        Risk r01 = risk("R-01", Rating.LOW, Rating.LOW).build();
        Issue i01 = Issue.builder().reference("I-01").title("t").description("d").priority(IssuePriority.LOW)
            .owner(ANA).raisedOn(IDENTIFIED).build();
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
            RiskRegister.builder().id(RiskRegisterId.of("RR-2")).project(ProjectId.of("P-1"))
                .addRisks(r01, r01).addIssues(i01, i01,
                    ((ImmutableIssue) ImmutableIssue.copyOf(i01)).withReference("I-02").withRelatedRisk("R-09")).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("risks[1].reference", "issues[1].reference", "issues[2].relatedRisk");
        assertThat(e.violations().get(0).message()).isEqualTo(
            "register RR-2: reference R-01 is used twice (first at position 0); references must be unique");
        assertMessagesInBothLanguages(e);

        ValidationException bad = catchThrowableOfType(ValidationException.class, () ->
            Issue.builder().reference("X-1").title("").description(" ").priority(IssuePriority.LOW).owner(ANA)
                .raisedOn(IDENTIFIED).relatedRisk("risk").status(IssueStatus.RESOLVED).build());
        assertThat(bad.violations()).extracting(Violation::path)
            .containsExactly("reference", "relatedRisk", "title", "description", "resolution");
        assertMessagesInBothLanguages(bad);
        assertOnlyViolation(() -> ((ImmutableIssue) ImmutableIssue.copyOf(i01)).withResolution("hecho"), "resolution",
            "OTP-ISSUE-RESOLUTION", "issue I-01 is open but has a resolution \"hecho\"; only a resolved issue has one");
    }

    @Test
    void theWorkedRegisterSurvivesJson() {
        RiskRegister register = example().reassess("R-02", Rating.LOW, Rating.MEDIUM, LocalDate.of(2026, 3, 24));
        String text = JSON.write(register);
        assertThat(JSON.read(text, RiskRegister.class)).isEqualTo(register);
        assertThat(JSON.write(JSON.read(text, RiskRegister.class))).isEqualTo(text);
        assertThat(text).doesNotContain("\"score\"");
    }

    @Test
    void scoreIsProbabilityTimesImpactWithinOneToTwentyFive() {
        qt().forAll(RiskGenerators.risks()).checkAssert(r -> {
            assertThat(r.score()).isEqualTo(r.probability().score() * r.impact().score()).isBetween(1, 25);
            assertThat(r.level()).isEqualTo(RiskLevel.ofScore(r.score()));
        });
    }

    @Test
    void levelIsMonotoneInTheScore() {
        qt().forAll(integers().between(1, 25), integers().between(1, 25)).checkAssert((a, b) -> {
            if (a <= b) {
                assertThat(RiskLevel.ofScore(a)).isLessThanOrEqualTo(RiskLevel.ofScore(b));
            }
            RiskLevel level = RiskLevel.ofScore(a);
            assertThat(a).isBetween(level.lowest(), level.highest());
        });
    }

    @Test
    void topRisksAreSortedOpenAndTheHighestOnes() {
        qt().forAll(RiskGenerators.registers(), integers().between(0, 8), integers().between(0, 800))
            .checkAssert((register, n, days) -> {
                LocalDate date = LocalDate.of(2024, 1, 1).plusDays(days);
                List<Risk> top = register.topRisks(n, date);
                assertThat(top).hasSizeLessThanOrEqualTo(n).noneMatch(Risk::isClosed)
                    .allMatch(r -> !r.identifiedOn().isAfter(date));
                for (int i = 1; i < top.size(); i++) {
                    assertThat(top.get(i - 1).score()).isGreaterThanOrEqualTo(top.get(i).score());
                }
                List<Risk> eligible = register.risks().stream()
                    .filter(r -> !r.isClosed() && !r.identifiedOn().isAfter(date)).collect(Collectors.toList());
                assertThat(top).hasSize(Math.min(n, eligible.size()));
                if (!top.isEmpty()) {
                    int lowest = top.get(top.size() - 1).score();
                    eligible.stream().filter(r -> !top.contains(r))
                        .forEach(r -> assertThat(r.score()).isLessThanOrEqualTo(lowest));
                }
            });
    }

    @Test
    void overdueReviewsAreOpenAndDueBeforeTheDay() {
        qt().forAll(RiskGenerators.registers(), integers().between(0, 900)).checkAssert((register, days) -> {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(days);
            List<Risk> overdue = register.overdueReviews(date);
            assertThat(overdue).noneMatch(Risk::isClosed)
                .allMatch(r -> r.nextReview().orElseThrow().isBefore(date));
            assertThat(overdue).hasSize((int) register.risks().stream().filter(r -> r.isReviewOverdue(date)).count());
        });
    }

    @Test
    void reassessedRisksKeepTheirNextReviewAfterTheLast() {
        qt().forAll(RiskGenerators.registers(), integers().between(0, 24), integers().between(0, 120))
            .checkAssert((register, rating, days) ->
            register.risks().stream().filter(r -> !r.isClosed()).forEach(r -> {
                LocalDate review = r.lastReview().orElse(r.identifiedOn()).plusDays(days);
                int p = rating / 5 + 1;
                int i = rating % 5 + 1;
                Risk after = register.reassess(r.reference(), Rating.ofScore(p), Rating.ofScore(i), review)
                    .risk(r.reference()).orElseThrow();
                assertThat(after.score()).isEqualTo(p * i);
                assertThat(after.nextReview().orElseThrow()).isAfter(after.lastReview().orElseThrow());
                assertThat(after.status()).isNotEqualTo(RiskStatus.IDENTIFIED);
            }));
    }
}
