package io.otp.examples;

import io.otp.core.Violation;
import io.otp.core.agreement.Agreement;
import io.otp.core.agreement.AgreementParty;
import io.otp.core.agreement.AgreementStatus;
import io.otp.core.agreement.CommissionMember;
import io.otp.core.agreement.ReusedSolution;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.communication.Audience;
import io.otp.core.communication.Channel;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.communication.CommunicationRules;
import io.otp.core.communication.Frequency;
import io.otp.core.communication.PlannedAction;
import io.otp.core.communication.Publication;
import io.otp.core.funding.CallMatcher;
import io.otp.core.funding.FundingApplication;
import io.otp.core.funding.FundingApplicationEvent;
import io.otp.core.funding.FundingCall;
import io.otp.core.funding.FundingMatch;
import io.otp.core.funding.FundingPlan;
import io.otp.core.funding.FundingProfile;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.funding.FundingShare;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.AgreementId;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.FundingApplicationId;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.PrtrFileId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.ActionStatus;
import io.otp.core.meeting.Attendee;
import io.otp.core.meeting.AttendeeRole;
import io.otp.core.meeting.Decision;
import io.otp.core.meeting.Meeting;
import io.otp.core.meeting.MeetingKind;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.need.Need;
import io.otp.core.need.NeedAssessment;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Rating;
import io.otp.core.need.Urgency;
import io.otp.core.party.Dir3Code;
import io.otp.core.party.OrganisationKind;
import io.otp.core.project.EnsCategory;
import io.otp.core.project.Project;
import io.otp.core.prtr.DaciDeclaration;
import io.otp.core.prtr.DaciRole;
import io.otp.core.prtr.DnshAssessment;
import io.otp.core.prtr.DnshFinding;
import io.otp.core.prtr.DnshOutcome;
import io.otp.core.prtr.EnvironmentalObjective;
import io.otp.core.prtr.PlanTag;
import io.otp.core.prtr.PlanTagKind;
import io.otp.core.prtr.PrtrChecks;
import io.otp.core.prtr.PrtrFile;
import io.otp.core.time.DateRange;
import io.otp.scoring.priority.NeedPrioritisation;
import io.otp.scoring.priority.PrioritisedNeed;
import io.otp.scoring.priority.PrioritisedNeeds;
import io.otp.scoring.priority.PriorityCriterion;
import io.otp.scoring.priority.PriorityWeights;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The acceptance scenario of the office functions beyond procurement, for a town council in the
 * Comunidad de Madrid: six needs raised by three departments are assessed and ranked with weights
 * from an AHP pairwise comparison (the first matrix of the steering group is inconsistent, CR above
 * 0.10, and the judgement to revise is named; the revised one is used); the first two become
 * projects; the first is matched against four funding calls (each ineligible call names the filter it
 * fails) and gets a NextGenerationEU funding plan whose shares add up exactly, and its application to
 * the call goes from draft to grant; its steering committee agrees three actions, one of them overdue
 * at the status date; an agreement (convenio) with the regional government shares the project and
 * reuses a regional solution; the project's communication plan is checked by the coordination rules,
 * once with a publication lacking the EU funding statement and once corrected; and the PRTR
 * obligations of the project (DACI of every participant, DNSH over the six environmental objectives,
 * tagging to a target of the plan, anti-fraud plan, EU emblem) are checked the same way.
 *
 * <p>All figures are invented but plausible. Run it with the command given in the README.
 */
public final class OfficeScenario {

    /** The status date of the scenario. */
    public static final LocalDate STATUS_DATE = LocalDate.of(2026, 11, 20);

    /** The day the needs were assessed and ranked. */
    public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2026, 6, 15);

    /** The day the funding calls were searched. */
    public static final LocalDate FUNDING_SEARCH_DATE = LocalDate.of(2026, 7, 10);

    /** The criteria of the prioritisation, in the order of the rows of the AHP matrices. */
    public static final List<PriorityCriterion> CRITERIA = List.of(PriorityCriterion.URGENCY,
        PriorityCriterion.STRATEGIC_ALIGNMENT, PriorityCriterion.COST, PriorityCriterion.FEASIBILITY,
        PriorityCriterion.SECURITY_IMPACT);

    /**
     * The steering group's first matrix (Saaty's 1-9 scale): feasibility judged five times as
     * important as security, which contradicts its other judgements.
     */
    static final double[][] FIRST_JUDGEMENTS = {
        {1, 2, 3, 4, 2},
        {1.0 / 2, 1, 2, 3, 1},
        {1.0 / 3, 1.0 / 2, 1, 2, 1.0 / 2},
        {1.0 / 4, 1.0 / 3, 1.0 / 2, 1, 5},
        {1.0 / 2, 1, 2, 1.0 / 5, 1},
    };

    /** The revised matrix: security three times as important as feasibility. */
    static final double[][] REVISED_JUDGEMENTS = {
        {1, 2, 3, 4, 2},
        {1.0 / 2, 1, 2, 3, 1},
        {1.0 / 3, 1.0 / 2, 1, 2, 1.0 / 2},
        {1.0 / 4, 1.0 / 3, 1.0 / 2, 1, 1.0 / 3},
        {1.0 / 2, 1, 2, 3, 1},
    };

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    private static final DepartmentId PLANNING = DepartmentId.of("D-URB");
    private static final DepartmentId SOCIAL = DepartmentId.of("D-SSO");
    private static final DepartmentId FINANCE = DepartmentId.of("D-HAC");
    private static final PersonId ANALYST = PersonId.of("elena.martin");
    private static final PersonId CHAIR = PersonId.of("jefa.servicio.tic");
    private static final PersonId DEPARTMENT_DIRECTOR = PersonId.of("director.sso");
    private static final Dir3Code TOWN_COUNCIL = Dir3Code.of("L01280796");
    private static final Dir3Code REGION = Dir3Code.of("A13002908");
    private static final NutsCode TOWN_REGION = NutsCode.of("ES300");
    private static final FundingCallId NGEU_CALL = FundingCallId.of("BDNS-812345");

    private final PrintStream out;

    /**
     * Creates the scenario writing to the given stream.
     *
     * @param out where the report goes; not null
     */
    public OfficeScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the scenario on standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Outcome outcome = new OfficeScenario(System.out).run();
        if (outcome.projects().size() != 2 || outcome.fundingPlan().isEmpty()) {
            System.exit(1);
        }
    }

    /**
     * What the scenario computed, for tests and callers.
     *
     * @param firstWeights the weights of the first, inconsistent matrix
     * @param weights the weights of the revised matrix, used for the ranking
     * @param ranking the prioritised needs
     * @param needs the six needs at the end, two of them converted to projects
     * @param projects the two projects created from the first two needs of the ranking
     * @param matches the match of the first project against each call, in the order of the calls
     * @param fundingPlan the first project's funding plan, present when an open NextGenerationEU call
     *     admits it
     * @param application the application to that call, granted; present with the plan
     * @param committee the steering committee of the first project
     * @param overdueActions the committee's actions overdue at {@link #STATUS_DATE}
     * @param agreement the agreement with the regional government, in force
     * @param firstCheck the violations of the communication plan as first recorded
     * @param correctedCheck the violations after the faulty publication was corrected
     * @param prtrCheck the violations of the PRTR obligations at {@link #STATUS_DATE}: a participant's
     *     missing DACI and the publication without the EU statement
     * @param prtrCorrected the violations once the DACI is signed and the publication corrected
     */
    public record Outcome(PriorityWeights firstWeights, PriorityWeights weights, PrioritisedNeeds ranking,
                          List<Need> needs, List<Project> projects, List<FundingMatch> matches,
                          Optional<FundingPlan> fundingPlan, Optional<FundingApplication> application,
                          Meeting committee, List<ActionItem> overdueActions, Agreement agreement,
                          List<Violation> firstCheck, List<Violation> correctedCheck, List<Violation> prtrCheck,
                          List<Violation> prtrCorrected) {
    }

    /**
     * Runs the scenario.
     *
     * @return what it computed, not null
     */
    public Outcome run() {
        out.println("OTP SDK · office scenario");
        out.println("=========================");
        out.println("Needs, funding, follow-up, collaboration and communication.");
        out.println("Status date " + STATUS_DATE + ". Town council (DIR3 " + TOWN_COUNCIL + "), NUTS "
            + TOWN_REGION + ".");

        List<Need> needs = assessedNeeds();
        section("1. Needs raised by three departments, assessed on " + ASSESSMENT_DATE);
        for (Need n : needs) {
            NeedAssessment a = n.assessment().orElseThrow();
            out.printf("  %s  %-5s  %-52s  cost %12s  urgency %d  alignment %d  feasibility %d  ENS %s%n",
                n.id(), n.requestingDepartment(), n.title(), a.estimatedCost().amount().toPlainString(),
                a.urgency().score(), a.strategicAlignment().score(), a.feasibility().score(),
                a.securityCategory());
        }

        section("2. Criteria weights by AHP (Saaty): principal eigenvector, CR = CI / RI(n)");
        PriorityWeights first = PriorityWeights.ahp(CRITERIA, FIRST_JUDGEMENTS);
        printWeights("First matrix", first);
        first.judgementToRevise().ifPresent(j -> out.printf(
            "  CR above 0.10: revise %s vs %s (given %s, implied by the weights %s)%n",
            j.row(), j.column(), ratio(j.given()), ratio(j.implied())));
        PriorityWeights weights = PriorityWeights.ahp(CRITERIA, REVISED_JUDGEMENTS);
        printWeights("Revised matrix (FEASIBILITY vs SECURITY_IMPACT = 1/3)", weights);

        section("3. Prioritised needs (min-max normalisation, cost reflected; score = sum of weight x normalised)");
        PrioritisedNeeds ranking = NeedPrioritisation.of(weights).prioritise(needs);
        for (PrioritisedNeed p : ranking.ranking()) {
            out.printf("  %d. %s %-52s score %s%n", p.rank(), p.need().id(), p.need().title(),
                p.score().setScale(4, RoundingMode.HALF_UP).toPlainString());
            out.println("       " + p.explanation());
        }

        section("4. The first two needs are approved and become projects");
        List<Project> projects = new ArrayList<>();
        List<Need> finalNeeds = new ArrayList<>(needs);
        for (int i = 0; i < 2; i++) {
            Need need = ranking.ranking().get(i).need();
            ProjectId projectId = ProjectId.of("PRJ-2026-0" + (21 + i));
            Need approved = need.approve();
            Project project = approved.startProject(projectId).projectManager(ANALYST)
                .plannedPeriod(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 12, 31))).build();
            Need converted = approved.convertToProject(projectId);
            finalNeeds.set(finalNeeds.indexOf(need), converted);
            projects.add(project);
            out.printf("  %s -> %s  %s, budget %s, status %s (need %s)%n", need.id(), projectId, project.name(),
                project.budget(), project.status(), converted.status());
        }

        Project funded = projects.get(0);
        section("5. Funding search for " + funded.id() + " on " + FUNDING_SEARCH_DATE);
        FundingProfile profile = FundingProfile.builder().beneficiaryKind(OrganisationKind.PUBLIC_BODY)
            .addCpvCodes(cpv("72212000")).region(TOWN_REGION)
            .requestedAmount(funded.budget().percentage(Percentage.of(80))).date(FUNDING_SEARCH_DATE).build();
        out.println("  Profile: public body, CPV 72212000, NUTS " + TOWN_REGION + ", requesting "
            + profile.requestedAmount() + " (80 % of the budget)");
        List<FundingMatch> matches = CallMatcher.matchAll(profile, calls());
        for (FundingMatch m : matches) {
            FundingCall c = m.call();
            out.printf("  %s %-14s %-58s %s%n", c.id(), c.programme(), c.title(),
                m.isEligible() ? "ELIGIBLE, fit " + m.score() + "/100" : "not eligible");
            if (m.isEligible()) {
                m.reasons().forEach(r -> out.println("       + " + r));
            } else {
                m.failedFilters().forEach(v -> out.println("       - " + v.path() + " [" + v.ruleId() + "] "
                    + v.message(Locale.ENGLISH)));
            }
        }
        Optional<FundingMatch> ngeu = CallMatcher.eligible(profile, calls()).stream()
            .filter(m -> m.call().programme() == FundingProgramme.NEXT_GENERATION_EU_MRR).findFirst();
        Optional<FundingPlan> plan = ngeu.map(m -> fundingPlan(funded, m.call()));
        plan.ifPresent(p -> {
            out.println("  Funding plan of " + p.project() + " (budget " + p.budget() + "):");
            for (FundingShare s : p.shares()) {
                out.printf("       %-24s %-12s %14s%n", s.programme(), s.call().map(Object::toString).orElse("-"),
                    s.amount());
            }
            Money sum = p.shares().stream().map(FundingShare::amount).reduce(Money.euros(0), Money::plus);
            out.println("       shares add up to " + sum + "; EU-funded " + p.euFundedAmount());
        });

        Optional<FundingApplication> application = ngeu.map(m -> apply(funded, m.call(), plan.orElseThrow()));
        application.ifPresent(a -> {
            out.println("  Application " + a.id() + " to " + a.call() + " by " + a.applicant() + ", requesting "
                + a.requestedAmount() + ": " + a.status() + a.grantedAmount().map(g -> ", granted " + g).orElse(""));
            for (FundingApplicationEvent e : a.history()) {
                out.printf("       %s  %-12s -> %-12s by %s%s%n", e.day(), e.from(), e.to(), e.actor(),
                    e.amount().map(x -> "  " + x).orElse(""));
            }
        });

        section("6. Steering committee of " + funded.id() + " and its actions at " + STATUS_DATE);
        Meeting committee = steeringCommittee(funded.id());
        out.println("  " + committee.id() + " " + committee.kind() + " on " + committee.date() + ", "
            + committee.attendees().size() + " attendees, " + committee.decisions().size() + " decisions");
        for (ActionItem a : committee.actionItems()) {
            out.printf("  %s %-58s owner %-14s due %s  %-11s%s%n", a.id(), a.description(), a.owner(),
                a.dueDate(), a.status(), a.isOverdueOn(STATUS_DATE) ? "  OVERDUE" : "");
        }
        List<ActionItem> overdue = committee.overdueActions(STATUS_DATE);
        out.println("  Overdue actions (fed to the KPI module): " + Meeting.countOverdueActions(List.of(committee),
            funded.id(), STATUS_DATE));

        section("7. Agreement with the regional government (LRJSP arts. 47-53)");
        Agreement agreement = agreement(funded.id()).moveTo(AgreementStatus.SIGNED).moveTo(AgreementStatus.IN_FORCE);
        out.println("  " + agreement.id() + " \"" + agreement.object() + "\", " + agreement.status() + ", term "
            + agreement.term().start() + " to " + agreement.lastDay());
        for (AgreementParty party : agreement.parties()) {
            out.printf("       %s %-32s contributes %14s%n", party.code(), party.name(), party.contribution());
        }
        out.println("       total " + agreement.total() + "; follow-up commission of "
            + agreement.commission().size() + "; reuses "
            + agreement.reusedSolutions().stream().map(ReusedSolution::name).toList());

        section("8. Communication plan of " + funded.id() + ", checked for September and October 2026");
        DateRange period = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        boolean euFunded = plan.map(p -> p.euFundedAmount().amount().signum() > 0).orElse(false);
        CommunicationPlan communication = communicationPlan(funded.id(), false);
        List<Violation> firstCheck = CommunicationRules.check(communication, Optional.empty(), euFunded, period);
        printCheck(communication, firstCheck);
        CommunicationPlan corrected = communicationPlan(funded.id(), true);
        List<Violation> correctedCheck = CommunicationRules.check(corrected, Optional.empty(), euFunded, period);
        out.println("  After adding the statement and the emblem to PUB-05:");
        printCheck(corrected, correctedCheck);

        section("9. PRTR obligations of " + funded.id() + " (Orden HFP/1030/2021) at " + STATUS_DATE);
        Set<PersonId> participants = committee.attendees().stream().map(Attendee::person)
            .collect(Collectors.toCollection(TreeSet::new));
        PrtrFile prtr = prtrFile(funded.id(), participants, Set.of(DEPARTMENT_DIRECTOR));
        out.println("  Tagged to " + prtr.tags() + "; DNSH over " + prtr.dnsh().map(d -> d.findings().size())
            .orElse(0) + " objectives, compliant " + prtr.dnsh().map(DnshAssessment::isCompliant).orElse(false)
            + "; anti-fraud plan " + prtr.antiFraudPlanReference().orElse("-"));
        out.println("  DACI signed by " + prtr.declarations().stream().map(d -> d.person().toString()).toList()
            + " of the participants " + participants);
        List<Violation> prtrCheck = PrtrChecks.check(prtr, participants, Optional.of(communication));
        printViolations(prtrCheck);
        PrtrFile signed = prtrFile(funded.id(), participants, Set.of());
        List<Violation> prtrCorrected = PrtrChecks.check(signed, participants, Optional.of(corrected));
        out.println("  Once " + DEPARTMENT_DIRECTOR + " signs the DACI (action A-1) and PUB-05 is corrected:");
        printViolations(prtrCorrected);

        return new Outcome(first, weights, ranking, List.copyOf(finalNeeds), List.copyOf(projects), matches, plan,
            application, committee, overdue, agreement, firstCheck, correctedCheck, prtrCheck, prtrCorrected);
    }

    private void section(String title) {
        out.println();
        out.println("--- " + title);
    }

    private void printWeights(String title, PriorityWeights weights) {
        out.println("  " + title + ":");
        for (Map.Entry<PriorityCriterion, BigDecimal> e : weights.weights().entrySet()) {
            out.printf("       %-20s %s%n", e.getKey(), e.getValue().setScale(4, RoundingMode.HALF_UP).toPlainString());
        }
        weights.ahpResult().ifPresent(r -> out.printf(
            "       lambda max %s, CI %s, CR %s -> %s%n", decimal(r.lambdaMax()), decimal(r.consistencyIndex()),
            decimal(r.consistencyRatio()), r.isConsistent() ? "consistent (CR <= 0.10)" : "inconsistent (CR > 0.10)"));
    }

    private void printCheck(CommunicationPlan plan, List<Violation> violations) {
        out.println("  " + plan.actions().size() + " planned actions, " + plan.publications().size()
            + " publications: " + (violations.isEmpty() ? "every coordination rule holds"
            : violations.size() + " violation(s)"));
        if (!violations.isEmpty()) {
            printViolations(violations);
        }
    }

    private void printViolations(List<Violation> violations) {
        if (violations.isEmpty()) {
            out.println("       no violation");
        }
        for (Violation v : violations) {
            out.println("       " + v.path() + " [" + v.ruleId() + "] " + v.message(Locale.ENGLISH));
            out.println("       " + v.path() + " [" + v.ruleId() + "] " + v.message(SPANISH));
        }
    }

    private static String decimal(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private static String ratio(double x) {
        return x >= 1 ? decimal(x) : "1/" + decimal(1 / x);
    }

    /**
     * The six needs of the scenario, raised in spring 2026 and assessed by the office.
     *
     * @return the needs under analysis with their assessments, not null
     */
    static List<Need> assessedNeeds() {
        return List.of(
            need("N-2026-001", PLANNING, "Tramitación electrónica de licencias urbanísticas", NeedCategory.DIGITAL_SERVICES,
                "72212000", "380000.00", 4, 5, 4, EnsCategory.MEDIUM),
            need("N-2026-002", PLANNING, "Visor cartográfico municipal (SIG)", NeedCategory.NEW_SYSTEM,
                "72212000", "120000.00", 2, 3, 5, EnsCategory.BASIC),
            need("N-2026-003", SOCIAL, "Historia social única electrónica", NeedCategory.NEW_SYSTEM,
                "72212000", "450000.00", 5, 5, 3, EnsCategory.HIGH),
            need("N-2026-004", SOCIAL, "Cita previa para los servicios sociales", NeedCategory.DIGITAL_SERVICES,
                "72212000", "60000.00", 3, 2, 5, EnsCategory.BASIC),
            need("N-2026-005", FINANCE, "Renovación de la gestión tributaria", NeedCategory.SYSTEM_EVOLUTION,
                "72212000", "900000.00", 3, 4, 2, EnsCategory.MEDIUM),
            need("N-2026-006", FINANCE, "Integración de la factura electrónica con FACe",
                NeedCategory.DATA_AND_INTEROPERABILITY, "72212000", "45000.00", 4, 2, 5, EnsCategory.BASIC));
    }

    private static Need need(String id, DepartmentId department, String title, NeedCategory category, String cpv,
                             String cost, int urgency, int alignment, int feasibility, EnsCategory security) {
        Need raised = Need.builder().id(NeedId.of(id)).requestingDepartment(department).title(title)
            .description(title + ", requested by " + department).category(category).addCpvCodes(cpv(cpv))
            .estimatedBudget(Money.euros(cost)).urgency(urgency >= 4 ? Urgency.HIGH : Urgency.MEDIUM)
            .dateRaised(LocalDate.of(2026, 4, 20)).status(NeedStatus.RAISED).build();
        NeedAssessment assessment = NeedAssessment.builder()
            .feasibility(Rating.of(feasibility, "market solutions and team capacity"))
            .estimatedCost(Money.euros(cost)).costRationale("market consultation of May 2026")
            .strategicAlignment(Rating.of(alignment, "Plan de Transformación Digital 2026-2030"))
            .urgency(Rating.of(urgency, "legal deadlines and service backlog"))
            .legalImpact(Rating.of(3, "Ley 39/2015 electronic procedures"))
            .securityCategory(security).securityRationale("ENS categorisation of the information handled")
            .assessor(ANALYST).date(ASSESSMENT_DATE).build();
        return raised.startAnalysis().assess(assessment);
    }

    private static CpvCode cpv(String digits) {
        return CpvCode.of(digits + "-" + CpvCode.checkDigitOf(digits));
    }

    /**
     * Four calls published on the national grants database: one NextGenerationEU call open for local
     * authorities, one closed FEDER call, one Digital Europe call for companies only and one regional
     * call of another region.
     *
     * @return the calls, not null
     */
    static List<FundingCall> calls() {
        return List.of(
            FundingCall.builder().id(NGEU_CALL).programme(FundingProgramme.NEXT_GENERATION_EU_MRR)
                .title("Transformación digital de entidades locales (PRTR C11.I3)")
                .addEligibleBeneficiaries(OrganisationKind.PUBLIC_BODY).addCpvCodes(cpv("72000000"))
                .addRegions(NutsCode.of("ES")).totalBudget(Money.euros(50_000_000))
                .coFinancingRate(Percentage.of(80)).minimumGrant(Money.euros(100_000))
                .maximumGrant(Money.euros(1_000_000)).openingDate(LocalDate.of(2026, 7, 1))
                .closingDate(LocalDate.of(2026, 12, 15)).build(),
            FundingCall.builder().id(FundingCallId.of("BDNS-798001")).programme(FundingProgramme.FEDER)
                .title("Ciudades inteligentes FEDER 2021-2027").addEligibleBeneficiaries(OrganisationKind.PUBLIC_BODY)
                .addCpvCodes(cpv("72000000")).addRegions(NutsCode.of("ES3")).totalBudget(Money.euros(20_000_000))
                .coFinancingRate(Percentage.of(60)).minimumGrant(Money.euros(50_000))
                .maximumGrant(Money.euros(2_000_000)).openingDate(LocalDate.of(2026, 2, 1))
                .closingDate(LocalDate.of(2026, 5, 31)).build(),
            FundingCall.builder().id(FundingCallId.of("DIGITAL-2026-CLOUD-01"))
                .programme(FundingProgramme.DIGITAL_EUROPE).title("Cloud-to-edge deployment for SMEs")
                .addEligibleBeneficiaries(OrganisationKind.COMPANY).addCpvCodes(cpv("72000000"))
                .totalBudget(Money.euros(30_000_000)).coFinancingRate(Percentage.of(50))
                .minimumGrant(Money.euros(500_000)).maximumGrant(Money.euros(3_000_000))
                .openingDate(LocalDate.of(2026, 6, 1)).closingDate(LocalDate.of(2026, 9, 30)).build(),
            FundingCall.builder().id(FundingCallId.of("BDNS-805577")).programme(FundingProgramme.REGIONAL)
                .title("Administración digital local en Cataluña").addEligibleBeneficiaries(OrganisationKind.PUBLIC_BODY)
                .addCpvCodes(cpv("72000000")).addRegions(NutsCode.of("ES51")).totalBudget(Money.euros(5_000_000))
                .coFinancingRate(Percentage.of(70)).minimumGrant(Money.euros(20_000))
                .maximumGrant(Money.euros(400_000)).openingDate(LocalDate.of(2026, 7, 1))
                .closingDate(LocalDate.of(2026, 10, 31)).build());
    }

    /** The call's co-financing rate of the budget from the call, the rest from the council's own funds. */
    private static FundingPlan fundingPlan(Project project, FundingCall call) {
        Money grant = project.budget().percentage(call.coFinancingRate());
        return FundingPlan.builder().project(project.id()).budget(project.budget())
            .addShares(FundingShare.builder().programme(call.programme()).call(call.id()).amount(grant).build())
            .addShares(FundingShare.builder().programme(FundingProgramme.NATIONAL)
                .amount(project.budget().minus(grant)).build())
            .build();
    }

    /** The application of the project to the call, from draft to grant, by the social services department. */
    private static FundingApplication apply(Project project, FundingCall call, FundingPlan plan) {
        Money requested = plan.amountFrom(call.programme());
        return FundingApplication.builder().id(FundingApplicationId.of("SOL-2026-0311")).call(call.id())
            .project(project.id()).applicant(project.ownerDepartment()).requestedAmount(requested)
            .createdOn(FUNDING_SEARCH_DATE).build()
            .submit(call, LocalDate.of(2026, 7, 20), ANALYST)
            .startReview(LocalDate.of(2026, 9, 1), PersonId.of("evaluador.ministerio"))
            .grant(requested, call, LocalDate.of(2026, 10, 15), PersonId.of("evaluador.ministerio"));
    }

    /**
     * The PRTR file of the project: tagged to a target of component 11, a DNSH assessment of the six
     * objectives, the anti-fraud plan of the council, and a DACI from every participant but the
     * ones given.
     */
    private static PrtrFile prtrFile(ProjectId project, Set<PersonId> participants, Set<PersonId> unsigned) {
        DnshAssessment.Builder dnsh = DnshAssessment.builder().assessedOn(LocalDate.of(2026, 7, 15))
            .assessedBy(ANALYST);
        for (EnvironmentalObjective objective : EnvironmentalObjective.values()) {
            dnsh.putFindings(objective, objective == EnvironmentalObjective.CLIMATE_CHANGE_MITIGATION
                ? DnshFinding.of(DnshOutcome.NO_SIGNIFICANT_HARM,
                    "hosting in a data centre with a PUE below 1.5 and renewable energy certificates")
                : DnshFinding.of(DnshOutcome.NO_OR_INSIGNIFICANT_IMPACT,
                    "software service with no foreseeable impact on this objective"));
        }
        PrtrFile.Builder file = PrtrFile.builder().id(PrtrFileId.of("PRTR-2026-021")).project(project)
            .programme(FundingProgramme.NEXT_GENERATION_EU_MRR)
            .addTags(PlanTag.builder().component("C11").measure("C11.I3").number(155).kind(PlanTagKind.TARGET)
                .description("Digital transformation projects of local entities completed").build())
            .dnsh(dnsh.build()).antiFraudMeasuresAdopted(true)
            .antiFraudPlanReference("Plan de medidas antifraude del Ayuntamiento, 2022");
        for (PersonId person : participants) {
            if (!unsigned.contains(person)) {
                file.addDeclarations(DaciDeclaration.builder().person(person).name(person.toString())
                    .role(person.equals(CHAIR) ? DaciRole.APPROVER : DaciRole.TECHNICAL_DRAFTER)
                    .procedure("SOL-2026-0311").signedOn(LocalDate.of(2026, 11, 3)).conflictDeclared(false).build());
            }
        }
        return file.build();
    }

    private static Meeting steeringCommittee(ProjectId project) {
        PersonId chair = CHAIR;
        PersonId secretary = ANALYST;
        PersonId department = DEPARTMENT_DIRECTOR;
        return Meeting.builder().id(MeetingId.of("CD-2026-07")).kind(MeetingKind.STEERING_COMMITTEE)
            .project(project).date(LocalDate.of(2026, 11, 3)).startTime(LocalTime.of(10, 0))
            .addAgenda("Estado del proyecto y de la financiación", "Riesgos", "Ruegos y preguntas")
            .addAttendees(Attendee.of(chair, AttendeeRole.CHAIR), Attendee.of(secretary, AttendeeRole.SECRETARY),
                Attendee.of(department, AttendeeRole.MEMBER))
            .minutes("Se revisa la solicitud de financiación y el borrador de pliego.")
            .addDecisions(Decision.of(1, "Se aprueba presentar la solicitud a la convocatoria " + NGEU_CALL),
                Decision.of(2, "Se aprueba el plan de comunicación"))
            .addActionItems(
                ActionItem.builder().id(ActionItemId.of("A-1"))
                    .description("Firmar las declaraciones de ausencia de conflicto (DACI)").owner(department)
                    .dueDate(LocalDate.of(2026, 11, 13)).build(),
                ActionItem.builder().id(ActionItemId.of("A-2"))
                    .description("Completar la evaluación DNSH del proyecto").owner(secretary)
                    .dueDate(LocalDate.of(2026, 11, 27)).status(ActionStatus.IN_PROGRESS)
                    .milestone(MilestoneId.of("H-1")).build(),
                ActionItem.builder().id(ActionItemId.of("A-3"))
                    .description("Enviar el borrador de pliego a los servicios jurídicos").owner(chair)
                    .dueDate(LocalDate.of(2026, 11, 10)).status(ActionStatus.DONE)
                    .closedDate(LocalDate.of(2026, 11, 9)).build())
            .build();
    }

    private static Agreement agreement(ProjectId project) {
        return Agreement.builder().id(AgreementId.of("CONV-2026-04"))
            .object("Reutilización e integración de la historia social única regional")
            .addParties(AgreementParty.builder().code(TOWN_COUNCIL).name("Ayuntamiento")
                .contribution(Money.euros("90000.00")).build())
            .addParties(AgreementParty.builder().code(REGION).name("Comunidad de Madrid")
                .contribution(Money.euros("60000.00")).build())
            .term(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2030, 10, 31)))
            .total(Money.euros("150000.00"))
            .addCommission(CommissionMember.builder().person(PersonId.of("jefa.servicio.tic")).represents(TOWN_COUNCIL)
                    .build(),
                CommissionMember.builder().person(PersonId.of("dg.servicios.sociales")).represents(REGION).build())
            .addProjects(project)
            .addReusedSolutions(ReusedSolution.builder().name("Historia social única regional")
                .reference("https://administracionelectronica.gob.es/ctt").build())
            .build();
    }

    private static CommunicationPlan communicationPlan(ProjectId project, boolean corrected) {
        return CommunicationPlan.builder().id(CommunicationPlanId.of("PC-2026-021")).project(project)
            .addActions(
                PlannedAction.builder().channel(Channel.WEB).audience(Audience.CITIZENS).frequency(Frequency.MONTHLY)
                    .build(),
                PlannedAction.builder().channel(Channel.SOCIAL_MEDIA).audience(Audience.CITIZENS)
                    .frequency(Frequency.MONTHLY).build(),
                PlannedAction.builder().channel(Channel.PRESS).audience(Audience.COMPANIES)
                    .frequency(Frequency.QUARTERLY).build())
            .addPublications(
                publication(1, "Comienza el proyecto de historia social única", "2026-09-08", Channel.WEB, true),
                publication(2, "Anuncio del proyecto en redes sociales", "2026-09-08", Channel.SOCIAL_MEDIA, true),
                publication(3, "Nota de prensa: financiación europea del proyecto", "2026-09-22", Channel.PRESS, true),
                publication(4, "Consulta preliminar del mercado", "2026-10-06", Channel.WEB, true),
                publication(5, "Jornada con las entidades sociales", "2026-10-14", Channel.SOCIAL_MEDIA, corrected))
            .build();
    }

    private static Publication publication(int n, String title, String date, Channel channel, boolean euStatement) {
        return Publication.builder().reference("PUB-0" + n).title(title).date(LocalDate.parse(date)).channel(channel)
            .audience(channel == Channel.PRESS ? Audience.COMPANIES : Audience.CITIZENS)
            .link(URI.create("https://sede.ayuntamiento.example/noticias/" + n))
            .containsEvaluationResults(false).carriesEuFundingStatement(euStatement).build();
    }
}
