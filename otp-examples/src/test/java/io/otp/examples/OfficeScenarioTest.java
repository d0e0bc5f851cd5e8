package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.otp.core.Violation;
import io.otp.core.agreement.AgreementParty;
import io.otp.core.agreement.AgreementStatus;
import io.otp.core.communication.CommunicationRules;
import io.otp.core.funding.FundingApplicationStatus;
import io.otp.core.funding.FundingMatch;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.funding.FundingShare;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.NeedId;
import io.otp.core.id.ProjectId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.need.NeedStatus;
import io.otp.core.project.Project;
import io.otp.core.prtr.PrtrChecks;
import io.otp.scoring.priority.PrioritisedNeed;
import io.otp.scoring.priority.PriorityCriterion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The figures of the office scenario, computed independently.
 *
 * <p>The AHP figures were computed with NumPy ({@code numpy.linalg.eig}: principal eigenvalue,
 * eigenvector normalised to sum 1, CI = (lambda - n) / (n - 1), CR = CI / 1.12 for n = 5, Saaty's random
 * index). Revised matrix (rows URGENCY, STRATEGIC_ALIGNMENT, COST, FEASIBILITY, SECURITY_IMPACT):
 * lambda = 5.03311, w = 0.375999, 0.214667, 0.120888, 0.073778, 0.214667, CI = 0.0082785, CR =
 * 0.0073915. First matrix (FEASIBILITY vs SECURITY_IMPACT = 5): lambda = 6.07347, CR = 0.239614.
 *
 * <p>Scores: min-max normalisation of each criterion over the six needs, cost reflected ((max - cost) /
 * (max - min), max 900,000, min 45,000), security by ENS category (BASIC 1, MEDIUM 2, HIGH 3). For
 * N-2026-003: urgency 5 -> 1, alignment 5 -> 1, cost 450,000 -> 450,000 / 855,000 = 0.526316, feasibility
 * 3 -> 1/3, HIGH -> 1: 0.375999 + 0.214667 + 0.120888 x 0.526316 + 0.073778 / 3 + 0.214667 = 0.893552.
 * All six, computed the same way: 003 0.8936, 001 0.6954, 006 0.4453, 005 0.3758, 004 0.3179, 002 0.2556.
 */
class OfficeScenarioTest {

    private static OfficeScenario.Outcome run() {
        return new OfficeScenario(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void firstMatrixIsInconsistentAndNamesTheJudgementToRevise() {
        OfficeScenario.Outcome o = run();
        assertThat(o.firstWeights().consistencyRatio().getAsDouble()).isCloseTo(0.239614, within(1e-5));
        assertThat(o.firstWeights().isConsistent()).isFalse();
        assertThat(o.firstWeights().judgementToRevise()).hasValueSatisfying(j -> {
            assertThat(List.of(j.row(), j.column())).containsExactlyInAnyOrder(PriorityCriterion.FEASIBILITY,
                PriorityCriterion.SECURITY_IMPACT);
        });
    }

    @Test
    void revisedWeightsAreThePrincipalEigenvector() {
        OfficeScenario.Outcome o = run();
        Map<PriorityCriterion, BigDecimal> w = o.weights().weights();
        assertThat(w.get(PriorityCriterion.URGENCY).doubleValue()).isCloseTo(0.375999, within(1e-5));
        assertThat(w.get(PriorityCriterion.STRATEGIC_ALIGNMENT).doubleValue()).isCloseTo(0.214667, within(1e-5));
        assertThat(w.get(PriorityCriterion.COST).doubleValue()).isCloseTo(0.120888, within(1e-5));
        assertThat(w.get(PriorityCriterion.FEASIBILITY).doubleValue()).isCloseTo(0.073778, within(1e-5));
        assertThat(w.get(PriorityCriterion.SECURITY_IMPACT).doubleValue()).isCloseTo(0.214667, within(1e-5));
        assertThat(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        assertThat(o.weights().consistencyRatio().getAsDouble()).isCloseTo(0.0073915, within(1e-6));
        assertThat(o.weights().judgementToRevise()).isEmpty();
    }

    @Test
    void ranksTheSixNeedsOfTheThreeDepartments() {
        OfficeScenario.Outcome o = run();
        List<PrioritisedNeed> ranking = o.ranking().ranking();
        assertThat(ranking).extracting(p -> p.need().id().value()).containsExactly("N-2026-003", "N-2026-001",
            "N-2026-006", "N-2026-005", "N-2026-004", "N-2026-002");
        assertThat(ranking).extracting(p -> p.score().doubleValue()).satisfiesExactly(
            s -> assertThat(s).isCloseTo(0.893552, within(1e-5)),
            s -> assertThat(s).isCloseTo(0.6954, within(1e-4)),
            s -> assertThat(s).isCloseTo(0.4453, within(1e-4)),
            s -> assertThat(s).isCloseTo(0.3758, within(1e-4)),
            s -> assertThat(s).isCloseTo(0.3179, within(1e-4)),
            s -> assertThat(s).isCloseTo(0.2556, within(1e-4)));
        assertThat(ranking).extracting(p -> p.need().requestingDepartment().value()).containsOnly("D-URB", "D-SSO",
            "D-HAC");
        assertThat(ranking.get(0).explanation()).contains("COST").contains("450000.00");
    }

    @Test
    void convertsTheFirstTwoNeedsIntoProjects() {
        OfficeScenario.Outcome o = run();
        assertThat(o.projects()).extracting(Project::id)
            .containsExactly(ProjectId.of("PRJ-2026-021"), ProjectId.of("PRJ-2026-022"));
        assertThat(o.projects().get(0).linkedNeeds()).containsExactly(NeedId.of("N-2026-003"));
        assertThat(o.projects().get(0).budget()).isEqualTo(Money.euros("450000.00"));
        assertThat(o.needs()).filteredOn(n -> n.status() == NeedStatus.CONVERTED_TO_PROJECT)
            .extracting(Need::id).containsExactlyInAnyOrder(NeedId.of("N-2026-003"), NeedId.of("N-2026-001"));
        assertThat(o.needs()).filteredOn(n -> n.status() == NeedStatus.UNDER_ANALYSIS).hasSize(4);
        assertThat(o.needs().stream().filter(n -> n.id().equals(NeedId.of("N-2026-001"))).findFirst()
            .flatMap(Need::projectId)).contains(ProjectId.of("PRJ-2026-022"));
    }

    @Test
    void onlyTheOpenNextGenerationEuCallIsEligibleAndThePlanAddsUp() {
        OfficeScenario.Outcome o = run();
        assertThat(o.matches()).filteredOn(FundingMatch::isEligible).extracting(m -> m.call().id())
            .containsExactly(FundingCallId.of("BDNS-812345"));
        assertThat(o.matches()).filteredOn(m -> !m.isEligible())
            .extracting(m -> m.failedFilters().stream().map(Violation::ruleId).toList())
            .containsExactly(List.of("OTP-FUNDING-MATCH-DATE"),
                List.of("OTP-FUNDING-MATCH-BENEFICIARY", "OTP-FUNDING-MATCH-AMOUNT"),
                List.of("OTP-FUNDING-MATCH-REGION"));
        // 80 % of 450,000.00 = 360,000.00 from the call, 90,000.00 own funds.
        assertThat(o.fundingPlan()).hasValueSatisfying(plan -> {
            assertThat(plan.shares()).extracting(FundingShare::amount)
                .containsExactly(Money.euros("360000.00"), Money.euros("90000.00"));
            assertThat(plan.amountFrom(FundingProgramme.NEXT_GENERATION_EU_MRR)).isEqualTo(Money.euros("360000.00"));
            assertThat(plan.euFundedAmount()).isEqualTo(Money.euros("360000.00"));
        });
    }

    @Test
    void theSteeringCommitteeHasOneOverdueActionOfThree() {
        OfficeScenario.Outcome o = run();
        assertThat(o.committee().actionItems()).hasSize(3);
        assertThat(o.overdueActions()).extracting(ActionItem::id).containsExactly(ActionItemId.of("A-1"));
        assertThat(o.committee().project()).contains(ProjectId.of("PRJ-2026-021"));
    }

    @Test
    void theAgreementIsInForceAndItsContributionsAddUp() {
        OfficeScenario.Outcome o = run();
        assertThat(o.agreement().status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(o.agreement().parties().stream().map(AgreementParty::contribution)
            .reduce(Money.euros(0), Money::plus)).isEqualTo(Money.euros("150000.00")).isEqualTo(o.agreement().total());
        assertThat(o.agreement().projects()).containsExactly(ProjectId.of("PRJ-2026-021"));
    }

    @Test
    void theCommunicationPlanMissesTheEuStatementOnceAndPassesWhenCorrected() {
        OfficeScenario.Outcome o = run();
        assertThat(o.firstCheck()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("publications[4]",
                CommunicationRules.EU_FUNDING_STATEMENT));
        assertThat(o.correctedCheck()).isEmpty();
    }

    @Test
    void theApplicationIsGrantedWhatThePlanTakesFromTheCall() {
        OfficeScenario.Outcome o = run();
        assertThat(o.application()).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(FundingApplicationStatus.GRANTED);
            assertThat(a.grantedAmount()).contains(Money.euros("360000.00"));
            assertThat(a.history()).extracting(e -> e.to()).containsExactly(FundingApplicationStatus.SUBMITTED,
                FundingApplicationStatus.UNDER_REVIEW, FundingApplicationStatus.GRANTED);
        });
    }

    @Test
    void thePrtrCheckFindsTheMissingDeclarationAndPublicationUntilBothAreFixed() {
        OfficeScenario.Outcome o = run();
        assertThat(o.prtrCheck()).extracting(Violation::ruleId, Violation::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(PrtrChecks.DACI_MISSING, "declarations"),
            org.assertj.core.groups.Tuple.tuple(CommunicationRules.EU_FUNDING_STATEMENT,
                "communicationPlan.publications[4]"));
        assertThat(o.prtrCheck().get(0).message()).contains("director.sso");
        assertThat(o.prtrCorrected()).isEmpty();
    }

    @Test
    void printsTheSameReportOnEveryRun() {
        assertThat(report()).isEqualTo(report()).contains("CR 0.2396 -> inconsistent")
            .contains("CR 0.0074 -> consistent").contains("Overdue actions (fed to the KPI module): 1")
            .contains("every coordination rule holds").doesNotContain("% %");
        assertThat(Optional.of(report())).hasValueSatisfying(r -> assertThat(r.lines()
            .filter(l -> l.contains("ELIGIBLE")).count()).isEqualTo(1));
    }

    private static String report() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new OfficeScenario(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
