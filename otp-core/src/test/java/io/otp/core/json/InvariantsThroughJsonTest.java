package io.otp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.Milestone;
import io.otp.core.meeting.ActionItem;
import io.otp.core.meeting.Meeting;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.need.NeedAssessment;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Rating;
import io.otp.core.party.Department;
import io.otp.core.party.Organisation;
import io.otp.core.party.OrganisationKind;
import io.otp.core.party.Person;
import io.otp.core.project.Project;
import io.otp.core.project.ProjectStatus;
import io.otp.core.project.TechnologyBaseline;
import io.otp.core.project.TechnologyDecision;
import io.otp.core.rules.LegalThresholds;
import io.otp.core.testing.SaraGenerators;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.DocumentReference;
import io.otp.core.tender.Envelope;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.risk.Issue;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.testing.ModelGenerators;
import io.otp.core.testing.MeetingGenerators;
import io.otp.core.testing.NeedGenerators;
import io.otp.core.testing.PartyGenerators;
import io.otp.core.testing.ProjectGenerators;
import io.otp.core.testing.RiskGenerators;
import io.otp.core.testing.TenderGenerators;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The structural invariants of the value types hold for JSON input too: the JSON of a valid instance
 * with one field broken is rejected by {@link OtpJson#read(String, Class)} with a
 * {@link ValidationException} (never a raw Jackson exception or a {@code NullPointerException})
 * whose violations are exactly the expected ones, each at the JSON path of the broken field and with
 * the rule broken, and with a message the SDK's bundles define.
 *
 * <p>{@link #BREAKERS} is the registry: for each type, ways to break the JSON of generated valid
 * instances. The completeness guard ({@link JsonCoverageGuardTest}) fails when an Immutables value
 * type with a {@code @Value.Check} has no entry. Paths follow {@link OtpJson}'s documented rule: a
 * violation of a nested object is placed under the object's JSON path, and a single-value type
 * (an id, a code, an amount) names its own field, so a NIF with a wrong letter in an organisation's
 * {@code taxId} is reported at {@code taxId.taxId}.
 */
class InvariantsThroughJsonTest {

    private static final int EXAMPLES = 30;

    private static final OtpJson JSON = OtpJson.standard();

    private static final ObjectMapper MAPPER = JSON.mapper();

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** Ways to break the JSON of each type, with the violations each must produce. */
    static final Map<Class<?>, List<Breaker<?>>> BREAKERS = breakers();

    /** Breaks the JSON tree of a valid instance in place and returns the violations expected, as {@code path [rule]}. */
    @FunctionalInterface
    interface Break<T> {
        List<String> apply(ObjectNode tree, T valid);
    }

    /** One way to break the JSON of valid instances of a type. */
    record Breaker<T>(Class<T> type, String name, Gen<? extends T> valid, Break<T> breaks) {
    }

    @TestFactory
    Stream<DynamicTest> brokenJsonIsRejectedWithTheViolationAtItsJsonPath() {
        return BREAKERS.values().stream().flatMap(List::stream).map(b ->
            dynamicTest(b.type().getSimpleName() + ": " + b.name(), () -> rejects(b)));
    }

    private static <T> void rejects(Breaker<T> breaker) {
        qt().withExamples(EXAMPLES).forAll(breaker.valid()).checkAssert(valid -> {
            ObjectNode tree = (ObjectNode) tree(JSON.write(valid));
            assertThat(JSON.read(text(tree), breaker.type())).as("the JSON before it is broken").isEqualTo(valid);
            List<String> expected = breaker.breaks().apply(tree, valid);
            String broken = text(tree);
            Throwable thrown = catchThrowable(() -> JSON.read(broken, breaker.type()));
            assertThat(thrown).as("reading %s", broken).isInstanceOf(ValidationException.class);
            List<Violation> violations = ((ValidationException) thrown).violations();
            assertThat(violations).extracting(v -> v.path() + " [" + v.ruleId() + "]").as("reading %s", broken)
                .containsExactlyElementsOf(expected);
            assertThat(violations).allSatisfy(v -> assertThat(OtpMessages.isDefined(v.messageKey()))
                .as("message key %s", v.messageKey()).isTrue());
        });
    }

    // ------------------------------------------------------------------ the registry

    private static Map<Class<?>, List<Breaker<?>>> breakers() {
        Registry r = new Registry();
        tender(r);
        lot(r);
        awardCriterion(r);
        bid(r);
        tenderParts(r);
        need(r);
        needAssessment(r);
        project(r);
        party(r);
        legalThresholds(r);
        timeLimit(r);
        execution(r);
        meeting(r);
        risk(r);
        funding(r);
        prtr(r);
        agreement(r);
        return r.done();
    }

    private static void tender(Registry r) {
        Gen<Tender> tenders = ModelGenerators.tenders().mix(TenderGenerators.validTenders(), 25);
        r.add(Tender.class, tenders, "blank title", (t, v) -> {
            t.put("title", " \t ");
            return List.of("title [OTP-TENDER-TITLE]");
        });
        r.add(Tender.class, tenders, "no lot", (t, v) -> {
            t.putArray("lots");
            return List.of("lots [LCSP-99]");
        });
        r.add(Tender.class, tenders, "ORDINARY with another service character", (t, v) -> {
            t.putArray("serviceCharacters").add("ORDINARY").add(pick(v, "INTELLECTUAL", "ANNEX_IV"));
            return List.of("serviceCharacters [OTP-SERVICE-CHARACTER]");
        });
        r.add(Tender.class, tenders, "no CPV code", (t, v) -> {
            t.putArray("cpvCodes");
            return List.of("cpvCodes [LCSP-2.4]");
        });
        r.add(Tender.class, tenders, "estimated value not positive", (t, v) -> {
            obj(t, "/estimatedValue").put("amount", pick(v, BigDecimal.ZERO.setScale(2),
                v.estimatedValue().amount().negate()));
            return List.of("estimatedValue [LCSP-101]");
        });
        r.add(Tender.class, tenders, "lot in another currency", (t, v) -> {
            int last = v.lots().size() - 1;
            obj(t, "/lots/" + last + "/budget").put("currency",
                v.estimatedValue().currency().equals(Money.EUR) ? "USD" : "EUR");
            return List.of("lots[" + last + "].budget [OTP-MONEY-CURRENCY]");
        });
        r.add(Tender.class, tenders, "repeated lot id", (t, v) -> {
            ArrayNode lots = arr(t, "/lots");
            lots.add(lots.get(0).deepCopy());
            return List.of("lots[" + v.lots().size() + "].id [OTP-UNIQUE-ID]");
        });
        r.add(Tender.class, tenders, "repeated CPV code", (t, v) -> {
            ArrayNode codes = arr(t, "/cpvCodes");
            codes.add(codes.get(0).deepCopy());
            return List.of("cpvCodes[" + v.cpvCodes().size() + "] [OTP-UNIQUE-CPV]");
        });
        r.add(Tender.class, tenders, "repeated expert", (t, v) -> {
            arr(t, "/expertCommittee").add("EXPERT-TWICE").add("EXPERT-TWICE");
            return List.of("expertCommittee[" + (v.expertCommittee().size() + 1) + "] [OTP-UNIQUE-ID]");
        });
        r.add(Tender.class, tenders, "lot criteria not adding up to its total", (t, v) -> {
            int last = v.lots().size() - 1;
            obj(t, "/lots/" + last).put("totalPoints", v.lots().get(last).totalPoints().value().add(CENT));
            return List.of("lots[" + last + "].criteria [OTP-CRITERIA-SUM]");
        });
        r.add(Tender.class, tenders, "deepest sub-criterion without a name", (t, v) -> {
            String path = "lots[0].criteria[0]";
            ObjectNode node = obj(t, "/lots/0/criteria/0");
            while (node.get("subCriteria").size() > 0) {
                node = (ObjectNode) node.get("subCriteria").get(0);
                path += ".subCriteria[0]";
            }
            node.put("name", "  ");
            return List.of(path + ".name [OTP-CRITERION-NAME]");
        });
        r.add(Tender.class, tenders, "submission deadline before publication", (t, v) -> {
            t.putObject("keyDates").put("publication", "2026-05-10").put("submissionDeadline", "2026-05-09T12:00:00Z");
            return List.of("keyDates.submissionDeadline [OTP-DATES-ORDER]");
        });
        r.add(Tender.class, tenders, "CPV code with a wrong check digit", (t, v) -> {
            String code = v.cpvCodes().get(0).toString();
            int check = Character.digit(code.charAt(code.length() - 1), 10);
            arr(t, "/cpvCodes").set(0, code.substring(0, code.length() - 1) + (check + 1) % 10);
            return List.of("cpvCodes[0].cpvCode [CPV-CHECK-DIGIT]");
        });
        r.add(Tender.class, tenders, "malformed id", (t, v) -> {
            t.put("id", pick(v, "EXP 2026", "-T-1", ""));
            return List.of("id.tenderId [OTP-ID]");
        });
        r.add(Tender.class, tenders, "amount with more decimals than its currency", (t, v) -> {
            obj(t, "/estimatedValue").put("amount", v.estimatedValue().amount().add(new BigDecimal("0.001")));
            return List.of("estimatedValue.amount [OTP-MONEY-SCALE]");
        });
    }

    private static void lot(Registry r) {
        Gen<Lot> lots = ModelGenerators.lots();
        r.add(Lot.class, lots, "blank title", (t, v) -> {
            t.put("title", "");
            return List.of("title [OTP-LOT-TITLE]");
        });
        r.add(Lot.class, lots, "budget not positive", (t, v) -> {
            obj(t, "/budget").put("amount", pick(v, BigDecimal.ZERO, v.budget().amount().negate()));
            return List.of("budget [LCSP-100]");
        });
        r.add(Lot.class, lots, "negative VAT rate", (t, v) -> {
            t.put("vatRate", pick(v, new BigDecimal("-21"), new BigDecimal("-0.01")));
            return List.of("vatRate [OTP-VAT-RATE]");
        });
        r.add(Lot.class, lots, "total of zero points", (t, v) -> {
            t.put("totalPoints", BigDecimal.ZERO);
            return List.of("totalPoints [OTP-CRITERIA-SUM]", "criteria [OTP-CRITERIA-SUM]");
        });
        r.add(Lot.class, lots, "criteria not adding up to the total", (t, v) -> {
            t.put("totalPoints", pick(v, v.totalPoints().value().add(CENT), v.totalPoints().value().subtract(CENT)));
            return List.of("criteria [OTP-CRITERIA-SUM]");
        });
        r.add(Lot.class, lots, "no criteria", (t, v) -> {
            t.putArray("criteria");
            List<String> expected = new ArrayList<>(List.of("criteria [LCSP-145.1]"));
            if (v.qualityThreshold().filter(q -> q.value().signum() > 0).isPresent()) {
                // Without criteria no value-judgment points remain for the threshold.
                expected.add("qualityThreshold [LCSP-146.3]");
            }
            return expected;
        });
        r.add(Lot.class, lots, "repeated criterion ids", (t, v) -> {
            AwardCriterion first = v.criteria().get(0);
            arr(t, "/criteria").add(t.get("criteria").get(0).deepCopy());
            t.put("totalPoints", v.totalPoints().value().add(first.maxPoints().value()));
            return Collections.nCopies((int) first.flatten().count(), "criteria [OTP-UNIQUE-ID]");
        });
        r.add(Lot.class, lots, "repeated CPV code", (t, v) -> {
            ArrayNode codes = arr(t, "/cpvCodes");
            if (codes.isEmpty()) {
                codes.add("72000000-5").add("72000000-5");
                return List.of("cpvCodes[1] [OTP-UNIQUE-CPV]");
            }
            codes.add(codes.get(0).deepCopy());
            return List.of("cpvCodes[" + v.cpvCodes().size() + "] [OTP-UNIQUE-CPV]");
        });
        r.add(Lot.class, lots, "quality threshold above the value-judgment points", (t, v) -> {
            t.put("qualityThreshold", v.pointsBy(EvaluationMethod.VALUE_JUDGMENT).value().add(CENT));
            return List.of("qualityThreshold [LCSP-146.3]");
        });
        r.add(Lot.class, lots, "budget with a tenth of a cent", (t, v) -> {
            obj(t, "/budget").put("amount", v.budget().amount().add(new BigDecimal("0.001")));
            return List.of("budget.amount [OTP-MONEY-SCALE]");
        });
        r.add(Lot.class, lots, "negative total points", (t, v) -> {
            t.put("totalPoints", new BigDecimal("-100"));
            return List.of("totalPoints.points [OTP-POINTS]");
        });
    }

    private static void awardCriterion(Registry r) {
        Gen<AwardCriterion> any = ModelGenerators.awardCriteria();
        Gen<AwardCriterion> leaves = ModelGenerators.awardCriteria(0);
        Gen<AwardCriterion> parents = ModelGenerators.awardCriteria(1);
        r.add(AwardCriterion.class, any, "blank name", (t, v) -> {
            t.put("name", " ");
            return List.of("name [OTP-CRITERION-NAME]");
        });
        r.add(AwardCriterion.class, leaves, "zero points", (t, v) -> {
            t.put("maxPoints", BigDecimal.ZERO);
            List<String> expected = new ArrayList<>(List.of("maxPoints [OTP-CRITERION-POINTS]"));
            if (v.minimumThreshold().filter(m -> m.value().signum() > 0).isPresent()) {
                expected.add("minimumThreshold [LCSP-146.3]");
            }
            return expected;
        });
        r.add(AwardCriterion.class, leaves, "price valued by judgment", (t, v) -> {
            t.put("type", "PRICE").put("method", "VALUE_JUDGMENT").remove("formula");
            return List.of("method [LCSP-146.1]");
        });
        r.add(AwardCriterion.class, leaves, "formula criterion without its formula", (t, v) -> {
            t.put("method", "FORMULA").remove("formula");
            return List.of("formula [LCSP-146.1]");
        });
        r.add(AwardCriterion.class, leaves, "value-judgment criterion with a formula", (t, v) -> {
            t.put("type", "QUALITY").put("method", "VALUE_JUDGMENT").putObject("formula").put("id", "linear-bounds");
            return List.of("formula [LCSP-146.2]");
        });
        r.add(AwardCriterion.class, parents, "parent with a formula", (t, v) -> {
            t.putObject("formula").put("id", "linear-bounds");
            return v.method() == EvaluationMethod.VALUE_JUDGMENT
                ? List.of("formula [LCSP-146.2]", "formula [OTP-CRITERION-TREE]")
                : List.of("formula [OTP-CRITERION-TREE]");
        });
        r.add(AwardCriterion.class, any, "minimum threshold above the maximum", (t, v) -> {
            t.put("minimumThreshold", v.maxPoints().value().add(pick(v, CENT, BigDecimal.TEN)));
            return List.of("minimumThreshold [LCSP-146.3]");
        });
        r.add(AwardCriterion.class, parents, "sub-criteria not adding up", (t, v) -> {
            t.put("maxPoints", v.maxPoints().value().add(CENT));
            return List.of("subCriteria [OTP-CRITERIA-SUM]");
        });
        r.add(AwardCriterion.class, parents, "sub-criterion of another method", (t, v) -> {
            int last = v.subCriteria().size() - 1;
            ObjectNode child = obj(t, "/subCriteria/" + last);
            child.put("type", "QUALITY");
            if (v.method() == EvaluationMethod.FORMULA) {
                child.put("method", "VALUE_JUDGMENT").remove("formula");
            } else {
                child.put("method", "FORMULA").putObject("formula").put("id", "linear-bounds");
            }
            return List.of("subCriteria[" + last + "].method [LCSP-146.2]");
        });
        r.add(AwardCriterion.class, ModelGenerators.awardCriteria(3), "deep sub-criterion without a name", (t, v) -> {
            obj(t, "/subCriteria/0/subCriteria/0/subCriteria/0").put("name", "\t");
            return List.of("subCriteria[0].subCriteria[0].subCriteria[0].name [OTP-CRITERION-NAME]");
        });
        r.add(AwardCriterion.class, leaves, "malformed formula id", (t, v) -> {
            t.put("method", "FORMULA").putObject("formula").put("id", pick(v, "Linear Bounds", "linear--bounds"));
            return List.of("formula.id [OTP-FORMULA-ID]");
        });
        r.add(AwardCriterion.class, any, "negative points", (t, v) -> {
            t.put("maxPoints", v.maxPoints().value().negate());
            return List.of("maxPoints.points [OTP-POINTS]");
        });
    }

    private static void bid(Registry r) {
        Gen<Bid> bids = ModelGenerators.bids();
        r.add(Bid.class, bids, "offer not positive", (t, v) -> {
            obj(t, "/economicOffer").put("amount", pick(v, BigDecimal.ZERO, v.economicOffer().amount().negate()));
            return List.of("economicOffer [OTP-OFFER-POSITIVE]");
        });
        r.add(Bid.class, bids, "share of women above a hundred per cent", (t, v) -> {
            obj(t, "/tieBreakData").put("womenPercentage", new BigDecimal("100.01"));
            return List.of("tieBreakData.womenPercentage [LCSP-147.2]");
        });
        r.add(Bid.class, bids, "negative count of disabled workers", (t, v) -> {
            obj(t, "/tieBreakData").put("permanentDisabledWorkers", -1);
            return List.of("tieBreakData.permanentDisabledWorkers [LCSP-147.2]");
        });
        r.add(Bid.class, bids, "document without a title", (t, v) -> {
            arr(t, "/valueJudgmentEnvelope/documents").addObject().put("title", " ");
            return List.of("valueJudgmentEnvelope.documents[" + v.valueJudgmentEnvelope().documents().size()
                + "].title [OTP-DOCUMENT-TITLE]");
        });
        r.add(Bid.class, bids, "document with a malformed digest", (t, v) -> {
            arr(t, "/formulaEnvelope/documents").addObject().put("title", "Oferta económica").put("sha256", "0xABC");
            return List.of("formulaEnvelope.documents[" + v.formulaEnvelope().documents().size()
                + "].sha256 [OTP-SHA256]");
        });
        r.add(Bid.class, bids, "offer with a tenth of a cent", (t, v) -> {
            int digits = v.economicOffer().currency().getDefaultFractionDigits();
            obj(t, "/economicOffer").put("amount", v.economicOffer().amount().add(BigDecimal.ONE.movePointLeft(digits + 1)));
            return List.of("economicOffer.amount [OTP-MONEY-SCALE]");
        });
    }

    private static void tenderParts(Registry r) {
        Gen<DocumentReference> documents = ModelGenerators.documents();
        r.add(DocumentReference.class, documents, "blank title", (t, v) -> {
            t.put("title", "");
            return List.of("title [OTP-DOCUMENT-TITLE]");
        });
        r.add(DocumentReference.class, documents, "digest that is not SHA-256", (t, v) -> {
            t.put("sha256", pick(v, "abc", "a".repeat(63), "g".repeat(64), "a".repeat(65)));
            return List.of("sha256 [OTP-SHA256]");
        });
        r.add(Envelope.class, ModelGenerators.envelopes(), "document without a title", (t, v) -> {
            arr(t, "/documents").addObject().put("title", "   ");
            return List.of("documents[" + v.documents().size() + "].title [OTP-DOCUMENT-TITLE]");
        });

        Gen<TieBreakData> ties = ModelGenerators.tieBreakData();
        for (String field : List.of("disabledWorkersPercentage", "temporaryContractsPercentage", "womenPercentage")) {
            r.add(TieBreakData.class, ties, field + " outside 0 to 100", (t, v) -> {
                t.put(field, pick(v, new BigDecimal("-0.01"), new BigDecimal("100.01"), new BigDecimal("250")));
                return List.of(field + " [LCSP-147.2]");
            });
        }
        r.add(TieBreakData.class, ties, "negative count of workers", (t, v) -> {
            t.put("permanentDisabledWorkers", pick(v, -1, -40));
            return List.of("permanentDisabledWorkers [LCSP-147.2]");
        });
        r.add(TieBreakData.class, ties, "negative count of workers in inclusion", (t, v) -> {
            t.put("inclusionWorkers", pick(v, -1, -40));
            return List.of("inclusionWorkers [LCSP-147.2]");
        });
        r.add(TieBreakData.class, ties, "percentage with eleven decimals", (t, v) -> {
            t.put("womenPercentage", new BigDecimal("50.00000000001"));
            return List.of("womenPercentage.percentage [OTP-PERCENTAGE]");
        });

        Gen<KeyDates> all = ModelGenerators.keyDates((1 << ModelGenerators.KEY_DATES) - 1);
        r.add(KeyDates.class, all, "submission deadline the day before publication", (t, v) -> {
            LocalDate publication = v.publication().orElseThrow();
            t.put("submissionDeadline", publication.minusDays(1).atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString());
            return List.of("submissionDeadline [OTP-DATES-ORDER]");
        });
        r.add(KeyDates.class, all, "value-judgment opening at the deadline", (t, v) -> {
            t.put("valueJudgmentOpening", v.submissionDeadline().orElseThrow().toString());
            return List.of("valueJudgmentOpening [OTP-DATES-ORDER]");
        });
        r.add(KeyDates.class, all, "formula opening at the value-judgment opening", (t, v) -> {
            t.put("formulaOpening", v.valueJudgmentOpening().orElseThrow().toString());
            return List.of("formulaOpening [OTP-DATES-ORDER]");
        });
        r.add(KeyDates.class, all, "formula opening before the deadline, no value-judgment opening", (t, v) -> {
            t.remove("valueJudgmentOpening");
            t.put("formulaOpening", v.submissionDeadline().orElseThrow().minusSeconds(1).toString());
            return List.of("formulaOpening [OTP-DATES-ORDER]");
        });
        r.add(KeyDates.class, all, "award the day before the formula opening", (t, v) -> {
            t.put("award", day(v.formulaOpening().orElseThrow()).minusDays(1).toString());
            return List.of("award [OTP-DATES-ORDER]");
        });
        r.add(KeyDates.class, ModelGenerators.keyDates(1 | 2 | 16), "award before the deadline, no openings",
            (t, v) -> {
                t.put("award", day(v.submissionDeadline().orElseThrow()).minusDays(1).toString());
                return List.of("award [OTP-DATES-ORDER]");
            });

        r.add(FormulaReference.class, ModelGenerators.formulaReferences(), "malformed id", (t, v) -> {
            t.put("id", pick(v, "Linear Bounds", "LINEAR", "linear--bounds", "-linear", "linear-", "lineal_bounds"));
            return List.of("id [OTP-FORMULA-ID]");
        });
    }

    private static void meeting(Registry r) {
        r.add(Meeting.class, MeetingGenerators.meetings(), "blank minutes", (t, v) -> {
            t.put("minutes", " ");
            return List.of("minutes [OTP-MEETING-MINUTES]");
        });
        r.add(Meeting.class, MeetingGenerators.meetings(), "follow-up meeting without its project", (t, v) -> {
            t.put("kind", "FOLLOW_UP");
            t.remove("project");
            return List.of("project [OTP-MEETING-SUBJECT]");
        });
        r.add(ActionItem.class, MeetingGenerators.actionItems(), "blank description", (t, v) -> {
            t.put("description", "\t");
            return List.of("description [OTP-ACTION-DESCRIPTION]");
        });
        r.add(ActionItem.class, MeetingGenerators.actionItems(), "closed date on a cancelled action", (t, v) -> {
            t.put("status", "CANCELLED");
            t.put("closedDate", "2026-05-04");
            return List.of("closedDate [OTP-ACTION-CLOSED]");
        });
    }

    private static void need(Registry r) {
        Gen<Need> needs = NeedGenerators.needs();
        r.add(Need.class, needs, "blank title", (t, v) -> {
            t.put("title", "  ");
            return List.of("title [OTP-NEED-TITLE]");
        });
        r.add(Need.class, needs, "title too long", (t, v) -> {
            t.put("title", "á".repeat(Need.MAX_TITLE_LENGTH + 1));
            return List.of("title [OTP-NEED-TITLE]");
        });
        r.add(Need.class, needs, "blank description", (t, v) -> {
            t.put("description", "\n");
            return List.of("description [OTP-NEED-DESCRIPTION]");
        });
        r.add(Need.class, needs, "repeated CPV code", (t, v) -> {
            ArrayNode codes = arr(t, "/cpvCodes");
            if (codes.isEmpty()) {
                codes.add("72000000-5").add("72000000-5");
                return List.of("cpvCodes[1] [OTP-NEED-CPV]");
            }
            codes.add(codes.get(0).deepCopy());
            return List.of("cpvCodes[" + v.cpvCodes().size() + "] [OTP-NEED-CPV]");
        });
        r.add(Need.class, needs, "estimated budget not positive", (t, v) -> {
            t.putObject("estimatedBudget").put("amount", pick(v, new BigDecimal("0.00"), new BigDecimal("-5.00")))
                .put("currency", "EUR");
            return List.of("estimatedBudget [OTP-NEED-BUDGET]");
        });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.MERGED), "merged without the need it went into",
            (t, v) -> {
                t.remove("mergedInto");
                return List.of("mergedInto [OTP-NEED-MERGED-INTO]");
            });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.MERGED), "merged into itself", (t, v) -> {
            t.put("mergedInto", v.id().value());
            return List.of("mergedInto [OTP-NEED-MERGED-INTO]");
        });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.APPROVED), "merge target while not merged", (t, v) -> {
            t.put("mergedInto", "N-0");
            return List.of("mergedInto [OTP-NEED-MERGED-INTO]");
        });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.CONVERTED_TO_PROJECT), "converted without its project",
            (t, v) -> {
                t.remove("projectId");
                return List.of("projectId [OTP-NEED-PROJECT]");
            });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.UNDER_ANALYSIS), "project while not converted",
            (t, v) -> {
                t.put("projectId", "P-1");
                return List.of("projectId [OTP-NEED-PROJECT]");
            });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.REJECTED), "rejected without a reason", (t, v) -> {
            t.remove("decisionNote");
            return List.of("decisionNote [OTP-NEED-DECISION-NOTE]");
        });
        r.add(Need.class, NeedGenerators.needsIn(NeedStatus.RAISED), "blank decision note", (t, v) -> {
            t.put("decisionNote", " ");
            return List.of("decisionNote [OTP-NEED-DECISION-NOTE]");
        });
        r.add(Need.class, needs, "malformed id", (t, v) -> {
            t.put("id", "N 1");
            return List.of("id.needId [OTP-ID]");
        });
    }

    private static void needAssessment(Registry r) {
        r.add(Rating.class, NeedGenerators.ratings(), "score outside the scale", (t, v) -> {
            t.put("score", pick(v, Rating.MIN - 1, Rating.MAX + 1));
            return List.of("score [OTP-NEED-RATING]");
        });
        r.add(Rating.class, NeedGenerators.ratings(), "blank rationale", (t, v) -> {
            t.put("rationale", " ");
            return List.of("rationale [OTP-NEED-RATIONALE]");
        });
        Gen<NeedAssessment> assessments = NeedGenerators.assessments();
        r.add(NeedAssessment.class, assessments, "cost not positive", (t, v) -> {
            obj(t, "/estimatedCost").put("amount", pick(v, BigDecimal.ZERO.setScale(2),
                v.estimatedCost().amount().negate()));
            return List.of("estimatedCost [OTP-NEED-ASSESSMENT-COST]");
        });
        r.add(NeedAssessment.class, assessments, "blank rationales", (t, v) -> {
            t.put("costRationale", " ");
            t.put("securityRationale", "");
            return List.of("costRationale [OTP-NEED-RATIONALE]", "securityRationale [OTP-NEED-RATIONALE]");
        });
        r.add(NeedAssessment.class, assessments, "rating outside the scale", (t, v) -> {
            obj(t, "/urgency").put("score", 0);
            return List.of("urgency.score [OTP-NEED-RATING]");
        });
    }

    private static void execution(Registry r) {
        r.add(ChecklistItem.class, ExecutionGenerators.checklistItems(), "blank description", (t, v) -> {
            t.put("description", " ");
            return List.of("description [OTP-CHECKLIST-ITEM]");
        });
        r.add(Deliverable.class, ExecutionGenerators.deliverables(), "blank title", (t, v) -> {
            t.put("title", "");
            return List.of("title [OTP-DELIVERABLE-TITLE]");
        });
        r.add(AcceptanceRecord.class, ExecutionGenerators.acceptanceRecords(AcceptanceOutcome.CONDITIONALLY_ACCEPTED),
            "fix date before the acceptance date", (t, v) -> {
                t.put("fixDate", v.date().minusDays(1).toString());
                return List.of("fixDate [OTP-ACCEPTANCE-FIX-DATE]");
            });
        r.add(AcceptanceRecord.class, ExecutionGenerators.acceptanceRecords(AcceptanceOutcome.REJECTED),
            "rejection certifying an amount", (t, v) -> {
                obj(t, "/certifiedAmount").put("amount", new BigDecimal("1.00"));
                return List.of("certifiedAmount [OTP-ACCEPTANCE-AMOUNT]");
            });
        r.add(Milestone.class, ExecutionGenerators.milestones(), "blank title", (t, v) -> {
            t.put("title", "  ");
            return List.of("title [OTP-MILESTONE-TITLE]");
        });
        r.add(Milestone.class, ExecutionGenerators.milestones(), "forecast history out of order", (t, v) -> {
            ArrayNode history = t.putArray("forecasts");
            history.addObject().put("reportDate", "2026-03-02").put("forecastDate", "2026-06-30");
            history.addObject().put("reportDate", "2026-03-01").put("forecastDate", "2026-07-15");
            return List.of("forecasts[1].reportDate [OTP-MILESTONE-FORECAST-ORDER]");
        });
        r.add(Milestone.class, ExecutionGenerators.metPaymentMilestones(), "payment met without acceptance",
            (t, v) -> {
                t.remove("certification");
                return List.of("certification [LCSP-210]");
            });
        r.add(Contract.class, ExecutionGenerators.contractsByPercentage(), "payment percentages not adding to 100",
            (t, v) -> {
                BigDecimal first = v.milestones().get(0).paymentPercentage().orElseThrow().value();
                obj(t, "/milestones/0").put("paymentPercentage",
                    first.compareTo(CENT) > 0 ? first.subtract(CENT) : first.add(CENT));
                return List.of("milestones [OTP-PAYMENT-PLAN]");
            });
    }

    private static void agreement(Registry r) {
        r.add(io.otp.core.agreement.Agreement.class, io.otp.core.testing.AgreementGenerators.agreements(),
            "contributions not adding up to the total", (t, v) -> {
                obj(t, "/total").put("amount", v.total().amount().add(CENT));
                return List.of("parties [OTP-AGREEMENT-CONTRIBUTIONS]");
            });
        r.add(io.otp.core.agreement.Agreement.class, io.otp.core.testing.AgreementGenerators.agreements(),
            "term longer than four years", (t, v) -> {
                obj(t, "/term").put("end", io.otp.core.agreement.Agreement.maxEnd(v.term().start()).plusDays(1)
                    .toString());
                t.remove("extendedUntil");
                return List.of("term [LRJSP-49.h]");
            });
    }

    private static void risk(Registry r) {
        r.add(Risk.class, RiskGenerators.risks(), "malformed reference", (t, v) -> {
            t.put("reference", "R1");
            return List.of("reference [OTP-RISK-REFERENCE]");
        });
        r.add(Risk.class, RiskGenerators.risks(), "next review not after the last", (t, v) -> {
            t.put("nextReview", v.lastReview().orElse(v.identifiedOn()).toString());
            return List.of("nextReview [OTP-RISK-REVIEW]");
        });
        r.add(Issue.class, RiskGenerators.issues(), "blank title", (t, v) -> {
            t.put("title", " ");
            return List.of("title [OTP-ISSUE-TEXT]");
        });
        r.add(RiskRegister.class, ExecutionGenerators.seeded(random -> {
                RiskRegister g = RiskGenerators.register(random);
                while (g.risks().isEmpty()) {
                    g = RiskGenerators.register(random);
                }
                return g;
            }),
            "repeated risk reference", (t, v) -> {
                arr(t, "/risks").add(arr(t, "/risks").get(0).deepCopy());
                return List.of("risks[" + v.risks().size() + "].reference [OTP-RISK-REFERENCE-UNIQUE]");
            });
    }

    private static void project(Registry r) {
        Gen<Project> projects = ProjectGenerators.projects();
        r.add(Project.class, projects, "blank name", (t, v) -> {
            t.put("name", " ");
            return List.of("name [OTP-PROJECT-NAME]");
        });
        r.add(Project.class, projects, "name too long", (t, v) -> {
            t.put("name", "x".repeat(Project.MAX_NAME_LENGTH + 1));
            return List.of("name [OTP-PROJECT-NAME]");
        });
        r.add(Project.class, projects, "no objectives", (t, v) -> {
            t.putArray("objectives");
            return List.of("objectives [OTP-PROJECT-OBJECTIVES]");
        });
        r.add(Project.class, projects, "blank objective", (t, v) -> {
            arr(t, "/objectives").add("  ");
            return List.of("objectives[" + v.objectives().size() + "] [OTP-PROJECT-OBJECTIVES]");
        });
        r.add(Project.class, projects, "budget not positive", (t, v) -> {
            obj(t, "/budget").put("amount", pick(v, new BigDecimal("0.00"), v.budget().amount().negate()));
            return List.of("budget [OTP-PROJECT-BUDGET]");
        });
        r.add(Project.class, ProjectGenerators.projectsIn(ProjectStatus.ON_HOLD), "on hold without where from",
            (t, v) -> {
                t.remove("heldFrom");
                return List.of("heldFrom [OTP-PROJECT-HELD-FROM]");
            });
        r.add(Project.class, ProjectGenerators.projectsIn(ProjectStatus.PROPOSED), "held from while not on hold",
            (t, v) -> {
                t.put("heldFrom", "PROPOSED");
                return List.of("heldFrom [OTP-PROJECT-HELD-FROM]");
            });
        r.add(Project.class, ProjectGenerators.projectsIn(ProjectStatus.ON_HOLD), "held from a final status",
            (t, v) -> {
                t.put("heldFrom", pick(v, "CLOSED", "CANCELLED"));
                boolean closed = "CLOSED".equals(t.get("heldFrom").asText());
                return closed && v.technologyBaseline().isEmpty()
                    ? List.of("heldFrom [OTP-PROJECT-HELD-FROM]", "technologyBaseline [OTP-PROJECT-BASELINE]")
                    : List.of("heldFrom [OTP-PROJECT-HELD-FROM]");
            });
        r.add(Project.class, ProjectGenerators.projectsIn(ProjectStatus.BASELINED), "baselined without a baseline",
            (t, v) -> {
                t.remove("technologyBaseline");
                return List.of("technologyBaseline [OTP-PROJECT-BASELINE]");
            });
        r.add(Project.class, ProjectGenerators.projectsIn(ProjectStatus.IN_EXECUTION),
            "baseline decision without a rationale", (t, v) -> {
                obj(t, "/technologyBaseline/decisions/0").put("rationale", "");
                return List.of("technologyBaseline.decisions[0].rationale [OTP-BASELINE-DECISION]");
            });
        r.add(Project.class, projects, "planned period ending before it starts", (t, v) -> {
            t.putObject("plannedPeriod").put("start", "2026-12-31").put("end", "2026-01-01");
            return List.of("plannedPeriod.end [OTP-DATES-ORDER]");
        });

        Gen<TechnologyBaseline> baselines = ProjectGenerators.baselines();
        r.add(TechnologyBaseline.class, baselines, "no decisions", (t, v) -> {
            t.putArray("decisions");
            return List.of("decisions [OTP-BASELINE-DECISIONS]");
        });
        r.add(TechnologyBaseline.class, baselines, "two decisions for one area", (t, v) -> {
            ObjectNode copy = obj(t, "/decisions/0").deepCopy();
            copy.put("area", "  " + v.decisions().get(0).area().toUpperCase(java.util.Locale.ROOT) + " ");
            arr(t, "/decisions").add(copy);
            return List.of("decisions[" + v.decisions().size() + "].area [OTP-BASELINE-AREA]");
        });
        r.add(TechnologyBaseline.class, baselines, "blank interoperability notes", (t, v) -> {
            t.put("interoperabilityNotes", " ");
            return List.of("interoperabilityNotes [OTP-BASELINE-INTEROPERABILITY]");
        });

        Gen<TechnologyDecision> decisions = Generate.pick(ProjectGenerators.AREAS)
            .flatMap(ProjectGenerators::decisionValues).map(ProjectGenerators.DecisionValues::build);
        for (String field : List.of("area", "choice", "rationale")) {
            r.add(TechnologyDecision.class, decisions, "blank " + field, (t, v) -> {
                t.put(field, "  ");
                return List.of(field + " [OTP-BASELINE-DECISION]");
            });
        }
        r.add(TechnologyDecision.class, decisions, "product without \"o equivalente\"", (t, v) -> {
            t.put("kind", "PRODUCT").put("orEquivalent", false);
            return List.of("orEquivalent [LCSP-126.6]");
        });
    }

    private static void party(Registry r) {
        Gen<Organisation> organisations = PartyGenerators.organisations();
        r.add(Organisation.class, organisations, "blank legal name", (t, v) -> {
            t.put("legalName", "");
            return List.of("legalName [OTP-PARTY-NAME]");
        });
        r.add(Organisation.class, organisations, "tax id of the wrong kind", (t, v) -> {
            if (v.kind() == OrganisationKind.PERSON_SELF_EMPLOYED) {
                t.put("kind", pick(v, "COMPANY", "NON_PROFIT"));
                return List.of("taxId [OTP-PARTY-TAXID-KIND]");
            }
            t.put("kind", "PERSON_SELF_EMPLOYED");
            return v.dir3Code().isPresent() ? List.of("taxId [OTP-PARTY-TAXID-KIND]", "dir3Code [OTP-PARTY-DIR3]")
                : List.of("taxId [OTP-PARTY-TAXID-KIND]");
        });
        r.add(Organisation.class, organisations, "public body declared an SME", (t, v) -> {
            t.put("kind", "PUBLIC_BODY").put("taxId", "Q2826000H").put("sme", true);
            return List.of("sme [EU-REC-2003/361-3.4]");
        });
        r.add(Organisation.class, organisations, "DIR3 code for a self-employed person", (t, v) -> {
            t.put("kind", "PERSON_SELF_EMPLOYED").put("taxId", "12345678Z").put("sme", false)
                .put("dir3Code", "L01280796");
            return List.of("dir3Code [OTP-PARTY-DIR3]");
        });
        r.add(Organisation.class, organisations, "website that is not http", (t, v) -> {
            t.put("website", pick(v, "ftp://example.es", "www.example.es", "https://localhost", "https://a b.es"));
            return List.of("website [OTP-WEBSITE]");
        });
        r.add(Organisation.class, organisations, "malformed e-mail", (t, v) -> {
            t.put("email", pick(v, "info@", "info.example.es", "info@example", "a b@example.es"));
            return List.of("email [OTP-EMAIL]");
        });
        r.add(Organisation.class, organisations, "NIF with a wrong letter", (t, v) -> {
            long number = Math.floorMod(v.hashCode(), 100_000_000L);
            char right = PartyGenerators.nifLetter(number);
            t.put("taxId", String.format("%08d", number) + wrongLetter(right));
            return List.of("taxId.taxId [ES-NIF-CHECK]");
        });
        r.add(Organisation.class, organisations, "NIE with a wrong letter", (t, v) -> {
            long number = Math.floorMod(v.hashCode(), 10_000_000L);
            char right = PartyGenerators.nifLetter(10_000_000L + number);
            t.put("taxId", "Y" + String.format("%07d", number) + wrongLetter(right));
            return List.of("taxId.taxId [ES-NIE-CHECK]");
        });
        r.add(Organisation.class, organisations, "CIF with a wrong control digit", (t, v) -> {
            String digits = String.format("%07d", Math.floorMod(v.hashCode(), 10_000_000L));
            int control = PartyGenerators.cifControlDigit(digits);
            t.put("taxId", "B" + digits + (control + 1) % 10);
            return List.of("taxId.taxId [ES-CIF-CHECK]");
        });
        r.add(Organisation.class, organisations, "malformed DIR3 code", (t, v) -> {
            t.put("dir3Code", pick(v, "L0128079", "101280796", "L01-28079"));
            return List.of("dir3Code.dir3Code [ES-DIR3-FORMAT]");
        });

        Gen<Department> departments = PartyGenerators.departments();
        r.add(Department.class, departments, "blank name", (t, v) -> {
            t.put("name", " ");
            return List.of("name [OTP-PARTY-NAME]");
        });
        r.add(Department.class, departments, "malformed DIR3 code", (t, v) -> {
            t.put("dir3Code", "E0492130");
            return List.of("dir3Code.dir3Code [ES-DIR3-FORMAT]");
        });

        Gen<Person> persons = ModelGenerators.persons();
        r.add(Person.class, persons, "blank full name", (t, v) -> {
            t.put("fullName", "\t");
            return List.of("fullName [OTP-PARTY-NAME]");
        });
        r.add(Person.class, persons, "malformed e-mail", (t, v) -> {
            t.put("email", pick(v, "maria.lopez", "maria@", "@example.es"));
            return List.of("email [OTP-EMAIL]");
        });
    }

    private static void legalThresholds(Registry r) {
        Gen<LegalThresholds> thresholds = ModelGenerators.legalThresholds();
        List<String> amounts = List.of("minorWorksLimit", "minorSuppliesAndServicesLimit",
            "euWorksAndConcessionsThreshold", "euCentralSuppliesAndServicesThreshold",
            "euOtherSuppliesAndServicesThreshold", "euSocialServicesThreshold", "simplifiedWorksLimit",
            "superSimplifiedWorksLimit", "superSimplifiedSuppliesAndServicesLimit", "lotExemptionWorksLimit",
            "lotExemptionSuppliesAndServicesLimit", "specialAppealWorksAndConcessionsLimit",
            "specialAppealSuppliesAndServicesLimit");
        List<String> shares = List.of("simplifiedValueJudgmentCap", "simplifiedIntellectualValueJudgmentCap",
            "minimumQualityShare", "improvementsCap", "lotExemptionShare");
        r.add(LegalThresholds.class, thresholds, "amount not positive", (t, v) -> {
            String field = pick(v, amounts.toArray(new String[0]));
            obj(t, "/" + field).put("amount", pick(v, new BigDecimal("0.00"), new BigDecimal("-1.00")));
            return List.of(field + " [OTP-THRESHOLD-AMOUNT]");
        });
        r.add(LegalThresholds.class, thresholds, "amount in another currency", (t, v) -> {
            String field = pick(v, amounts.subList(1, amounts.size()).toArray(new String[0]));
            obj(t, "/" + field).put("currency", "USD");
            return List.of(field + " [OTP-MONEY-CURRENCY]");
        });
        r.add(LegalThresholds.class, thresholds, "share of zero or above a hundred", (t, v) -> {
            String field = pick(v, shares.toArray(new String[0]));
            t.put(field, pick(v, BigDecimal.ZERO, new BigDecimal("-2.5"), new BigDecimal("100.01")));
            return List.of(field + " [OTP-THRESHOLD-SHARE]");
        });
        r.add(LegalThresholds.class, thresholds, "committee of nobody", (t, v) -> {
            t.put("minimumExpertCommitteeSize", pick(v, 0, -3));
            return List.of("minimumExpertCommitteeSize [OTP-THRESHOLD-COMMITTEE]");
        });
        r.add(LegalThresholds.class, thresholds, "validity ending before it starts", (t, v) -> {
            t.putObject("validity").put("start", v.validity().end().plusDays(1).toString())
                .put("end", v.validity().end().toString());
            return List.of("validity.end [OTP-DATES-ORDER]");
        });
    }

    private static void timeLimit(Registry r) {
        r.add(io.otp.core.rules.TimeLimit.class, SaraGenerators.timeLimits(), "no days", (t, v) -> {
            t.put("days", pick(v, 0, -35));
            return List.of("days [OTP-TIME-LIMIT]");
        });
    }

    private static void funding(Registry r) {
        Gen<io.otp.core.funding.FundingCall> calls = io.otp.core.testing.FundingGenerators.calls();
        r.add(io.otp.core.funding.FundingCall.class, calls, "closing before opening", (t, v) -> {
            t.put("closingDate", v.openingDate().minusDays(1).toString());
            return List.of("closingDate [OTP-FUNDING-DATES]");
        });
        r.add(io.otp.core.funding.FundingCall.class, calls, "minimum grant above maximum", (t, v) -> {
            obj(t, "/minimumGrant").put("amount", v.maximumGrant().amount().add(CENT));
            return List.of("minimumGrant [OTP-FUNDING-GRANT]");
        });
        r.add(io.otp.core.funding.FundingPlan.class, io.otp.core.testing.FundingGenerators.plans(),
            "shares not adding up to the budget", (t, v) -> {
                obj(t, "/shares/0/amount").put("amount", v.shares().get(0).amount().amount().add(CENT));
                return List.of("shares [OTP-FUNDING-PLAN-SUM]");
            });
        r.add(io.otp.core.funding.FundingApplication.class, io.otp.core.testing.FundingGenerators.grantedApplications(),
            "granted amount above the request", (t, v) -> {
                obj(t, "/grantedAmount").put("amount", v.requestedAmount().amount().add(CENT));
                return List.of("grantedAmount [OTP-FUNDING-APPLICATION-GRANT]");
            });
        r.add(io.otp.core.funding.FundingApplication.class,
            io.otp.core.testing.FundingGenerators.ungrantedApplications(), "status not where the history ends", (t, v) -> {
                t.put("status", v.status() == io.otp.core.funding.FundingApplicationStatus.WITHDRAWN
                    ? "REJECTED" : "WITHDRAWN");
                return List.of("status [OTP-FUNDING-APPLICATION-HISTORY]");
            });
    }

    private static void prtr(Registry r) {
        r.add(io.otp.core.prtr.DaciDeclaration.class, io.otp.core.testing.PrtrGenerators.conflictDeclarations(),
            "conflict declared without description", (t, v) -> {
                t.remove("conflictDescription");
                return List.of("conflictDescription [OTP-PRTR-DACI]");
            });
        r.add(io.otp.core.prtr.DnshFinding.class, io.otp.core.testing.PrtrGenerators.findings(),
            "blank justification", (t, v) -> {
                t.put("justification", " ");
                return List.of("justification [OTP-PRTR-DNSH-JUSTIFICATION]");
            });
        r.add(io.otp.core.prtr.PlanTag.class, io.otp.core.testing.PrtrGenerators.tags(),
            "measure of another component", (t, v) -> {
                t.put("measure", v.component().equals("C1") ? "C2.I1" : "C1.I1");
                return List.of("measure [OTP-PRTR-TAG]");
            });
        r.add(io.otp.core.prtr.PrtrFile.class, io.otp.core.testing.PrtrGenerators.files(),
            "programme not funded by the EU", (t, v) -> {
                t.put("programme", "NATIONAL");
                return List.of("programme [OTP-PRTR-PROGRAMME]");
            });
    }

    // ------------------------------------------------------------------ helpers

    /** Collects breakers by type, in the order added. */
    private static final class Registry {
        private final Map<Class<?>, List<Breaker<?>>> byType = new LinkedHashMap<>();

        <T> void add(Class<T> type, Gen<? extends T> valid, String name, Break<T> breaks) {
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(new Breaker<>(type, name, valid, breaks));
        }

        Map<Class<?>, List<Breaker<?>>> done() {
            Map<Class<?>, List<Breaker<?>>> out = new LinkedHashMap<>();
            byType.forEach((type, list) -> out.put(type, List.copyOf(list)));
            return Collections.unmodifiableMap(out);
        }
    }

    /** One of the choices, picked by the valid instance so that different examples break differently. */
    @SafeVarargs
    private static <X> X pick(Object valid, X... choices) {
        return choices[Math.floorMod(valid.hashCode(), choices.length)];
    }

    private static char wrongLetter(char right) {
        return right == 'T' ? 'R' : 'T';
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static ArrayNode arr(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
