package io.otp.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.ForecastRevision;
import io.otp.core.execution.Milestone;
import io.otp.core.id.ActionItemId;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.EvaluationId;
import io.otp.core.id.LotId;
import io.otp.core.id.MeetingId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.NeedId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.RiskRegisterId;
import io.otp.core.id.TenderId;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.Attendee;
import io.otp.core.meeting.Decision;
import io.otp.core.meeting.Meeting;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.need.Need;
import io.otp.core.need.NeedStatus;
import io.otp.core.party.BusinessGroupId;
import io.otp.core.party.Department;
import io.otp.core.party.Dir3Code;
import io.otp.core.party.Organisation;
import io.otp.core.party.Person;
import io.otp.core.party.TaxId;
import io.otp.core.party.TaxIdKind;
import io.otp.core.project.Project;
import io.otp.core.project.ProjectStatus;
import io.otp.core.project.TechnologyBaseline;
import io.otp.core.project.TechnologyDecision;
import io.otp.core.risk.Issue;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.core.rules.LegalThresholds;
import io.otp.core.rules.ThresholdTable;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.DocumentReference;
import io.otp.core.tender.Envelope;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.core.testing.AgreementGenerators;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.testing.IdGenerators;
import io.otp.core.testing.JsonTestGenerators;
import io.otp.core.testing.MeetingGenerators;
import io.otp.core.testing.ModelGenerators;
import io.otp.core.testing.NeedGenerators;
import io.otp.core.testing.PartyGenerators;
import io.otp.core.testing.ProjectGenerators;
import io.otp.core.testing.RiskGenerators;
import io.otp.core.testing.CommunicationGenerators;
import io.otp.core.testing.TenderGenerators;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every JSON-capable public type of otp-core survives {@link OtpJson}: for realistic generated
 * instances, {@code read(write(x))} equals {@code x}, and writing the value read back gives
 * byte-identical JSON (the output is deterministic).
 *
 * <p>{@link #GENERATORS} is the registry of what is tested: one generator per type. The completeness
 * guard ({@link JsonCoverageGuardTest}) fails when a JSON-capable type of the main code has no entry,
 * so a new value type cannot escape this test. Each registered Immutables type is also checked for
 * coverage: over the examples, every property was written at least once, every {@code Optional} one
 * was also absent, and every collection was both empty and non-empty unless an invariant forbids it
 * ({@link #NEVER_EMPTY}), so a generator cannot silently leave an attribute untested (the
 * {@code OptionalInt} of {@code TieBreakData} failed only when present).
 */
class EveryValueTypeRoundTripTest {

    /** Examples per registered type: enough to reach both cases of attributes present one time in seven. */
    private static final int EXAMPLES = 400;

    private static final OtpJson JSON = OtpJson.standard();

    private static final ObjectMapper MAPPER = JSON.mapper();

    /** One generator of realistic, valid instances per JSON-capable type. */
    static final Map<Class<?>, Gen<?>> GENERATORS = registry();

    /**
     * Collections that an invariant of their type keeps from being empty, so the coverage check does
     * not ask for an empty one; the value names the rule.
     */
    static final Map<String, String> NEVER_EMPTY = Map.of(
        "Tender.lots", "LCSP-99: a tender has at least one lot",
        "Tender.cpvCodes", "LCSP-2.4: a tender has at least one CPV code",
        "Lot.criteria", "LCSP-145.1: a lot has award criteria",
        "Project.objectives", "OTP-PROJECT-OBJECTIVES: a project has at least one objective",
        "TechnologyBaseline.decisions", "OTP-BASELINE-DECISIONS: a baseline has at least one decision",
        "Contract.milestones", "OTP-PAYMENT-PLAN: a contract has at least one payment milestone",
        "FundingPlan.shares", "OTP-FUNDING-PLAN-SUM: the shares add up to a budget above zero",
        "Agreement.parties", "OTP-AGREEMENT-PARTIES: an agreement has at least two parties",
        "Agreement.commission", "LRJSP-49.f: every party of an agreement sits in its commission",
        "SaraAssessment.explanation", "every conclusion of the assessment is explained");

    private static Map<Class<?>, Gen<?>> registry() {
        Map<Class<?>, Gen<?>> r = new LinkedHashMap<>();
        // io.otp.core.money
        register(r, Money.class, ModelGenerators.money());
        register(r, Percentage.class, ModelGenerators.percentages());
        register(r, Points.class, ModelGenerators.points());
        // io.otp.core.id: every TypedId subclass
        register(r, NeedId.class, ids(NeedId::of));
        register(r, ProjectId.class, ids(ProjectId::of));
        register(r, TenderId.class, ids(TenderId::of));
        register(r, LotId.class, ids(LotId::of));
        register(r, CriterionId.class, ids(CriterionId::of));
        register(r, BidId.class, ids(BidId::of));
        register(r, EvaluationId.class, ids(EvaluationId::of));
        register(r, OrganisationId.class, ids(OrganisationId::of));
        register(r, DepartmentId.class, ids(DepartmentId::of));
        register(r, PersonId.class, ids(PersonId::of));
        register(r, ContractId.class, ids(ContractId::of));
        register(r, MilestoneId.class, ids(MilestoneId::of));
        register(r, DeliverableId.class, ids(DeliverableId::of));
        register(r, RiskRegisterId.class, ids(RiskRegisterId::of));
        // io.otp.core.time and io.otp.core.classification
        register(r, io.otp.core.time.DateRange.class, JsonTestGenerators.dateRanges());
        register(r, CpvCode.class, ModelGenerators.cpvCodes());
        register(r, NutsCode.class, ModelGenerators.nutsCodes());
        // io.otp.core.party
        register(r, TaxId.class, ModelGenerators.taxIds());
        register(r, Dir3Code.class, ModelGenerators.dir3Codes());
        register(r, BusinessGroupId.class, ModelGenerators.businessGroupIds());
        register(r, Organisation.class, PartyGenerators.organisations());
        register(r, Department.class, PartyGenerators.departments());
        register(r, Person.class, ModelGenerators.persons());
        // io.otp.core.need and io.otp.core.project
        register(r, Need.class, NeedGenerators.needs());
        register(r, io.otp.core.need.NeedAssessment.class, NeedGenerators.assessments());
        register(r, io.otp.core.need.Rating.class, NeedGenerators.ratings());
        register(r, Project.class, ProjectGenerators.projects());
        register(r, TechnologyBaseline.class, ProjectGenerators.baselines());
        register(r, TechnologyDecision.class, Generate.pick(ProjectGenerators.AREAS)
            .flatMap(ProjectGenerators::decisionValues).map(ProjectGenerators.DecisionValues::build));
        // io.otp.core.tender
        register(r, Tender.class, ModelGenerators.tenders().mix(TenderGenerators.validTenders(), 25));
        register(r, Lot.class, ModelGenerators.lots());
        register(r, AwardCriterion.class, ModelGenerators.awardCriteria());
        register(r, FormulaReference.class, ModelGenerators.formulaReferences());
        register(r, Bid.class, ModelGenerators.bids());
        register(r, Envelope.class, ModelGenerators.envelopes());
        register(r, DocumentReference.class, ModelGenerators.documents());
        register(r, TieBreakData.class, ModelGenerators.tieBreakData());
        register(r, KeyDates.class, ModelGenerators.keyDates());
        // io.otp.core.rules
        register(r, LegalThresholds.class, ModelGenerators.legalThresholds());
        register(r, ThresholdTable.class, ModelGenerators.thresholdTables());
        register(r, io.otp.core.rules.TimeLimit.class, io.otp.core.testing.SaraGenerators.timeLimits());
        register(r, io.otp.core.rules.Explanation.class, io.otp.core.testing.SaraGenerators.explanations());
        register(r, io.otp.core.rules.SaraAssessment.class, io.otp.core.testing.SaraGenerators.assessments());
        register(r, io.otp.core.rules.TenderValidation.class, io.otp.core.testing.SaraGenerators.validations());
        register(r, io.otp.core.Violation.class, io.otp.core.testing.SaraGenerators.violations());
        // io.otp.core.execution
        register(r, Contract.class, ExecutionGenerators.contracts());
        register(r, Milestone.class, ExecutionGenerators.milestones());
        register(r, ForecastRevision.class, ExecutionGenerators.forecastRevisions());
        register(r, Deliverable.class, ExecutionGenerators.deliverables());
        register(r, ChecklistItem.class, ExecutionGenerators.checklistItems());
        register(r, AcceptanceRecord.class, ExecutionGenerators.acceptanceRecords());
        // io.otp.core.meeting
        register(r, MeetingId.class, ids(MeetingId::of));
        register(r, ActionItemId.class, ids(ActionItemId::of));
        register(r, Meeting.class, MeetingGenerators.meetings());
        register(r, ActionItem.class, MeetingGenerators.actionItems());
        register(r, Attendee.class, MeetingGenerators.attendees());
        register(r, Decision.class, MeetingGenerators.decisions());
        // io.otp.core.risk
        register(r, RiskRegister.class, RiskGenerators.registers());
        register(r, Risk.class, RiskGenerators.risks());
        register(r, Issue.class, RiskGenerators.issues());
        // io.otp.core.funding
        register(r, io.otp.core.id.FundingCallId.class, ids(io.otp.core.id.FundingCallId::of));
        register(r, io.otp.core.funding.FundingCall.class, io.otp.core.testing.FundingGenerators.calls());
        register(r, io.otp.core.funding.FundingPlan.class, io.otp.core.testing.FundingGenerators.plans());
        register(r, io.otp.core.funding.FundingShare.class, io.otp.core.testing.FundingGenerators.shares());
        register(r, io.otp.core.id.FundingApplicationId.class, ids(io.otp.core.id.FundingApplicationId::of));
        register(r, io.otp.core.funding.FundingApplication.class,
            io.otp.core.testing.FundingGenerators.applications());
        register(r, io.otp.core.funding.FundingApplicationEvent.class,
            io.otp.core.testing.FundingGenerators.applicationEvents());
        // io.otp.core.communication
        register(r, io.otp.core.id.CommunicationPlanId.class, ids(io.otp.core.id.CommunicationPlanId::of));
        register(r, io.otp.core.communication.CommunicationPlan.class, CommunicationGenerators.plans());
        register(r, io.otp.core.communication.PlannedAction.class, CommunicationGenerators.actions());
        register(r, io.otp.core.communication.Publication.class, CommunicationGenerators.publications());
        // io.otp.core.agreement
        register(r, io.otp.core.id.AgreementId.class, ids(io.otp.core.id.AgreementId::of));
        register(r, io.otp.core.agreement.Agreement.class, AgreementGenerators.agreements());
        register(r, io.otp.core.agreement.AgreementParty.class, AgreementGenerators.parties());
        register(r, io.otp.core.agreement.CommissionMember.class, AgreementGenerators.members());
        register(r, io.otp.core.agreement.ReusedSolution.class, AgreementGenerators.solutions());
        // io.otp.core.prtr
        register(r, io.otp.core.id.PrtrFileId.class, ids(io.otp.core.id.PrtrFileId::of));
        register(r, io.otp.core.prtr.PrtrFile.class, io.otp.core.testing.PrtrGenerators.files());
        register(r, io.otp.core.prtr.DaciDeclaration.class, io.otp.core.testing.PrtrGenerators.declarations());
        register(r, io.otp.core.prtr.DnshAssessment.class, io.otp.core.testing.PrtrGenerators.assessments());
        register(r, io.otp.core.prtr.DnshFinding.class, io.otp.core.testing.PrtrGenerators.findings());
        register(r, io.otp.core.prtr.PlanTag.class, io.otp.core.testing.PrtrGenerators.tags());
        return Collections.unmodifiableMap(r);
    }

    private static <T> void register(Map<Class<?>, Gen<?>> registry, Class<T> type, Gen<? extends T> values) {
        if (registry.put(type, values) != null) {
            throw new IllegalStateException(type + " registered twice");
        }
    }

    private static <T> Gen<T> ids(Function<String, T> factory) {
        return JsonTestGenerators.ids(factory).mix(IdGenerators.validIdTexts().map(factory::apply));
    }

    // ------------------------------------------------------------------ one property test per type

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeRoundTripsExactlyAndDeterministically() {
        return GENERATORS.entrySet().stream().map(e -> dynamicTest(e.getKey().getSimpleName(),
            () -> roundTripsRegistered(e.getKey(), e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTripsRegistered(Class<T> type, Gen<?> values) {
        Coverage coverage = Coverage.of(type);
        qt().withExamples(EXAMPLES).forAll((Gen<T>) values).checkAssert(value -> {
            String text = roundTrips(type, value);
            coverage.record(text);
        });
        coverage.assertComplete(EXAMPLES);
    }

    /**
     * Asserts that the value round-trips and that its JSON is deterministic.
     *
     * @return the JSON of the value
     */
    private static <T> String roundTrips(Class<T> type, T value) {
        String text = JSON.write(value);
        T back = JSON.read(text, type);
        assertThat(back).as("read(write(x)) for %s", text).isEqualTo(value);
        assertThat(JSON.write(back)).as("write(read(write(x)))").isEqualTo(text);
        assertThat(JSON.writeBytes(back)).as("bytes of write(read(write(x)))").isEqualTo(text.getBytes(UTF_8));
        assertThat(JSON.read(text.getBytes(UTF_8), type)).isEqualTo(value);
        return text;
    }

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCollectionsExemptFromBeingEmptyAreCollectionsOfRegisteredTypes() {
        Map<String, Class<?>> bySimpleName = new TreeMap<>();
        GENERATORS.keySet().forEach(type -> bySimpleName.put(type.getSimpleName(), type));
        NEVER_EMPTY.keySet().forEach(qualified -> {
            String[] parts = qualified.split("\\.");
            assertThat(bySimpleName).as(qualified).containsKey(parts[0]);
            assertThat(Coverage.of(bySimpleName.get(parts[0])).properties).as(qualified)
                .containsEntry(parts[1], Coverage.Kind.COLLECTION);
        });
    }

    // ------------------------------------------------------------------ combinations the brief names

    @Test
    void keyDatesRoundTripWithEveryCombinationOfPresentAndAbsentDates() {
        List<String> dates = List.of("publication", "submissionDeadline", "valueJudgmentOpening", "formulaOpening",
            "award");
        for (int mask = 0; mask < 1 << ModelGenerators.KEY_DATES; mask++) {
            Set<String> expected = present(dates, mask);
            qt().withExamples(40).forAll(ModelGenerators.keyDates(mask)).checkAssert(k -> {
                String text = roundTrips(KeyDates.class, k);
                assertThat(fieldNames(tree(text))).isEqualTo(expected);
            });
        }
    }

    @Test
    void tieBreakDataRoundTripsWithEveryCombinationOfPresentAndAbsentData() {
        List<String> data = List.of("disabledWorkersPercentage", "permanentDisabledWorkers",
            "temporaryContractsPercentage", "womenPercentage", "inclusionWorkers");
        for (int mask = 0; mask < 1 << ModelGenerators.TIE_BREAK_ATTRIBUTES; mask++) {
            Set<String> expected = present(data, mask);
            qt().withExamples(40).forAll(ModelGenerators.tieBreakData(mask)).checkAssert(t -> {
                String text = roundTrips(TieBreakData.class, t);
                assertThat(fieldNames(tree(text))).isEqualTo(expected);
            });
        }
    }

    @Test
    void bidsRoundTripWithEveryCombinationOfTieBreakData() {
        for (int mask = 0; mask < 1 << ModelGenerators.TIE_BREAK_ATTRIBUTES; mask++) {
            qt().withExamples(20).forAll(ModelGenerators.bids(), ModelGenerators.tieBreakData(mask))
                .checkAssert((bid, tie) -> roundTrips(Bid.class, Bid.builder().id(bid.id()).tender(bid.tender())
                    .lot(bid.lot()).bidder(bid.bidder()).economicOffer(bid.economicOffer())
                    .putAllFormulaValues(bid.formulaValues()).valueJudgmentEnvelope(bid.valueJudgmentEnvelope())
                    .formulaEnvelope(bid.formulaEnvelope()).submittedAt(bid.submittedAt()).tieBreakData(tie)
                    .build()));
        }
    }

    @Test
    void bidFormulaValuesKeepTheirExactDecimalsWhateverTheirScale() {
        qt().withExamples(300).forAll(ModelGenerators.bids()).checkAssert(bid -> {
            Bid back = JSON.read(roundTrips(Bid.class, bid), Bid.class);
            bid.formulaValues().forEach((criterion, value) -> {
                assertThat(back.formulaValues().get(criterion)).isEqualByComparingTo(value);
                assertThat(back.formulaValues().get(criterion).scale()).as("scale of %s", value)
                    .isEqualTo(value.scale());
            });
        });
    }

    @Test
    void decimalsWithANegativeScaleAreKeptAsTheirJsonReadsBack() {
        // 1000 after stripTrailingZeros() is 1E+3; JSON holds 1000, so values keep it with scale 0.
        BigDecimal stripped = new BigDecimal("1000").stripTrailingZeros();
        FormulaReference formula = FormulaReference.builder().id("proportional-corrected")
            .putParameters("threshold", stripped).putParameters("k", new BigDecimal("4.50")).build();
        assertThat(formula.parameters().get("threshold")).hasToString("1000");
        assertThat(formula.parameters().get("k")).hasToString("4.50");
        assertThat(roundTrips(FormulaReference.class, formula)).contains("\"threshold\":1000");
        qt().withExamples(100).forAll(ModelGenerators.bids(), ModelGenerators.decimals()).checkAssert((bid, value) -> {
            Bid withValue = Bid.builder().id(bid.id()).tender(bid.tender()).lot(bid.lot()).bidder(bid.bidder())
                .economicOffer(bid.economicOffer()).putFormulaValues(CriterionId.of("C9"), value)
                .submittedAt(bid.submittedAt()).build();
            BigDecimal kept = withValue.formulaValues().get(CriterionId.of("C9"));
            assertThat(kept).isEqualByComparingTo(value);
            assertThat(kept.scale()).isEqualTo(Math.max(0, value.scale()));
            roundTrips(Bid.class, withValue);
        });
    }

    @Test
    void projectsKeepTheOrderOfTheirLinkedNeedsThroughJson() {
        qt().withExamples(100).forAll(ProjectGenerators.projects(),
            org.quicktheories.generators.SourceDSL.lists().of(NeedGenerators.needIds()).ofSizeBetween(2, 30))
            .checkAssert((project, needs) -> {
                Project linked = project;
                for (NeedId need : needs) {
                    linked = linked.status().isFinal() ? linked : linked.linkNeed(need);
                }
                Project back = JSON.read(roundTrips(Project.class, linked), Project.class);
                assertThat(back.linkedNeeds()).containsExactlyElementsOf(linked.linkedNeeds());
            });
    }

    @Test
    void needsRoundTripInEveryStatus() {
        for (NeedStatus status : NeedStatus.values()) {
            qt().withExamples(100).forAll(NeedGenerators.needsIn(status)).checkAssert(n -> {
                roundTrips(Need.class, n);
                assertThat(JSON.read(JSON.write(n), Need.class).status()).isEqualTo(status);
            });
        }
    }

    @Test
    void projectsRoundTripInEveryStatusAndOnHoldFromEveryPhase() {
        for (ProjectStatus status : ProjectStatus.values()) {
            qt().withExamples(100).forAll(ProjectGenerators.projectsIn(status)).checkAssert(p -> {
                roundTrips(Project.class, p);
                assertThat(JSON.read(JSON.write(p), Project.class).status()).isEqualTo(status);
            });
            if (status.canMoveTo(ProjectStatus.ON_HOLD)) {
                qt().withExamples(50).forAll(ProjectGenerators.projectsOnHoldFrom(status)).checkAssert(p -> {
                    roundTrips(Project.class, p);
                    assertThat(JSON.read(JSON.write(p), Project.class).heldFrom()).contains(status);
                });
            }
        }
    }

    @Test
    void awardCriterionTreesRoundTripAtEveryDepth() {
        for (int depth = 0; depth <= 4; depth++) {
            int levels = depth;
            qt().withExamples(100).forAll(ModelGenerators.awardCriteria(depth)).checkAssert(c -> {
                String text = roundTrips(AwardCriterion.class, c);
                assertThat(depthOf(tree(text))).isEqualTo(levels);
            });
        }
    }

    @Test
    void taxIdsOfEachKindRoundTripKeepingTheirKind() {
        Map<TaxIdKind, Gen<String>> kinds = Map.of(TaxIdKind.NIF, PartyGenerators.nifs(),
            TaxIdKind.NIE, PartyGenerators.nies(), TaxIdKind.CIF, PartyGenerators.cifs());
        kinds.forEach((kind, texts) -> qt().forAll(ModelGenerators.taxIds(texts)).checkAssert(id -> {
            String text = roundTrips(TaxId.class, id);
            assertThat(text).isEqualTo("\"" + id.value() + "\"");
            assertThat(JSON.read(text, TaxId.class).kind()).isEqualTo(kind);
        }));
    }

    @Test
    void theShippedThresholdTableRoundTrips() {
        ThresholdTable defaults = ThresholdTable.builtIns();
        roundTrips(ThresholdTable.class, defaults);
        assertThat(JSON.read(JSON.write(defaults), ThresholdTable.class).periods()).hasSize(2);
    }

    @Test
    void listsOfAggregatesRoundTripThroughTypeReferences() {
        qt().withExamples(50).forAll(org.quicktheories.generators.SourceDSL.lists().of(ModelGenerators.tenders())
            .ofSizeBetween(0, 3), org.quicktheories.generators.SourceDSL.lists().of(ModelGenerators.bids())
            .ofSizeBetween(0, 5)).checkAssert((tenders, bids) -> {
                String tendersText = JSON.write(tenders);
                assertThat(JSON.read(tendersText, new TypeReference<List<Tender>>() { })).isEqualTo(tenders);
                String bidsText = JSON.write(bids);
                List<Bid> back = JSON.read(bidsText, new TypeReference<List<Bid>>() { });
                assertThat(back).isEqualTo(bids);
                assertThat(JSON.write(back)).isEqualTo(bidsText);
            });
    }

    @TestFactory
    Stream<DynamicTest> everyPublicEnumRoundTripsEveryConstant() {
        return SdkJsonTypes.CORE.publicEnums().stream().map(name -> dynamicTest(name, () -> {
            Class<?> type = Class.forName(name);
            assertThat(type.getEnumConstants()).isNotEmpty();
            for (Object constant : type.getEnumConstants()) {
                String text = JSON.write(constant);
                assertThat(JSON.read(text, type)).isSameAs(constant);
                assertThat(JSON.write(JSON.read(text, type))).isEqualTo(text);
            }
        }));
    }

    // ------------------------------------------------------------------ helpers

    private static Set<String> present(List<String> names, int mask) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Levels of sub-criteria below a criterion's JSON. */
    private static int depthOf(JsonNode criterion) {
        int deepest = 0;
        for (JsonNode child : criterion.get("subCriteria")) {
            deepest = Math.max(deepest, 1 + depthOf(child));
        }
        return deepest;
    }

    /**
     * Which properties of an Immutables type's JSON the examples reached: written, absent, empty,
     * non-empty. Properties and their kinds are those Jackson writes, read from its own description
     * of the implementation class.
     */
    private static final class Coverage {

        private enum Kind { PLAIN, OPTIONAL, COLLECTION }

        private final Class<?> type;
        private final Map<String, Kind> properties;
        private final Map<String, Set<String>> seen = new TreeMap<>();

        private Coverage(Class<?> type, Map<String, Kind> properties) {
            this.type = type;
            this.properties = properties;
        }

        static Coverage of(Class<?> type) {
            JsonSerialize serialize = type.getAnnotation(JsonSerialize.class);
            if (serialize == null || serialize.as() == Void.class) {
                return new Coverage(type, Map.of());
            }
            JavaType implementation = MAPPER.constructType(serialize.as());
            BeanDescription description = MAPPER.getSerializationConfig().introspect(implementation);
            Map<String, Kind> properties = new TreeMap<>();
            for (BeanPropertyDefinition p : description.findProperties()) {
                if (!p.couldSerialize()) {
                    continue;
                }
                JavaType t = p.getPrimaryType();
                properties.put(p.getName(), t.hasRawClass(Optional.class) ? Kind.OPTIONAL
                    : t.isContainerType() ? Kind.COLLECTION : Kind.PLAIN);
            }
            assertThat(properties).as("properties Jackson writes for %s", type.getSimpleName()).isNotEmpty();
            return new Coverage(type, properties);
        }

        void record(String text) {
            if (properties.isEmpty()) {
                return;
            }
            JsonNode root = tree(text);
            properties.forEach((name, kind) -> {
                JsonNode node = root.get(name);
                String state;
                if (node == null || node.isNull()) {
                    state = "absent";
                } else if (kind == Kind.COLLECTION) {
                    state = node.size() == 0 ? "empty" : "non-empty";
                } else {
                    state = "present";
                }
                seen.computeIfAbsent(name, k -> new TreeSet<>()).add(state);
            });
        }

        void assertComplete(int examples) {
            List<String> gaps = new ArrayList<>();
            properties.forEach((name, kind) -> {
                Set<String> states = seen.getOrDefault(name, Set.of());
                String qualified = type.getSimpleName() + "." + name;
                List<String> wanted = new ArrayList<>();
                switch (kind) {
                    case OPTIONAL:
                        wanted.add("present");
                        wanted.add("absent");
                        break;
                    case COLLECTION:
                        wanted.add("non-empty");
                        if (!NEVER_EMPTY.containsKey(qualified)) {
                            wanted.add("empty");
                        }
                        break;
                    default:
                        wanted.add("present");
                        break;
                }
                for (Iterator<String> it = wanted.iterator(); it.hasNext();) {
                    String state = it.next();
                    if (!states.contains(state)) {
                        gaps.add(qualified + " never " + state + " (seen: " + states + ")");
                    }
                }
            });
            assertThat(gaps).as("attributes of %s the generator did not reach in %d examples; extend its "
                + "generator so that each is both present and absent (or empty and non-empty)",
                type.getSimpleName(), examples).isEmpty();
        }
    }
}
