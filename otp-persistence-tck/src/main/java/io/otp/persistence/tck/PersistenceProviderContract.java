package io.otp.persistence.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.agreement.Agreement;
import io.otp.core.agreement.AgreementStatus;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.execution.Contract;
import io.otp.core.funding.FundingApplication;
import io.otp.core.funding.FundingApplicationStatus;
import io.otp.core.funding.FundingCall;
import io.otp.core.id.BidId;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.EvaluationId;
import io.otp.core.id.FundingApplicationId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.core.meeting.Meeting;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Urgency;
import io.otp.core.project.Project;
import io.otp.core.prtr.PrtrFile;
import io.otp.core.risk.RiskRegister;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.core.testing.AgreementGenerators;
import io.otp.core.testing.CommunicationGenerators;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.testing.FundingGenerators;
import io.otp.core.testing.MeetingGenerators;
import io.otp.core.testing.NeedGenerators;
import io.otp.core.testing.ProjectGenerators;
import io.otp.core.testing.PrtrGenerators;
import io.otp.core.testing.RiskGenerators;
import io.otp.core.testing.TenderGenerators;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.ProjectKpiSeries;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.tck.generators.EvaluationGenerators;
import io.otp.persistence.tck.generators.KpiGenerators;
import io.otp.scoring.evaluation.Evaluation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract every {@link PersistenceProvider} fulfils: the entry point of the persistence TCK. A
 * store proves itself by extending this class with {@link #newProvider()} and running it with JUnit 5:
 *
 * <pre>{@code
 * class MyStoreTest extends PersistenceProviderContract {
 *     protected PersistenceProvider newProvider() {
 *         return MyStore.open(freshSchema());
 *     }
 * }
 * }</pre>
 *
 * <p>Each test names, in its display name and Javadoc, the sentence of the SPI's Javadoc it enforces
 * ({@link Repository}, {@link PersistenceProvider}, {@link Query}, {@link Stored}, {@link AuditTrail}).
 * The groups: round trips of every aggregate type over generated instances (Need, Project, Tender, Bid,
 * Contract, Meeting, RiskRegister, Agreement, FundingCall, FundingApplication, CommunicationPlan and
 * PrtrFile of otp-core; Evaluation of otp-scoring; KpiDefinition and ProjectKpiSeries of otp-kpi); queries
 * against the reference meaning {@link Query#matches(Map)}; optimistic locking; concurrency (8 threads
 * &#215; 1,000 conflicting updates); atomicity of units of work; audit-chain integrity, with the domain
 * events of evaluations and funding applications; bad input.
 *
 * <p>Each test opens its own provider and closes it afterwards, so {@link #newProvider()} must return an
 * empty store every time (a new in-memory instance, a new schema or table prefix, a deleted file). The
 * whole contract runs in a few seconds on the in-memory store.
 */
public abstract class PersistenceProviderContract {

    /** Who writes in the tests. */
    protected static final PersonId ACTOR = PersonId.of("TCK-1");

    /** When the tests write, unless a test says otherwise. */
    protected static final Instant AT = Instant.parse("2026-05-04T09:00:00Z");

    /** The context of the tests' writes. */
    protected static final ChangeContext BY = ChangeContext.of(ACTOR, AT, "TCK write");

    private static final OtpJson JSON = OtpJson.standard();

    private static final int THREADS = 8;

    private static final int UPDATES_PER_THREAD = 1_000;

    private PersistenceProvider provider;

    /** Creates the contract; for subclasses. */
    protected PersistenceProviderContract() {
    }

    /**
     * Opens a new, empty store; called before each test, which closes it when done.
     *
     * @return the provider, not null; holding no aggregate and no audit entry
     */
    protected abstract PersistenceProvider newProvider();

    /**
     * How many generated instances each property test saves; raise it for a longer run.
     *
     * @return the number of examples, positive; 40 by default
     */
    protected int examples() {
        return 40;
    }

    /**
     * The provider of the running test.
     *
     * @return the provider, not null
     */
    protected final PersistenceProvider provider() {
        return provider;
    }

    /** Opens the test's provider and checks that it is empty. */
    @BeforeEach
    public final void openProvider() {
        provider = Objects.requireNonNull(newProvider(), "newProvider() returned null");
        assertThat(provider.auditTrail().last()).as("newProvider() must return an empty store: its audit trail has entries")
            .isEmpty();
    }

    /** Closes the test's provider. */
    @AfterEach
    public final void closeProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    // ------------------------------------------------------------------ round trips

    /**
     * Round trip of {@link Need}s. Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON
     * OtpJson writes, so a store holds any aggregate type" and {@link Stored}: "its version: 1 when first
     * saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - needs read back equal, version 1 then +1")
    public void needsRoundTrip() {
        roundTrip(Need.class, NeedGenerators.needs());
    }

    /**
     * Round trip of {@link Project}s. Enforces {@link PersistenceProvider}: "Aggregates are kept as the
     * JSON OtpJson writes" and {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - projects read back equal")
    public void projectsRoundTrip() {
        roundTrip(Project.class, ProjectGenerators.projects());
    }

    /**
     * Round trip of {@link Tender}s with their lots and criteria. Enforces {@link PersistenceProvider}:
     * "Aggregates are kept as the JSON OtpJson writes" and {@link Stored}: "1 when first saved, one more
     * on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - tenders read back equal")
    public void tendersRoundTrip() {
        roundTrip(Tender.class, TenderGenerators.validTenders());
    }

    /**
     * Round trip of {@link Bid}s. Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON
     * OtpJson writes" and {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - bids read back equal")
    public void bidsRoundTrip() {
        Repository<Bid, BidId> bids = provider.repository(Bid.class);
        roundTrip(Bid.class, TenderGenerators.validTenders().flatMap(TenderGenerators::validBids)
            .map(list -> list.isEmpty() ? null : list.get(list.size() - 1)).assuming(Objects::nonNull));
        assertThat(bids.count(Query.all())).isPositive();
    }

    /**
     * Round trip of {@link Contract}s with their milestones, deliverables and acceptances. Enforces
     * {@link PersistenceProvider}: "Aggregates are kept as the JSON OtpJson writes" and {@link Stored}:
     * "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - contracts read back equal")
    public void contractsRoundTrip() {
        roundTrip(Contract.class, ExecutionGenerators.contracts());
    }

    /**
     * Round trip of otp-scoring's {@link Evaluation}s in every phase, an aggregate of a module the SPI
     * does not know. Enforces {@link PersistenceProvider}: "a store holds any aggregate type, including
     * those of modules it does not know".
     */
    @Test
    @DisplayName("PersistenceProvider: \"a store holds any aggregate type, including those of modules it does not know\" - evaluations read back equal")
    public void evaluationsRoundTrip() {
        roundTrip(Evaluation.class, EvaluationGenerators.evaluations());
    }

    /**
     * Round trip of otp-kpi's {@link KpiDefinition}s and {@link ProjectKpiSeries}: KPI definitions and
     * measurements are stored like any other aggregate. Enforces {@link PersistenceProvider}: "a store
     * holds any aggregate type, including those of modules it does not know".
     */
    @Test
    @DisplayName("PersistenceProvider: \"a store holds any aggregate type, including those of modules it does not know\" - KPI definitions and series read back equal")
    public void kpiDefinitionsAndSeriesRoundTrip() {
        roundTrip(KpiDefinition.class, KpiGenerators.definitions());
        roundTrip(ProjectKpiSeries.class, KpiGenerators.projectSeries());
    }

    /**
     * Round trip of the office's {@link Meeting}s (with their action items) and {@link RiskRegister}s.
     * Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON OtpJson writes" and
     * {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - meetings and risk registers read back equal")
    public void meetingsAndRiskRegistersRoundTrip() {
        roundTrip(Meeting.class, MeetingGenerators.meetings());
        roundTrip(RiskRegister.class, RiskGenerators.registers());
    }

    /**
     * Round trip of {@link Agreement}s between administrations, with their parties, commission, projects
     * and reused solutions. Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON OtpJson
     * writes" and {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - agreements read back equal")
    public void agreementsRoundTrip() {
        roundTrip(Agreement.class, AgreementGenerators.agreements());
    }

    /**
     * Round trip of {@link FundingCall}s, with their beneficiaries, CPV codes and regions, empty or not.
     * Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON OtpJson writes" and
     * {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - funding calls read back equal")
    public void fundingCallsRoundTrip() {
        roundTrip(FundingCall.class, FundingGenerators.calls());
    }

    /**
     * Round trip of {@link CommunicationPlan}s with their planned actions and publications. Enforces
     * {@link PersistenceProvider}: "Aggregates are kept as the JSON OtpJson writes" and {@link Stored}:
     * "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - communication plans read back equal")
    public void communicationPlansRoundTrip() {
        roundTrip(CommunicationPlan.class, CommunicationGenerators.plans());
    }

    /**
     * Round trip of {@link FundingApplication}s in every status, with their amounts granted and returned
     * and their history of steps. Enforces {@link PersistenceProvider}: "Aggregates are kept as the JSON
     * OtpJson writes" and {@link Stored}: "1 when first saved, one more on each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - funding applications read back equal")
    public void fundingApplicationsRoundTrip() {
        roundTrip(FundingApplication.class, FundingGenerators.applications());
    }

    /**
     * Round trip of {@link PrtrFile}s with their plan tags, DNSH assessment, declarations of absence of
     * conflict of interest and anti-fraud measures, present or not. Enforces {@link PersistenceProvider}:
     * "Aggregates are kept as the JSON OtpJson writes" and {@link Stored}: "1 when first saved, one more on
     * each save".
     */
    @Test
    @DisplayName("PersistenceProvider: \"Aggregates are kept as the JSON OtpJson writes\" - PRTR files read back equal")
    public void prtrFilesRoundTrip() {
        roundTrip(PrtrFile.class, PrtrGenerators.files());
    }

    /**
     * Ids of every character an id may have (letters beyond ASCII, digits and {@code . _ : / # -}) are
     * kept as they are and found exactly; ids that differ by a character, a prefix or a wildcard of SQL
     * {@code LIKE} are different ids. Enforces {@link Repository#find(TypedId)}: "empty if none has this id".
     */
    @Test
    @DisplayName("Repository.find: \"empty if none has this id\" - ids of every permitted character are kept exactly")
    public void idsOfEveryPermittedCharacterAreKeptExactly() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        // Malformed ids (blank, spaces, quotes, '%', over 100 characters) cannot reach a store: the id
        // factories refuse them. What a store must get right is every id they accept.
        List<String> permitted = List.of("N_1", "N-1", "N-10", "N-1.0", "ñÁ:2026/Ü#ü_x", "Ñ", "n-1", "Z9",
            "X" + "y".repeat(99));
        for (String t : permitted) {
            needs.save(need(t, NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        }
        for (String t : permitted) {
            assertThat(needs.find(NeedId.of(t))).as(t).hasValueSatisfying(s -> assertThat(s.value().id().value()).isEqualTo(t));
        }
        assertThat(needs.find(NeedId.of("N"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-"))).isEmpty();
        assertThat(needs.find(NeedId.of("NX1"))).as("'_' is no wildcard").isEmpty();
        assertThat(needs.find(NeedId.of("ñá:2026/Ü#ü_x"))).as("ids are case-sensitive").isEmpty();
        assertThat(needs.find(Query.all())).extracting(s -> s.value().id().value())
            .as("\"results come sorted by id text\" (Query)").containsExactlyElementsOf(permitted.stream().sorted().toList());
    }

    // ------------------------------------------------------------------ queries

    /**
     * Finding by status. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store
     * implements" and "results come sorted by id text, at most {@link Query#limit()} of them".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - by status")
    public void findsByStatus() {
        Population p = populate();
        for (Need n : p.needProbes()) {
            p.assertNeeds(Query.all().status(n.status()));
        }
        for (Project pr : p.projectProbes()) {
            p.assertProjects(Query.all().status(pr.status()));
        }
        for (Tender t : p.tenderProbes()) {
            p.assertTenders(Query.all().status(t.status()));
        }
    }

    /**
     * Finding by department. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every
     * store implements".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - by department, alone and with status")
    public void findsByDepartment() {
        Population p = populate();
        for (Need n : p.needProbes()) {
            p.assertNeeds(Query.all().department(n.requestingDepartment()));
            p.assertNeeds(Query.all().status(n.status()).department(n.requestingDepartment()));
        }
        for (Project pr : p.projectProbes()) {
            p.assertProjects(Query.all().department(pr.ownerDepartment()));
        }
        p.assertNeeds(Query.all().department(DepartmentId.of("NO-SUCH-DEPARTMENT")));
    }

    /**
     * Finding by project. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store
     * implements" (an aggregate without the value satisfies no condition on it).
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - by project; \"a missing value satisfies none\"")
    public void findsByProject() {
        Population p = populate();
        for (Project pr : p.projectProbes()) {
            p.assertProjects(Query.all().project(pr.id()));
        }
        for (Need n : p.needs.values()) {
            n.projectId().ifPresent(id -> p.assertNeeds(Query.all().project(id)));
        }
        for (Tender t : p.tenders.values()) {
            t.project().ifPresent(id -> p.assertTenders(Query.all().project(id)));
        }
        p.assertNeeds(Query.all().project(ProjectId.of("NO-SUCH-PROJECT")));
    }

    /**
     * Finding by tender. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store
     * implements".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - by tender")
    public void findsByTender() {
        Population p = populate();
        for (Tender t : p.tenderProbes()) {
            p.assertTenders(Query.all().tender(t.id()));
            p.assertBids(Query.all().tender(t.id()));
        }
        p.assertBids(Query.all().tender(TenderId.of("NO-SUCH-TENDER")));
    }

    /**
     * Finding by a date range, both days included. Enforces {@link Query}: "for ranges the inclusive bounds
     * in text order, which is date order for the ISO-8601 dates".
     */
    @Test
    @DisplayName("Query: \"for ranges the inclusive bounds in text order, which is date order for the ISO-8601 dates\" - date ranges")
    public void findsByDateRange() {
        Population p = populate();
        for (Need n : p.needProbes()) {
            LocalDate d = n.dateRaised();
            p.assertNeeds(Query.all().dateBetween(d, d));
            p.assertNeeds(Query.all().dateBetween(d.minusDays(40), d));
            p.assertNeeds(Query.all().dateBetween(d, d.plusDays(400)).status(n.status()));
        }
        p.bids.values().stream().limit(3).forEach(b -> {
            LocalDate d = LocalDate.ofInstant(b.submittedAt(), ZoneOffset.UTC);
            p.assertBids(Query.all().dateBetween(d.minusDays(3), d.plusDays(3)));
        });
        p.assertNeeds(Query.all().dateBetween(LocalDate.of(1000, 1, 1), LocalDate.of(1000, 12, 31)));
    }

    /**
     * The limit and the order. Enforces {@link Query}: "results come sorted by id text, at most
     * {@link Query#limit()} of them" and {@link Repository#count(Query)}: "Counts the aggregates that
     * satisfy a query, without its limit".
     */
    @Test
    @DisplayName("Query: \"results come sorted by id text, at most limit() of them\"; count(Query) \"without its limit\"")
    public void limitsAndOrdersByIdText() {
        Population p = populate();
        for (int limit : new int[] {1, 3, 7}) {
            p.assertNeeds(Query.all().limit(limit));
            p.assertProjects(Query.all().limit(limit));
            p.assertBids(Query.all().limit(limit));
            Need n = p.needProbes().get(0);
            p.assertNeeds(Query.all().status(n.status()).limit(limit));
        }
        p.assertNeeds(Query.all());
        p.assertTenders(Query.all());
        p.assertProjects(Query.all().limit(Query.DEFAULT_LIMIT));
    }

    /**
     * A condition on a value no aggregate has, or several conditions on the same value, as the reference
     * meaning says. Enforces {@link Query#matches(Map)}: "true if every condition holds (a missing value
     * satisfies none)".
     */
    @Test
    @DisplayName("Query.matches: \"true if every condition holds (a missing value satisfies none)\"")
    public void everyConditionMustHoldAndAMissingValueSatisfiesNone() {
        Population p = populate();
        p.assertNeeds(Query.all().where("no-such-value", "x"));
        p.assertNeeds(Query.all().where(Aggregate.TENDER, "x"));
        Need n = p.needProbes().get(0);
        p.assertNeeds(Query.all().status(n.status()).status(NeedStatus.values()[(n.status().ordinal() + 1)
            % NeedStatus.values().length]));
        p.assertNeeds(Query.all().where(Aggregate.STATUS, n.status().name()).between(Aggregate.STATUS, "A", "Z"));
        p.assertBids(Query.all().where(Aggregate.LOT, "L1"));
    }

    /**
     * Finding agreements by the values they publish: their status and the start of their term as the
     * date. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store implements" and
     * "for ranges the inclusive bounds in text order, which is date order for the ISO-8601 dates".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - agreements by status and term start")
    public void findsAgreementsByStatusAndTermStart() {
        Population p = populateOffice();
        for (AgreementStatus status : AgreementStatus.values()) {
            p.assertAgreements(Query.all().status(status));
        }
        for (Agreement a : p.probes(p.agreements.values())) {
            LocalDate start = a.term().start();
            p.assertAgreements(Query.all().dateBetween(start, start));
            p.assertAgreements(Query.all().dateBetween(start.minusDays(400), start).status(a.status()));
            p.assertAgreements(Query.all().status(a.status()).limit(2));
        }
        p.assertAgreements(Query.all().project(ProjectId.of("P-1")));
    }

    /**
     * Finding funding calls by the only value they publish, their closing date; a condition on any other
     * value finds none. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store
     * implements" and {@link Query#matches(Map)}: "a missing value satisfies none".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - funding calls by closing date; \"a missing value satisfies none\"")
    public void findsFundingCallsByClosingDate() {
        Population p = populateOffice();
        for (FundingCall c : p.probes(p.calls.values())) {
            LocalDate closing = c.closingDate();
            p.assertCalls(Query.all().dateBetween(closing, closing));
            p.assertCalls(Query.all().dateBetween(closing.minusDays(90), closing));
            p.assertCalls(Query.all().dateBetween(closing, closing.plusDays(365)).limit(3));
        }
        p.assertCalls(Query.all().where(Aggregate.STATUS, "OPEN"));
        p.assertCalls(Query.all().dateBetween(LocalDate.of(1000, 1, 1), LocalDate.of(1000, 12, 31)));
    }

    /**
     * Finding communication plans by their project, alone and with the date of their last publication; a
     * plan without publications has no date and a date range finds it not. Enforces {@link Query}:
     * "{@link Query#matches(Map)} is the meaning every store implements" and {@link Query#matches(Map)}:
     * "a missing value satisfies none".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - communication plans by project and last publication")
    public void findsCommunicationPlansByProjectAndLastPublication() {
        Population p = populateOffice();
        for (ProjectId project : CommunicationGenerators.PROJECTS) {
            p.assertPlans(Query.all().project(project));
            p.assertPlans(Query.all().project(project).dateBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        }
        for (CommunicationPlan c : p.probes(p.plans.values())) {
            c.lastPublication().ifPresent(d -> p.assertPlans(Query.all().dateBetween(d, d)));
        }
        p.assertPlans(Query.all().dateBetween(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
        p.assertPlans(Query.all().project(ProjectId.of("NO-SUCH-PROJECT")));
        p.assertPlans(Query.all().limit(5));
    }

    /**
     * Finding funding applications by the values they publish: their status, project, applicant
     * department and the day of their last step as the date, alone and together. Enforces {@link Query}:
     * "{@link Query#matches(Map)} is the meaning every store implements" and "for ranges the inclusive
     * bounds in text order, which is date order for the ISO-8601 dates".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - funding applications by status, project, department and last step")
    public void findsFundingApplicationsByStatusProjectDepartmentAndLastStep() {
        Population p = populateOffice();
        for (FundingApplicationStatus status : FundingApplicationStatus.values()) {
            p.assertApplications(Query.all().status(status));
        }
        for (ProjectId project : FundingGenerators.PROJECTS) {
            p.assertApplications(Query.all().project(project));
        }
        for (DepartmentId department : FundingGenerators.DEPARTMENTS) {
            p.assertApplications(Query.all().department(department));
            p.assertApplications(Query.all().department(department).limit(2));
        }
        for (FundingApplication a : p.probes(p.applications.values())) {
            LocalDate last = LocalDate.parse(a.queryValues().get(Aggregate.DATE));
            p.assertApplications(Query.all().dateBetween(last, last));
            p.assertApplications(Query.all().dateBetween(last.minusDays(180), last).status(a.status()));
            p.assertApplications(Query.all().status(a.status()).project(a.project()).department(a.applicant()));
        }
        p.assertApplications(Query.all().project(ProjectId.of("NO-SUCH-PROJECT")));
        p.assertApplications(Query.all().dateBetween(LocalDate.of(1000, 1, 1), LocalDate.of(1000, 12, 31)));
    }

    /**
     * Finding PRTR files by the only value they publish, their project; a condition on any other value
     * finds none. Enforces {@link Query}: "{@link Query#matches(Map)} is the meaning every store
     * implements" and {@link Query#matches(Map)}: "a missing value satisfies none".
     */
    @Test
    @DisplayName("Query: \"matches(Map) is the meaning every store implements\" - PRTR files by project; \"a missing value satisfies none\"")
    public void findsPrtrFilesByProject() {
        Population p = populateOffice();
        for (ProjectId project : PrtrGenerators.PROJECTS) {
            p.assertFiles(Query.all().project(project));
            p.assertFiles(Query.all().project(project).limit(3));
        }
        p.assertFiles(Query.all().project(ProjectId.of("NO-SUCH-PROJECT")));
        p.assertFiles(Query.all().dateBetween(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
        p.assertFiles(Query.all().where(Aggregate.STATUS, "OPEN"));
        p.assertFiles(Query.all().limit(5));
    }

    // ------------------------------------------------------------------ optimistic locking

    /**
     * A stale version is refused. Enforces {@link Repository#save}: "VersionConflictException if the
     * stored version is not {@code expectedVersion}; nothing is written", and
     * {@link VersionConflictException}: expected and current versions, type and id named.
     */
    @Test
    @DisplayName("Repository.save: \"VersionConflictException if the stored version is not expectedVersion; nothing is written\"")
    public void aStaleVersionIsRefusedAndNothingIsWritten() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need raised = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        needs.save(raised, 0, BY);
        Stored<Need> second = needs.save(raised.startAnalysis(), 1, BY);
        AuditVerification before = provider.auditTrail().verify();

        assertConflict(() -> needs.save(raised, 1, BY), "need", "N-1", 1, 2);
        assertConflict(() -> needs.save(raised, 3, BY), "need", "N-1", 3, 2);
        assertConflict(() -> needs.save(raised, 0, BY), "need", "N-1", 0, 2);

        assertThat(needs.find(NeedId.of("N-1"))).contains(second);
        assertThat(provider.auditTrail().verify()).isEqualTo(before);
    }

    /**
     * Saving an aggregate that is not stored with a version other than 0 is refused. Enforces
     * {@link Repository#save}: "creates it when {@code expectedVersion} is 0" and
     * {@link VersionConflictException#currentVersion()}: "0 when the aggregate does not exist".
     */
    @Test
    @DisplayName("Repository.save: \"creates it when expectedVersion is 0\"; a conflict names current version 0 \"when the aggregate does not exist\"")
    public void anUpdateOfAnAbsentAggregateIsRefused() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        assertConflict(() -> needs.save(need("N-7", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 4, BY),
            "need", "N-7", 4, 0);
        assertThat(needs.find(NeedId.of("N-7"))).isEmpty();
        assertThat(needs.count(Query.all())).isZero();
        assertThat(provider.auditTrail().last()).isEmpty();
    }

    /**
     * Deletion is versioned too, and the audit trail keeps the record of it. Enforces
     * {@link Repository#delete}: "VersionConflictException if the stored version is not
     * {@code expectedVersion} (0 if none is stored)" and "the audit trail keeps the record of it".
     */
    @Test
    @DisplayName("Repository.delete: \"VersionConflictException if the stored version is not expectedVersion (0 if none is stored)\"; \"the audit trail keeps the record of it\"")
    public void deletionIsVersionedAndAudited() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need n = need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        needs.save(n, 0, BY);
        needs.save(n, 1, BY);
        assertConflict(() -> needs.delete(NeedId.of("N-2"), 1, BY), "need", "N-2", 1, 2);
        assertConflict(() -> needs.delete(NeedId.of("N-404"), 1, BY), "need", "N-404", 1, 0);
        assertThat(needs.find(NeedId.of("N-2"))).map(Stored::version).contains(2L);
        assertThat(provider.auditTrail().verify().entries()).isEqualTo(2);

        ChangeContext deleting = ChangeContext.of(PersonId.of("TCK-DEL"), AT.plusSeconds(60), "baja");
        needs.delete(NeedId.of("N-2"), 2, deleting);
        assertThat(needs.find(NeedId.of("N-2"))).isEmpty();
        assertThat(needs.count(Query.all())).isZero();
        AuditChange last = provider.auditTrail().last().orElseThrow().change();
        assertThat(last.action()).isEqualTo("delete");
        assertThat(last.aggregateType()).isEqualTo("need");
        assertThat(last.aggregateId()).isEqualTo("N-2");
        assertThat(last.versionBefore()).isEqualTo(2);
        assertThat(last.versionAfter()).as("\"for a deletion, the version deleted plus one\" (AuditChange)").isEqualTo(3);
        assertThat(last.actor()).isEqualTo(deleting.actor());
        assertThat(last.at()).isEqualTo(deleting.at());
        assertThat(last.summary()).isEqualTo("baja");
        assertThat(needs.save(n, 0, BY).version()).as("once deleted, none is stored: a save expecting 0 creates it")
            .isEqualTo(1);
    }

    // ------------------------------------------------------------------ concurrency

    /**
     * 8 threads each make 1,000 read-and-update attempts on the same aggregate. Enforces
     * {@link Repository}: "fails with a VersionConflictException if the stored version is another; a
     * successful save returns the next version" and "Implementations are thread-safe; a write is
     * atomic": every attempt either wins or gets a conflict naming the version it expected and a newer
     * current one; the versions won are exactly 2 to 1 + wins; the final version is 1 + wins and holds
     * the value of the last win; the audit chain is intact with one entry per win, carrying the actor
     * and instant of that win.
     *
     * @throws Exception if a thread fails or does not finish in 5 minutes
     */
    @Test
    @DisplayName("Repository: \"a successful save returns the next version\" and \"Implementations are thread-safe; a write is atomic\" - 8 threads x 1,000 conflicting updates")
    public void concurrentConflictingUpdatesEitherWinOrConflict() throws Exception {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        NeedId id = NeedId.of("N-RACE");
        needs.save(need("N-RACE", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        Map<Long, Need> wonValues = new ConcurrentHashMap<>();
        Map<Long, ChangeContext> wonContexts = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> wrongConflicts = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int conflicts = 0;
                    PersonId actor = PersonId.of("TCK-T" + thread);
                    for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                        Stored<Need> read = needs.find(id).orElseThrow();
                        Need next = need("N-RACE", NeedStatus.RAISED, "D-T" + thread, LocalDate.of(2026, 2, 3)
                            .plusDays(i));
                        ChangeContext context = ChangeContext.of(actor, AT.plusSeconds(thread * 10_000L + i), "t" + thread);
                        try {
                            Stored<Need> won = needs.save(next, read.version(), context);
                            if (won.version() != read.version() + 1 || wonValues.putIfAbsent(won.version(), next) != null) {
                                wrongConflicts.add("version " + won.version() + " returned after reading " + read.version());
                            }
                            wonContexts.put(won.version(), context);
                        } catch (VersionConflictException e) {
                            conflicts++;
                            if (e.expectedVersion() != read.version() || e.currentVersion() <= read.version()
                                || !e.aggregateId().equals("N-RACE")) {
                                wrongConflicts.add(e.getMessage());
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            long conflicts = 0;
            for (Future<Integer> f : futures) {
                conflicts += f.get(5, TimeUnit.MINUTES);
            }
            long wins = wonValues.size();
            assertThat(wrongConflicts).as("wrong versions or conflicts").isEmpty();
            assertThat(wins + conflicts).isEqualTo((long) THREADS * UPDATES_PER_THREAD);
            assertThat(wins).isPositive();
            assertThat(wonValues.keySet()).as("every successful update has its own version, 2 to 1 + wins")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(2, 1 + wins).boxed()
                    .collect(Collectors.toList()));
            Stored<Need> last = needs.find(id).orElseThrow();
            assertThat(last.version()).isEqualTo(1 + wins);
            assertThat(last.value()).isEqualTo(wonValues.get(1 + wins));

            AuditVerification v = provider.auditTrail().verify();
            assertThat(v.isIntact()).as(v.toString()).isTrue();
            assertThat(v.entries()).isEqualTo(1 + wins);
            Map<Long, AuditChange> updates = new HashMap<>();
            for (AuditEntry e : readAll(provider.auditTrail())) {
                if (e.change().action().equals("update")) {
                    assertThat(updates.put(e.change().versionAfter(), e.change())).as("one entry per version").isNull();
                }
            }
            assertThat(updates.keySet()).isEqualTo(wonValues.keySet());
            updates.forEach((version, change) -> {
                assertThat(change.versionBefore()).isEqualTo(version - 1);
                assertThat(change.actor()).isEqualTo(wonContexts.get(version).actor());
                assertThat(change.at()).isEqualTo(wonContexts.get(version).at());
            });
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ units of work

    /**
     * A unit of work that throws midway leaves nothing behind: no aggregate created, updated or deleted,
     * no audit entry, and the exception comes out unchanged. Enforces
     * {@link PersistenceProvider#inUnitOfWork}: "Runs work whose writes commit together when it returns,
     * or are all discarded when it throws (the exception is then rethrown unchanged)".
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: \"all discarded when it throws (the exception is then rethrown unchanged)\"")
    public void aUnitOfWorkThatThrowsLeavesNothingBehind() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Repository<Evaluation, EvaluationId> evaluations = provider.repository(Evaluation.class);
        Stored<Need> kept = needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        Stored<Need> gone = needs.save(need("N-9", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        Evaluation evaluation = EvaluationGenerators.evaluationFromSeed(42);
        AuditVerification before = provider.auditTrail().verify();
        IllegalStateException failure = new IllegalStateException("TCK: the work fails midway");

        Throwable thrown = catchThrowable(() -> provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            u.repository(Need.class).save(kept.value().startAnalysis(), 1, BY);
            u.repository(Need.class).delete(NeedId.of("N-9"), 1, BY);
            u.repository(Evaluation.class).save(evaluation, 0, BY);
            u.auditTrail().append(change("need", "N-1", "TCK_NOTE"));
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(needs.find(NeedId.of("N-2"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-1"))).contains(kept);
        assertThat(needs.find(NeedId.of("N-9"))).contains(gone);
        assertThat(evaluations.count(Query.all())).isZero();
        assertThat(provider.auditTrail().verify()).isEqualTo(before);
    }

    /**
     * An import that reads documents from outside (a bidder's offer, another administration's export) and
     * saves each inside one unit of work, meeting a hostile or broken document midway, leaves the store as
     * it was: the reader's ValidationException comes out unchanged, the writes before it are discarded
     * (the tender's update, a new need), and every aggregate, count and the audit trail are as before.
     * Hostile documents: an amount with a billion-digit exponent, nesting 10,000 deep, an identifier of
     * 1,100,000 characters, a number where text goes, invalid UTF-8, a UTF-32 byte-order mark, a truncated
     * document. Enforces {@link PersistenceProvider#inUnitOfWork}: "all discarded when it throws (the
     * exception is then rethrown unchanged)", for failures that come from reading input.
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: a hostile document refused midway leaves the store unchanged")
    public void aHostileDocumentRefusedInsideAUnitOfWorkLeavesTheStoreUnchanged() {
        Tender found = null;
        List<Bid> bids = List.of();
        for (Tender t : sample(TenderGenerators.validTenders(), 50)) {
            bids = sample(TenderGenerators.validBids(t), 1).get(0);
            found = t;
            if (bids.size() >= 2) {
                break;
            }
        }
        assertThat(bids).as("a generated tender with two bids or more").hasSizeGreaterThanOrEqualTo(2);
        Tender tender = Objects.requireNonNull(found);
        Repository<Tender, TenderId> tenders = provider.repository(Tender.class);
        Repository<Bid, BidId> bidStore = provider.repository(Bid.class);
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Stored<Tender> storedTender = tenders.save(tender, 0, BY);
        Map<BidId, Stored<Bid>> storedBids = new TreeMap<>();
        for (Bid b : bids.subList(0, bids.size() - 1)) {
            storedBids.put(b.id(), bidStore.save(b, 0, BY));
        }
        Bid incoming = bids.get(bids.size() - 1);
        AuditVerification before = provider.auditTrail().verify();
        byte[] valid = JSON.writeBytes(incoming);
        String text = new String(valid, UTF_8);
        Matcher amount = Pattern.compile("\"amount\":(-?[0-9][0-9.Ee+-]*)").matcher(text);
        assertThat(amount.find()).as("a bid's JSON has an amount: " + text).isTrue();
        String idValue = "\"id\":\"" + incoming.id().value() + "\"";
        assertThat(text).contains(idValue);
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("an amount of 1E+1000000000", bytes(text.substring(0, amount.start(1)) + "1E+1000000000"
            + text.substring(amount.end(1))));
        hostile.put("nesting 10,000 deep", bytes(text.substring(0, amount.start(1)) + "[".repeat(10_000)
            + "]".repeat(10_000) + text.substring(amount.end(1))));
        hostile.put("an id of 1,100,000 characters", bytes(text.replace(idValue, "\"id\":\"" + "B".repeat(1_100_000) + "\"")));
        hostile.put("a number where the id goes", bytes(text.replace(idValue, "\"id\":42")));
        byte[] invalidUtf8 = Arrays.copyOf(valid, valid.length + 1);
        System.arraycopy(valid, 2, invalidUtf8, 3, valid.length - 2);
        invalidUtf8[2] = (byte) 0xFF;
        hostile.put("invalid UTF-8", invalidUtf8);
        byte[] utf32Bom = new byte[valid.length + 4];
        utf32Bom[2] = (byte) 0xFE;
        utf32Bom[3] = (byte) 0xFF;
        System.arraycopy(valid, 0, utf32Bom, 4, valid.length);
        hostile.put("a UTF-32 byte-order mark", utf32Bom);
        hostile.put("a truncated document", Arrays.copyOf(valid, valid.length / 2));

        hostile.forEach((what, document) -> {
            AtomicReference<Throwable> fromReader = new AtomicReference<>();
            Throwable thrown = catchThrowable(() -> provider.inUnitOfWork(u -> {
                u.repository(Tender.class).save(storedTender.value(), storedTender.version(), BY);
                u.repository(Need.class).save(need("N-IMPORT", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
                try {
                    return u.repository(Bid.class).save(JSON.read(document, Bid.class), 0, BY);
                } catch (RuntimeException e) {
                    fromReader.set(e);
                    throw e;
                }
            }));
            assertThat(thrown).as(what).isInstanceOf(ValidationException.class).isSameAs(fromReader.get());
            assertThat(((ValidationException) thrown).violations()).as(what).isNotEmpty();
            assertThat(tenders.find(tender.id())).as(what).contains(storedTender);
            for (Map.Entry<BidId, Stored<Bid>> e : storedBids.entrySet()) {
                assertThat(bidStore.find(e.getKey())).as(what).contains(e.getValue());
            }
            assertThat(bidStore.find(incoming.id())).as(what).isEmpty();
            assertThat(bidStore.count(Query.all())).as(what).isEqualTo(storedBids.size());
            assertThat(needs.count(Query.all())).as(what).isZero();
            assertThat(provider.auditTrail().verify()).as(what).isEqualTo(before);
        });
        // the valid document goes through the same unit of work
        provider.inUnitOfWork(u -> u.repository(Bid.class).save(JSON.read(valid, Bid.class), 0, BY));
        assertThat(bidStore.find(incoming.id()).map(Stored::value)).contains(incoming);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /**
     * A write that conflicts inside a unit of work undoes the writes before it. Enforces
     * {@link PersistenceProvider#inUnitOfWork}: "VersionConflictException if a write of the work
     * conflicts; nothing is written".
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: \"VersionConflictException if a write of the work conflicts; nothing is written\"")
    public void aConflictInsideAUnitOfWorkWritesNothing() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Stored<Need> kept = needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        AuditVerification before = provider.auditTrail().verify();

        assertThatThrownBy(() -> provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            u.repository(Need.class).save(kept.value().startAnalysis(), 1, BY);
            return u.repository(Need.class).save(need("N-3", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 5, BY);
        })).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.aggregateId()).isEqualTo("N-3");
            assertThat(e.expectedVersion()).isEqualTo(5);
            assertThat(e.currentVersion()).isZero();
        });

        assertThat(needs.find(NeedId.of("N-2"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-1"))).contains(kept);
        assertThat(provider.auditTrail().verify()).isEqualTo(before);
    }

    /**
     * A unit of work that returns commits every write and returns the work's result. Enforces
     * {@link PersistenceProvider#inUnitOfWork}: "Runs work whose writes commit together when it returns"
     * and {@link io.otp.persistence.UnitOfWork}: "Several writes that commit together or not at all".
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: \"writes commit together when it returns\"")
    public void aUnitOfWorkThatReturnsCommitsEveryWrite() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        Evaluation evaluation = EvaluationGenerators.evaluationFromSeed(7);

        String result = provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            u.repository(Need.class).save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)).startAnalysis(),
                1, BY);
            u.repository(Evaluation.class).save(evaluation, 0, BY);
            u.auditTrail().append(change("need", "N-2", "TCK_NOTE"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(needs.find(NeedId.of("N-2"))).map(Stored::version).contains(1L);
        assertThat(needs.find(NeedId.of("N-1"))).map(s -> s.value().status()).contains(NeedStatus.UNDER_ANALYSIS);
        assertThat(provider.repository(Evaluation.class).find(evaluation.id())).map(Stored::value).contains(evaluation);
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(1 + 2 + 1 + evaluation.domainEvents().size() + 1);
        assertThat(provider.auditTrail().last().orElseThrow().change().action()).isEqualTo("TCK_NOTE");
    }

    // ------------------------------------------------------------------ audit trail

    /**
     * An empty store has an empty, intact trail. Enforces {@link AuditTrail#last()}: "empty if the trail
     * is empty" and {@link AuditTrail#read}: "empty past the end".
     */
    @Test
    @DisplayName("AuditTrail: last() \"empty if the trail is empty\"; read \"empty past the end\"")
    public void anEmptyStoreHasAnEmptyIntactTrail() {
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entries()).isZero();
        assertThat(v.lastHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(provider.auditTrail().read(1, 10)).isEmpty();
    }

    /**
     * Each write appends one entry naming the aggregate, the versions, the action, and the actor, instant
     * and summary of its context; the chain verifies. Enforces {@link Repository}: "Every write appends
     * to the store's audit trail, in the same transaction: one entry for the write ({@code create},
     * {@code update} or {@code delete}, with the versions ...)" and {@link AuditTrail}: "append-only,
     * hash-chained".
     */
    @Test
    @DisplayName("Repository: \"Every write appends to the store's audit trail ... one entry for the write (create, update or delete, with the versions\"")
    public void everyWriteAppendsOneChainedEntry() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Repository<Project, ProjectId> projects = provider.repository(Project.class);
        Need n = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        Project project = sample(ProjectGenerators.projects(), 1).get(0);
        List<ChangeContext> contexts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            contexts.add(ChangeContext.of(PersonId.of("TCK-" + i), AT.plusSeconds(3_600L * i), i == 0 ? "" : "cambio " + i));
        }
        needs.save(n, 0, contexts.get(0));
        needs.save(n.startAnalysis(), 1, contexts.get(1));
        projects.save(project, 0, contexts.get(2));
        needs.delete(n.id(), 2, contexts.get(3));
        AuditEntry appended = provider.auditTrail().append(change("project", project.id().value(), "TCK_NOTE"));

        List<AuditEntry> entries = readAll(provider.auditTrail());
        assertThat(entries).extracting(e -> e.change().action()).containsExactly("create", "update", "create", "delete",
            "TCK_NOTE");
        assertThat(entries).extracting(e -> e.change().aggregateType()).containsExactly("need", "need", "project", "need",
            "project");
        assertThat(entries).extracting(e -> e.change().aggregateId()).containsExactly("N-1", "N-1", project.id().value(),
            "N-1", project.id().value());
        assertThat(entries).extracting(e -> e.change().versionBefore()).containsExactly(0L, 1L, 0L, 2L, 0L);
        assertThat(entries).extracting(e -> e.change().versionAfter()).containsExactly(1L, 2L, 1L, 3L, 1L);
        for (int i = 0; i < 4; i++) {
            assertThat(entries.get(i).change().actor()).isEqualTo(contexts.get(i).actor());
            assertThat(entries.get(i).change().at()).isEqualTo(contexts.get(i).at());
            assertThat(entries.get(i).change().summary()).isEqualTo(contexts.get(i).summary());
        }
        assertThat(entries.get(4)).isEqualTo(appended);
        assertThat(entries).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.lastHash()).isEqualTo(appended.hash());
        assertThat(provider.auditTrail().read(2, 2)).containsExactly(entries.get(1), entries.get(2));
        assertThat(provider.auditTrail().read(5, 100)).containsExactly(appended);
        assertThat(provider.auditTrail().read(6, 100)).isEmpty();
    }

    /**
     * Saving an evaluation appends one entry per domain event recorded since the version read, with the
     * event's action, actor, instant, summary and details. Enforces {@link Repository}: "one per domain
     * event the aggregate recorded since the version read ({@link Aggregate#domainEvents()})".
     */
    @Test
    @DisplayName("Repository: \"one per domain event the aggregate recorded since the version read\" - evaluations")
    public void newDomainEventsOfAnEvaluationAreAppended() {
        Repository<Evaluation, EvaluationId> evaluations = provider.repository(Evaluation.class);
        qt().withExamples(Math.max(1, examples() / 4)).forAll(EvaluationGenerators.scenarios(), SourceDSL.integers()
            .between(1, 8)).checkAssert((scenario, steps) -> {
                Evaluation early = EvaluationGenerators.run(scenario, steps);
                Evaluation later = EvaluationGenerators.run(scenario, steps + 3);
                long version = evaluations.find(early.id()).map(Stored::version).orElse(0L);
                int seen = evaluations.find(early.id()).map(s -> s.value().domainEvents().size()).orElse(0);
                saveAndCheckEvents(evaluations, early, version, seen);
                saveAndCheckEvents(evaluations, later, version + 1, early.domainEvents().size());
            });
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    /**
     * Saving a funding application appends one entry per step recorded in its history since the version
     * read: saved as a draft, then part way and at its last status, each save adds the steps taken since
     * the one before, with the step's action, actor, day, summary and details. Enforces {@link Repository}:
     * "one per domain event the aggregate recorded since the version read ({@link Aggregate#domainEvents()})".
     */
    @Test
    @DisplayName("Repository: \"one per domain event the aggregate recorded since the version read\" - funding applications")
    public void newStepsOfAFundingApplicationAreAppended() {
        Repository<FundingApplication, FundingApplicationId> applications = provider.repository(FundingApplication.class);
        List<Integer> events = new ArrayList<>();
        qt().withExamples(Math.max(1, examples() / 4)).forAll(FundingGenerators.applicationSteps()).checkAssert(steps -> {
            FundingApplication first = steps.get(0);
            if (applications.find(first.id()).isPresent()) {
                return;
            }
            long version = 0;
            int seen = 0;
            for (FundingApplication a : List.of(first, steps.get(steps.size() / 2), steps.get(steps.size() - 1))) {
                saveAndCheckEvents(applications, a, version, seen);
                version++;
                seen = a.domainEvents().size();
            }
            assertThat(applications.find(first.id()).map(Stored::version)).contains(3L);
            events.add(seen);
        });
        assertThat(events).as("some application took steps").anyMatch(n -> n > 0);
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    private <A extends Aggregate<?>> void saveAndCheckEvents(Repository<A, ?> repository, A aggregate, long version,
            int seen) {
        long last = provider.auditTrail().last().map(AuditEntry::position).orElse(0L);
        ChangeContext context = ChangeContext.of(PersonId.of("TCK-EV"), AT.plusSeconds(version), "fase");
        repository.save(aggregate, version, context);
        List<AuditEntry> added = provider.auditTrail().read(last + 1, 1_000);
        List<? extends DomainEvent> events = aggregate.domainEvents();
        assertThat(added).hasSize(1 + events.size() - seen);
        assertThat(added.get(0).change().action()).isEqualTo(version == 0 ? "create" : "update");
        assertThat(added.get(0).change().actor()).isEqualTo(context.actor());
        for (int i = seen; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            AuditChange c = added.get(1 + i - seen).change();
            assertThat(c.action()).isEqualTo(event.action());
            assertThat(c.actor()).isEqualTo(event.actor());
            assertThat(c.at()).isEqualTo(event.at());
            assertThat(c.summary()).isEqualTo(event.summary());
            assertThat(c.details()).isEqualTo(event.details());
            assertThat(c.aggregateId()).isEqualTo(aggregate.id().value());
            assertThat(c.aggregateType()).isEqualTo(Aggregate.typeName(repository.type()));
            assertThat(c.versionBefore()).isEqualTo(version);
            assertThat(c.versionAfter()).isEqualTo(version + 1);
        }
    }

    // ------------------------------------------------------------------ bad input

    /**
     * Null arguments are refused before anything is written, with a NullPointerException naming the
     * parameter (the SDK's {@code Objects.requireNonNull(x, "x")}) or an SDK exception. Enforces the
     * "not null" of every {@code @param} of {@link PersistenceProvider}, {@link Repository} and
     * {@link AuditTrail}.
     */
    @Test
    @DisplayName("Repository, PersistenceProvider, AuditTrail: every \"not null\" parameter is refused by name; nothing is written")
    public void nullArgumentsAreRefusedByName() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need n = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        assertRefusesNull(() -> provider.repository(null), "type");
        assertRefusesNull(() -> provider.inUnitOfWork(null), "work");
        assertRefusesNull(() -> provider.auditTrail().append(null), "change");
        assertRefusesNull(() -> needs.find((NeedId) null), "id");
        assertRefusesNull(() -> needs.find((Query) null), "query");
        assertRefusesNull(() -> needs.count(null), "query");
        assertRefusesNull(() -> needs.save(null, 0, BY), "aggregate");
        assertRefusesNull(() -> needs.save(n, 0, null), "context");
        assertRefusesNull(() -> needs.delete(null, 1, BY), "id");
        needs.save(n, 0, BY);
        assertRefusesNull(() -> needs.delete(n.id(), 1, null), "context");
        assertRefusesNull(() -> needs.save(n, 1, null), "context");
        assertThat(needs.find(n.id())).map(Stored::version).contains(1L);
        assertThat(provider.auditTrail().verify().entries()).isEqualTo(1);
    }

    /**
     * Every store keeps what reads back and refuses what would not, at the same limits: a need whose
     * description is a string of exactly {@value OtpJson#DEFAULT_MAX_STRING_LENGTH} characters (the longest
     * the SDK's JSON reads) is saved and read back; one character more is refused with rule
     * {@code OTP-STORE-DOCUMENT} and nothing is written, also inside a unit of work, which goes on. A summary
     * of 20,000 characters (an award among 700 tied bids explains itself at that length) is kept whole.
     * Enforces {@link io.otp.persistence.AggregateDocument}: "what one store accepts every store accepts and
     * reads back" and {@link Repository#save}: "ValidationException if the aggregate's JSON exceeds the store's
     * limits ... nothing is written".
     */
    @Test
    @DisplayName("Repository.save: the same limits in every store; what is saved reads back, what would not is refused")
    public void everyStoreKeepsWhatReadsBackAndRefusesWhatWouldNot() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need small = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        Need longest = withDescription(small, "x".repeat(OtpJson.DEFAULT_MAX_STRING_LENGTH));
        Need over = withDescription(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)),
            "x".repeat(OtpJson.DEFAULT_MAX_STRING_LENGTH + 1));

        assertThatThrownBy(() -> needs.save(over, 0, BY)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-STORE-DOCUMENT"));
        assertThat(provider.auditTrail().last()).isEmpty();
        assertThat(needs.save(longest, 0, BY).version()).isEqualTo(1);
        assertThat(needs.find(longest.id()).orElseThrow().value()).isEqualTo(longest);

        String summary = "adjudicación por sorteo entre 700 ofertas empatadas: " + "B-0001, ".repeat(2_500);
        ChangeContext tied = ChangeContext.of(ACTOR, AT, summary.substring(0, 20_000));
        Need third = need("N-3", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        Stored<Need> kept = provider.inUnitOfWork(u -> {
            Throwable refused = catchThrowable(() -> u.repository(Need.class).save(over, 0, BY));
            assertThat(refused).isInstanceOf(ValidationException.class);
            return u.repository(Need.class).save(third, 0, tied);
        });
        assertThat(kept.version()).isEqualTo(1);
        assertThat(needs.find(over.id())).isEmpty();
        assertThat(provider.auditTrail().last().orElseThrow().change().summary()).isEqualTo(summary.substring(0, 20_000));
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(2);
    }

    /**
     * U+0000 and a UTF-16 surrogate without its pair are kept by no store as given (PostgreSQL refuses the
     * first, the drivers replace the second with "?", so the document would no longer match its digest):
     * every store refuses them on write, in a document, a summary or a query, and keeps a character outside
     * the Basic Multilingual Plane written as its pair. Enforces {@link io.otp.persistence.audit.StorableText}.
     */
    @Test
    @DisplayName("StorableText: \"every store refuses U+0000 and a lone surrogate on write, and keeps a pair\"")
    public void everyStoreRefusesTextNoStoreKeepsAndKeepsAPair() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need base = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        for (String bad : List.of("memoria t\u0000cnica", "memoria t\ud800cnica", "memoria \udc00", "fin \ud83d")) {
            assertThatThrownBy(() -> needs.save(withDescription(base, bad), 0, BY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                    .extracting(v -> v.ruleId()).containsExactly("OTP-STORE-TEXT"));
            assertThatThrownBy(() -> ChangeContext.of(ACTOR, AT, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("OTP-STORE-TEXT"));
            assertThatThrownBy(() -> Query.all().where(Aggregate.STATUS, bad)).isInstanceOf(ValidationException.class);
        }
        assertThat(provider.auditTrail().last()).isEmpty();
        assertThat(needs.find(base.id())).isEmpty();
        Need emoji = withDescription(base, "memoria técnica \ud83d\ude00 con 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
        needs.save(emoji, 0, ChangeContext.of(ACTOR, AT, "alta \ud83d\ude00"));
        assertThat(needs.find(base.id()).orElseThrow().value()).isEqualTo(emoji);
        assertThat(provider.auditTrail().last().orElseThrow().change().summary()).isEqualTo("alta \ud83d\ude00");
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    // ------------------------------------------------------------------ integrity

    /**
     * Inside a unit of work, a write that fails leaves nothing of itself and the work goes on: a stale
     * update, a deletion of the wrong version, a document that would not read back and an append of a store's
     * own action are each refused and caught; the writes before and after them commit, the trail holds exactly
     * their entries at consecutive positions, and it verifies. Enforces {@link io.otp.persistence.UnitOfWork}:
     * "a write that throws leaves nothing of itself (document, query values, audit entries, position in the
     * chain), so the work may catch the exception and go on".
     */
    @Test
    @DisplayName("UnitOfWork: \"a write that throws leaves nothing of itself ... the work may catch the exception and go on\"")
    public void aWriteThatFailsInsideAUnitOfWorkLeavesNothingAndTheWorkGoesOn() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Stored<Need> first = needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        Need huge = withDescription(need("N-8", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)),
            "x".repeat(OtpJson.DEFAULT_MAX_STRING_LENGTH + 1));

        List<Class<?>> refused = provider.inUnitOfWork(u -> {
            Repository<Need, NeedId> r = u.repository(Need.class);
            List<Class<?>> failures = new ArrayList<>();
            r.save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            failures.add(catchThrowable(() -> r.save(first.value().startAnalysis(), 7, BY)).getClass());
            failures.add(catchThrowable(() -> r.delete(NeedId.of("N-1"), 3, BY)).getClass());
            failures.add(catchThrowable(() -> r.save(huge, 0, BY)).getClass());
            failures.add(catchThrowable(() -> u.auditTrail().append(change("need", "N-1", "update"))).getClass());
            r.save(first.value().startAnalysis(), 1, BY);
            r.save(need("N-3", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            return failures;
        });

        assertThat(refused).containsExactly(VersionConflictException.class, VersionConflictException.class,
            ValidationException.class, ValidationException.class);
        assertThat(needs.find(NeedId.of("N-1")).map(Stored::version)).contains(2L);
        assertThat(needs.find(NeedId.of("N-8"))).isEmpty();
        assertThat(needs.count(Query.all())).isEqualTo(3);
        List<AuditEntry> trail = provider.auditTrail().read(1, 100);
        assertThat(trail).extracting(e -> e.change().aggregateId() + " " + e.change().action())
            .containsExactly("N-1 create", "N-2 create", "N-1 update", "N-3 create");
        assertThat(trail).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L);
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    /**
     * A unit of work whose work throws a checked exception (Kotlin, Scala or Groovy code throws them without
     * declaring them) is undone like any other: the exception comes out unchanged and nothing is written.
     * Enforces {@link PersistenceProvider#inUnitOfWork}: "all discarded when it throws".
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: a checked exception thrown by the work discards its writes too")
    public void aUnitOfWorkThatThrowsACheckedExceptionIsUndoneToo() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Exception checked = new java.io.IOException("TCK: a checked exception from the work");
        Throwable thrown = catchThrowable(() -> provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            return PersistenceProviderContract.<Object, RuntimeException>sneakyThrow(checked);
        }));
        assertThat(thrown).isSameAs(checked);
        assertThat(needs.count(Query.all())).isZero();
        assertThat(provider.auditTrail().last()).isEmpty();
        Throwable nested = catchThrowable(() -> provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            Throwable inner = catchThrowable(() -> provider.inUnitOfWork(n -> {
                n.repository(Need.class).save(need("N-3", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
                return PersistenceProviderContract.<Object, RuntimeException>sneakyThrow(checked);
            }));
            assertThat(inner).isSameAs(checked);
            return null;
        }));
        assertThat(nested).isNull();
        assertThat(needs.find(NeedId.of("N-2"))).isPresent();
        assertThat(needs.find(NeedId.of("N-3"))).isEmpty();
    }

    /** Throws any throwable without declaring it, as code in other JVM languages does. */
    @SuppressWarnings("unchecked")
    private static <R, T extends Throwable> R sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * A unit of work nested in another that throws is undone alone: its writes and audit entries go, the
     * outer work catches the exception, writes on, and commits what it wrote before and after. Enforces
     * {@link PersistenceProvider#inUnitOfWork}: "Called inside another unit of work on the same thread, it is
     * nested: its writes are discarded alone if it throws".
     */
    @Test
    @DisplayName("PersistenceProvider.inUnitOfWork: a nested unit that throws \"is discarded alone\"")
    public void aNestedUnitOfWorkThatThrowsIsUndoneAlone() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Stored<Need> first = needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        IllegalStateException failure = new IllegalStateException("TCK: the inner work fails");

        Throwable caught = provider.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            Throwable inner = catchThrowable(() -> provider.inUnitOfWork(n -> {
                n.repository(Need.class).save(need("N-3", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
                n.repository(Need.class).save(first.value().startAnalysis(), 1, BY);
                n.repository(Need.class).delete(NeedId.of("N-2"), 1, BY);
                n.auditTrail().append(change("need", "N-3", "TCK_NOTE"));
                throw failure;
            }));
            u.repository(Need.class).save(need("N-4", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            return inner;
        });

        assertThat(caught).isSameAs(failure);
        assertThat(needs.find(NeedId.of("N-1"))).contains(first);
        assertThat(needs.find(NeedId.of("N-2")).map(Stored::version)).contains(1L);
        assertThat(needs.find(NeedId.of("N-3"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-4")).map(Stored::version)).contains(1L);
        assertThat(provider.auditTrail().read(1, 100)).extracting(e -> e.change().aggregateId() + " " + e.change().action())
            .containsExactly("N-1 create", "N-2 create", "N-4 create");
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    /**
     * A nested unit of work that returns commits with the outer one, and is undone with it when the outer
     * work throws afterwards. Enforces {@link io.otp.persistence.UnitOfWork}: "if it returns, its writes
     * commit with the outer unit, or not at all if the outer unit throws".
     */
    @Test
    @DisplayName("UnitOfWork: a nested unit that returns \"commits with the outer unit, or not at all if the outer unit throws\"")
    public void aNestedUnitOfWorkThatReturnsCommitsOnlyWithTheOuterOne() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        IllegalStateException failure = new IllegalStateException("TCK: the outer work fails");
        Throwable thrown = catchThrowable(() -> provider.inUnitOfWork(u -> {
            provider.inUnitOfWork(n -> n.repository(Need.class)
                .save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY));
            throw failure;
        }));
        assertThat(thrown).isSameAs(failure);
        assertThat(needs.count(Query.all())).isZero();
        assertThat(provider.auditTrail().last()).isEmpty();

        provider.inUnitOfWork(u -> provider.inUnitOfWork(n -> n.repository(Need.class)
            .save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY)));
        assertThat(needs.find(NeedId.of("N-1")).map(Stored::version)).contains(1L);
        assertThat(provider.auditTrail().verify().entries()).isEqualTo(1);
    }

    /**
     * Each {@code create} and {@code update} entry carries the digest of the document written (format 2),
     * a deletion none, and the verification checks every stored document against the last write. Enforces
     * {@link Repository}: "The create and update entries carry the digest of the document written" and
     * {@link AuditTrail#verify()}: the stores of the SDK check "every stored document against the last audited
     * write of its aggregate".
     */
    @Test
    @DisplayName("Repository: \"The create and update entries carry the digest of the document written\"")
    public void writesRecordTheDigestOfTheDocumentAndTheVerificationChecksEveryDocument() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        Need raised = need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3));
        needs.save(raised, 0, BY);
        needs.save(raised.startAnalysis(), 1, BY);
        needs.save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        needs.delete(NeedId.of("N-2"), 1, BY);
        List<AuditEntry> trail = provider.auditTrail().read(1, 10);
        assertThat(trail).extracting(AuditEntry::format).containsOnly(AuditChain.FORMAT_DOCUMENTS);
        assertThat(trail.get(0).change().documentHash()).contains(AuditChain.documentHash(JSON.write(raised)));
        assertThat(trail.get(1).change().documentHash())
            .contains(AuditChain.documentHash(JSON.write(raised.startAnalysis())));
        assertThat(trail.get(3).change().action()).isEqualTo("delete");
        assertThat(trail.get(3).change().documentHash()).isEmpty();
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.documents()).as("documents checked").isEqualTo(1);
    }

    /**
     * A checkpoint taken earlier verifies while the trail still holds its entry, and names a trail that does
     * not: one shorter than the checkpoint is TRUNCATED, one with another hash there is CHECKPOINT. Enforces
     * {@link AuditTrail#verify(io.otp.persistence.audit.AuditCheckpoint)}.
     */
    @Test
    @DisplayName("AuditTrail.verify(checkpoint): a trail that ends before it is TRUNCATED, another hash there is CHECKPOINT")
    public void aCheckpointIsVerifiedAndATrailThatNoLongerHoldsItIsNamed() {
        assertThat(provider.auditTrail().checkpoint()).isEqualTo(io.otp.persistence.audit.AuditCheckpoint.empty());
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        needs.save(need("N-1", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        io.otp.persistence.audit.AuditCheckpoint checkpoint = provider.auditTrail().checkpoint();
        assertThat(checkpoint.position()).isEqualTo(1);
        assertThat(checkpoint.hash()).isEqualTo(provider.auditTrail().last().orElseThrow().hash());
        needs.save(need("N-2", NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
        AuditVerification later = provider.auditTrail().verify(checkpoint);
        assertThat(later.isIntact()).as(later.toString()).isTrue();
        assertThat(later.checkpoint()).contains(provider.auditTrail().checkpoint());

        AuditVerification rewritten = provider.auditTrail().verify(
            io.otp.persistence.audit.AuditCheckpoint.of(1, "c".repeat(64)));
        assertThat(rewritten.problem()).contains(io.otp.persistence.audit.AuditProblem.CHECKPOINT);
        assertThat(rewritten.firstBadPosition()).contains(1L);
        AuditVerification truncated = provider.auditTrail().verify(
            io.otp.persistence.audit.AuditCheckpoint.of(5, "c".repeat(64)));
        assertThat(truncated.problem()).contains(io.otp.persistence.audit.AuditProblem.TRUNCATED);
        assertThat(truncated.firstBadPosition()).contains(3L);
    }

    /**
     * A list is never part of a larger result taken for the whole: a query without a limit set that
     * matches more than {@value Query#DEFAULT_LIMIT} aggregates is refused; with a limit it returns that many in
     * order; {@link Repository#stream(Query)} reads them all, in order, once each, and so does
     * {@link AuditTrail#stream()} with the trail; {@code after} pages. Enforces
     * {@link Repository#find(Query)}: "A list is never part of a result taken for the whole" and
     * {@link Repository#stream(Query)}.
     */
    @Test
    @DisplayName("Repository.find: \"A list is never part of a result taken for the whole\"; stream reads any number")
    public void aListIsNeverPartOfALargerResultAndAStreamReadsThemAll() {
        Repository<Need, NeedId> needs = provider.repository(Need.class);
        int n = Query.DEFAULT_LIMIT + 1;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format(java.util.Locale.ROOT, "N-%05d", i));
        }
        provider.inUnitOfWork(u -> {
            Repository<Need, NeedId> r = u.repository(Need.class);
            for (String id : ids) {
                r.save(need(id, NeedStatus.RAISED, "D-URB", LocalDate.of(2026, 2, 3)), 0, BY);
            }
            return null;
        });
        assertThat(needs.count(Query.all())).isEqualTo(n);
        assertThatThrownBy(() -> needs.find(Query.all())).isInstanceOf(io.otp.persistence.PersistenceException.class)
            .hasMessageContaining(String.valueOf(Query.DEFAULT_LIMIT)).hasMessageContaining("stream");
        List<Stored<Need>> limited = needs.find(Query.all().limit(Query.DEFAULT_LIMIT));
        assertThat(limited).extracting(s -> s.value().id().value()).containsExactlyElementsOf(ids.subList(0, Query.DEFAULT_LIMIT));
        assertThat(needs.find(Query.all().after(ids.get(n - 3)))).extracting(s -> s.value().id().value())
            .containsExactly(ids.get(n - 2), ids.get(n - 1));
        assertThat(needs.count(Query.all().after(ids.get(n - 3)))).isEqualTo(2);
        List<String> streamed = new ArrayList<>();
        try (java.util.stream.Stream<Stored<Need>> all = needs.stream(Query.all())) {
            all.forEach(s -> streamed.add(s.value().id().value()));
        }
        assertThat(streamed).containsExactlyElementsOf(ids);
        assertThat(needs.stream(Query.all().status(NeedStatus.RAISED).limit(1_500)).count()).isEqualTo(1_500);
        try (java.util.stream.Stream<AuditEntry> trail = provider.auditTrail().stream()) {
            assertThat(trail.map(AuditEntry::position)).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, n).boxed().toList());
        }
    }

    // ------------------------------------------------------------------ helpers

    private <A extends Aggregate<I>, I extends TypedId> void roundTrip(Class<A> type, Gen<A> aggregates) {
        Repository<A, I> repository = provider.repository(type);
        assertThat(repository.type()).isEqualTo(type);
        qt().withExamples(examples()).forAll(aggregates).checkAssert(a -> {
            long before = repository.find(a.id()).map(Stored::version).orElse(0L);
            Stored<A> saved = repository.save(a, before, BY);
            assertThat(saved.version()).as(a.id() + ": version after a save").isEqualTo(before + 1);
            assertThat(saved.value()).isEqualTo(a);
            Stored<A> read = repository.find(a.id()).orElseThrow();
            assertThat(read.version()).isEqualTo(before + 1);
            assertThat(read.value()).as(a.id() + " read back").isEqualTo(a);
            assertThat(JSON.write(read.value())).isEqualTo(JSON.write(a));
            Stored<A> again = repository.save(read.value(), read.version(), BY);
            assertThat(again.version()).as("one more on each save").isEqualTo(before + 2);
            assertThat(repository.find(a.id())).contains(again);
        });
        AuditVerification v = provider.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
    }

    private static void assertConflict(ThrowingCallable write, String type, String id, long expected, long current) {
        assertThatThrownBy(write).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo(type);
            assertThat(e.aggregateId()).isEqualTo(id);
            assertThat(e.expectedVersion()).as("expected version").isEqualTo(expected);
            assertThat(e.currentVersion()).as("current version").isEqualTo(current);
        });
    }

    private static void assertRefusesNull(ThrowingCallable call, String parameter) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("a null " + parameter).isNotNull();
        if (thrown instanceof NullPointerException) {
            assertThat(thrown.getMessage()).as("the NullPointerException names the parameter").isNotNull()
                .contains(parameter);
        } else {
            assertThat(thrown).as("a null " + parameter + " is refused with an SDK exception").isInstanceOf(OtpException.class);
        }
    }

    private static List<AuditEntry> readAll(AuditTrail trail) {
        List<AuditEntry> all = new ArrayList<>();
        List<AuditEntry> page;
        do {
            page = trail.read(all.size() + 1L, 500);
            all.addAll(page);
        } while (!page.isEmpty());
        return all;
    }

    private static AuditChange change(String type, String id, String action) {
        return AuditChange.builder().aggregateType(type).aggregateId(id).versionBefore(0).versionAfter(1)
            .actor(PersonId.of("TCK-NOTE")).at(AT.plusSeconds(86_400)).action(action).summary("nota")
            .putDetails("origin", "tck").build();
    }

    /**
     * A need with fixed text.
     *
     * @param id the need's id; not null
     * @param status its status; not null
     * @param department the requesting department's id; not null
     * @param raised the date it was raised; not null
     * @return the need, not null
     */
    protected static Need need(String id, NeedStatus status, String department, LocalDate raised) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(DepartmentId.of(department))
            .title("Tramitación electrónica de licencias").description("Las licencias se tramitan en papel.")
            .category(NeedCategory.DIGITAL_SERVICES).urgency(Urgency.HIGH).dateRaised(raised).status(status).build();
    }

    private static Need withDescription(Need n, String description) {
        return Need.builder().id(n.id()).requestingDepartment(n.requestingDepartment()).title(n.title())
            .description(description).category(n.category()).urgency(n.urgency()).dateRaised(n.dateRaised())
            .status(n.status()).build();
    }

    private static <A> List<A> sample(Gen<A> gen, int count) {
        List<A> out = new ArrayList<>();
        qt().withExamples(count).forAll(gen).checkAssert(out::add);
        return out;
    }

    private Population populate() {
        Population p = new Population();
        for (Need n : sample(NeedGenerators.needs(), 60)) {
            p.needs.put(n.id().value(), p.put(Need.class, n));
        }
        for (Project pr : sample(ProjectGenerators.projects(), 30)) {
            p.projects.put(pr.id().value(), p.put(Project.class, pr));
        }
        for (Tender t : sample(TenderGenerators.validTenders(), 15)) {
            p.tenders.put(t.id().value(), p.put(Tender.class, t));
            for (Bid b : sample(TenderGenerators.validBids(t), 1).get(0)) {
                p.bids.put(b.id().value(), p.put(Bid.class, b));
            }
        }
        return p;
    }

    private Population populateOffice() {
        Population p = new Population();
        for (Agreement a : sample(AgreementGenerators.agreements(), 40)) {
            p.agreements.put(a.id().value(), p.put(Agreement.class, a));
        }
        for (FundingCall c : sample(FundingGenerators.calls(), 40)) {
            p.calls.put(c.id().value(), p.put(FundingCall.class, c));
        }
        for (CommunicationPlan c : sample(CommunicationGenerators.plans(), 40)) {
            p.plans.put(c.id().value(), p.put(CommunicationPlan.class, c));
        }
        for (FundingApplication a : sample(FundingGenerators.applications(), 40)) {
            p.applications.put(a.id().value(), p.put(FundingApplication.class, a));
        }
        for (PrtrFile f : sample(PrtrGenerators.files(), 40)) {
            p.files.put(f.id().value(), p.put(PrtrFile.class, f));
        }
        return p;
    }

    /** Generated aggregates saved in the store, by id text: the last one saved under each id. */
    private final class Population {

        final Map<String, Need> needs = new TreeMap<>();

        final Map<String, Project> projects = new TreeMap<>();

        final Map<String, Tender> tenders = new TreeMap<>();

        final Map<String, Bid> bids = new TreeMap<>();

        final Map<String, Agreement> agreements = new TreeMap<>();

        final Map<String, FundingCall> calls = new TreeMap<>();

        final Map<String, CommunicationPlan> plans = new TreeMap<>();

        final Map<String, FundingApplication> applications = new TreeMap<>();

        final Map<String, PrtrFile> files = new TreeMap<>();

        <A extends Aggregate<I>, I extends TypedId> A put(Class<A> type, A aggregate) {
            Repository<A, I> repository = provider.repository(type);
            long version = repository.find(aggregate.id()).map(Stored::version).orElse(0L);
            repository.save(aggregate, version, BY);
            return aggregate;
        }

        List<Need> needProbes() {
            return probes(needs.values());
        }

        List<Project> projectProbes() {
            return probes(projects.values());
        }

        List<Tender> tenderProbes() {
            return probes(tenders.values());
        }

        void assertNeeds(Query q) {
            assertQuery(Need.class, needs.values(), q);
        }

        void assertProjects(Query q) {
            assertQuery(Project.class, projects.values(), q);
        }

        void assertTenders(Query q) {
            assertQuery(Tender.class, tenders.values(), q);
        }

        void assertBids(Query q) {
            assertQuery(Bid.class, bids.values(), q);
        }

        void assertAgreements(Query q) {
            assertQuery(Agreement.class, agreements.values(), q);
        }

        void assertCalls(Query q) {
            assertQuery(FundingCall.class, calls.values(), q);
        }

        void assertPlans(Query q) {
            assertQuery(CommunicationPlan.class, plans.values(), q);
        }

        void assertApplications(Query q) {
            assertQuery(FundingApplication.class, applications.values(), q);
        }

        void assertFiles(Query q) {
            assertQuery(PrtrFile.class, files.values(), q);
        }

        private <A extends Aggregate<I>, I extends TypedId> void assertQuery(Class<A> type, Collection<A> saved, Query q) {
            Repository<A, I> repository = provider.repository(type);
            List<String> matching = saved.stream().filter(a -> q.matches(a.queryValues())).map(a -> a.id().value())
                .sorted().collect(Collectors.toList());
            assertThat(repository.find(q)).extracting(s -> s.value().id().value())
                .as(Aggregate.typeName(type) + " " + q + ": \"sorted by id text, at most limit() of them\"")
                .containsExactlyElementsOf(matching.subList(0, Math.min(q.limit(), matching.size())));
            assertThat(repository.count(q)).as(Aggregate.typeName(type) + " " + q + ": count without the limit")
                .isEqualTo(matching.size());
            Set<String> ids = saved.stream().map(a -> a.id().value()).collect(Collectors.toSet());
            assertThat(repository.count(Query.all())).isEqualTo(ids.size());
        }

        private <A> List<A> probes(Collection<A> all) {
            return all.stream().limit(5).collect(Collectors.toList());
        }
    }
}
