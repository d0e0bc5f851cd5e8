package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.EvaluationId;
import io.otp.core.id.LotId;
import io.otp.core.id.TenderId;
import io.otp.core.lifecycle.IllegalTransitionException;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ConflictOfInterestRegime;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.committee.CommitteeResult;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.formula.Formulas;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The evaluation of one lot, as an immutable state that moves through the phases LCSP arts. 146-150
 * prescribe (see {@link EvaluationPhase}). Each step returns a new state with one more
 * {@link EvaluationEvent} in {@link #history()}; a step out of order throws an
 * {@link IllegalTransitionException}, bad input a {@link ValidationException} listing every problem,
 * and in both cases nothing changes. A step dated before the last one is refused too
 * ({@code OTP-EVALUATION-CLOCK}): the history is a record whose time never runs backwards.
 *
 * <pre>{@code
 * Evaluation e = Evaluation.start(tender, LotId.of("L1"), settings, by)
 *     .registerBid(b1, by).registerBid(b2, by)
 *     .recordScores(scores, by)
 *     .sealValueJudgment(by)
 *     .applyTechnicalThreshold(by)
 *     .openFormulaEnvelope(by)
 *     .scoreFormulaCriteria(by)
 *     .detectAbnormalOffers(by);
 * // for each flagged offer: e = e.decideJustification(AbnormalOfferDecision.rejected(bid, reason), by);
 * e = e.rank(by).breakTies(by).proposeAward(by);
 * EvaluationResult result = e.result();
 * }</pre>
 *
 * <p>The formula envelopes stay sealed (see {@link SealedEnvelope}) until the value-judgment scores
 * are sealed and the technical threshold applied: {@link #formulaOffers()} refuses before that. The
 * envelopes of bids excluded by the threshold are never opened (LCSP art. 146.3).
 *
 * <p>Every division uses {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}; points are rounded once, where
 * {@link EvaluationSettings#rounding()} says. The same steps with the same input give equal states and
 * byte-identical JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public abstract class Evaluation implements Aggregate<EvaluationId> {

    /**
     * The most bids one lot's evaluation registers: far beyond the largest framework agreements, and a
     * bound on the memory and time of an evaluation (BENCHMARKS.md gives the figures for 10,000 bids).
     */
    public static final int MAX_BIDS = 100_000;

    private static final String PREFIX = "io.otp.scoring.evaluation.";

    Evaluation() {
    }

    /**
     * Starts the evaluation of a lot.
     *
     * @param tender the tender; not null
     * @param lot the lot to evaluate; not null
     * @param settings the pliego's and committee's settings; not null
     * @param by who starts it and when; not null
     * @return the evaluation in phase {@link EvaluationPhase#REGISTRATION}, not null
     * @throws ValidationException if the tender has no such lot
     */
    public static Evaluation start(Tender tender, LotId lot, EvaluationSettings settings, Attribution by) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(by, "by");
        Lot found = tender.lot(lot).orElseThrow(() -> new ValidationException(Violation.of("lot", "OTP-EVALUATION-LOT",
            PREFIX + "lot.unknown", "tender", tender.id(), "lot", lot,
            "known", tender.lots().stream().map(l -> l.id().toString()).collect(Collectors.joining(", ")))));
        Evaluation initial = ImmutableEvaluation.builder().tender(tender.id()).lot(found).settings(settings)
            .conflictOfInterestRegime(tender.conflictOfInterestRegime()).phase(EvaluationPhase.REGISTRATION).build();
        return initial.next(EvaluationPhase.REGISTRATION, EvaluationEventKind.STARTED, by,
            "evaluation of lot " + lot + " of tender " + tender.id() + " started",
            Map.of("lot", lot.toString(), "tender", tender.id().toString(), "rounding", settings.rounding().toString(),
                "aggregation", settings.aggregation().name(),
                "conflictOfInterestRule", tender.conflictOfInterestRegime().ruleId()), x -> x);
    }

    /**
     * The tender.
     *
     * @return the tender id, not null
     */
    public abstract TenderId tender();

    /**
     * The lot evaluated, with its criteria, budget and thresholds.
     *
     * @return the lot, not null
     */
    public abstract Lot lot();

    /**
     * The settings of the evaluation.
     *
     * @return the settings, not null
     */
    public abstract EvaluationSettings settings();

    /**
     * The rule under which the committee declares the absence of conflicts of interest, taken from the
     * tender when the evaluation starts ({@link Tender#conflictOfInterestRegime()}): the PRTR DACI for a
     * PRTR-funded tender, LCSP art. 64 otherwise. JSON written before this attribute existed reads as
     * {@link ConflictOfInterestRegime#LCSP_64}.
     *
     * @return the regime, not null
     */
    @Value.Default
    public ConflictOfInterestRegime conflictOfInterestRegime() {
        return ConflictOfInterestRegime.LCSP_64;
    }

    /**
     * The current phase.
     *
     * @return the phase, not null
     */
    public abstract EvaluationPhase phase();

    /**
     * The registered bids, in the order of registration, with their formula envelopes sealed.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<RegisteredBid> bids();

    /**
     * The value-judgment scores recorded so far; a revision before sealing replaces the evaluator's
     * earlier score for the same bid and criterion (the history keeps both).
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<EvaluatorScore> recordedScores();

    /**
     * The sealed value-judgment scores, aggregated.
     *
     * @return the committee's result; empty before {@link EvaluationPhase#VALUE_JUDGMENT_SEALED}
     */
    public abstract Optional<CommitteeResult> valueJudgment();

    /**
     * The SHA-256 digest of the sealed value-judgment scores' JSON, recorded when sealing.
     *
     * @return the digest in lower-case hexadecimal; empty before sealing
     */
    public abstract Optional<String> sealDigest();

    /**
     * The bids excluded so far, in the order of exclusion (those excluded by one step by bid id, so that
     * the order of registration does not matter), each with its reason.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<ExcludedBid> exclusions();

    /**
     * The unrounded points of each formula criterion, by criterion and bid.
     *
     * @return an unmodifiable map sorted by criterion; empty before {@link EvaluationPhase#FORMULA_SCORED}
     */
    @Value.NaturalOrder
    public abstract SortedMap<CriterionId, SortedMap<BidId, FormulaScore>> formulaScores();

    /**
     * The assessment of abnormally low offers with the committee's decisions.
     *
     * @return the assessment; empty before detection or if no abnormality rule applies
     */
    public abstract Optional<AbnormalityAssessment> abnormality();

    /**
     * Whether the formula points were recomputed without the offers excluded as abnormally low
     * ({@link EvaluationSettings#recomputeAfterExclusion()}).
     *
     * @return true if recomputed
     */
    @Value.Default
    public boolean recomputed() {
        return false;
    }

    /**
     * The total points of each admitted bid, fixed when ranking.
     *
     * @return an unmodifiable map sorted by bid; empty before {@link EvaluationPhase#RANKED}
     */
    @Value.NaturalOrder
    public abstract SortedMap<BidId, Points> totals();

    /**
     * The ranking with its tie-breaks.
     *
     * @return the ranking; empty before {@link EvaluationPhase#TIES_BROKEN}
     */
    public abstract Optional<RankingResult> ranking();

    /**
     * The award proposal, with any withdrawals.
     *
     * @return the proposal; empty before {@link EvaluationPhase#AWARD_PROPOSED}
     */
    public abstract Optional<AwardProposal> proposal();

    /**
     * Every step taken, in order.
     *
     * @return an unmodifiable list; not null
     */
    public abstract List<EvaluationEvent> history();

    /**
     * The evaluation's id: the tender's and the lot's joined by {@code #}.
     *
     * @return the id, not null
     */
    @Override
    public EvaluationId id() {
        return EvaluationId.of(tender(), lot().id());
    }

    /**
     * The values an evaluation is found by: {@code status} (the phase), {@code tender}, {@code lot} and
     * {@code date} (the UTC day the evaluation started).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(STATUS, phase().name());
        q.put(TENDER, tender().value());
        q.put(LOT, lot().id().value());
        if (!history().isEmpty()) {
            q.put(DATE, history().get(0).at().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        return java.util.Collections.unmodifiableSortedMap(q);
    }

    /**
     * The steps taken, as domain events for the audit trail: {@link #history()}.
     *
     * @return an unmodifiable list, oldest first; not null
     */
    @Override
    public List<EvaluationEvent> domainEvents() {
        return history();
    }

    /**
     * Whether the committee must be one of experts with at least three members: the value-judgment
     * criteria weigh more than the formula criteria (LCSP art. 146.2.a).
     *
     * @return true if art. 146.2.a applies
     */
    public boolean expertCommitteeRequired() {
        return lot().pointsBy(EvaluationMethod.VALUE_JUDGMENT).isGreaterThan(lot().pointsBy(EvaluationMethod.FORMULA));
    }

    /**
     * The bids still admitted: registered and not excluded, in the order of registration.
     *
     * @return an unmodifiable list; not null
     */
    public List<BidId> admitted() {
        Set<BidId> out = exclusions().stream().map(ExcludedBid::bid).collect(Collectors.toSet());
        return bids().stream().map(RegisteredBid::bid).filter(b -> !out.contains(b)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The contents of the opened formula envelopes: those of the bids that passed the technical
     * threshold.
     *
     * @return an unmodifiable map sorted by bid; not null
     * @throws EvaluationOrderException before {@link EvaluationPhase#FORMULA_ENVELOPE_OPENED}: the
     *     formula envelopes are opened only after the value-judgment scores are sealed and the
     *     technical threshold applied (LCSP art. 146.2.b, 157.4)
     */
    public SortedMap<BidId, FormulaOffer> formulaOffers() {
        if (!phase().isAtLeast(EvaluationPhase.FORMULA_ENVELOPE_OPENED)) {
            throw new EvaluationOrderException("the formula offers of lot " + lot().id(), phase(),
                EvaluationPhase.FORMULA_ENVELOPE_OPENED, "LCSP art. 146.2.b and 157.4: the formula envelopes are"
                + " opened after the value-judgment scores are sealed and the technical threshold applied");
        }
        Set<BidId> belowThreshold = exclusions().stream()
            .filter(x -> x.reason() == io.otp.scoring.ranking.ExclusionReason.BELOW_TECHNICAL_THRESHOLD)
            .map(ExcludedBid::bid).collect(Collectors.toSet());
        SortedMap<BidId, FormulaOffer> out = new TreeMap<>();
        for (RegisteredBid b : bids()) {
            if (!belowThreshold.contains(b.bid())) {
                out.put(b.bid(), FormulaOffer.of(b.envelope()));
            }
        }
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    /**
     * Registers a bid; its formula envelope is sealed.
     *
     * @param bid the bid; not null
     * @param by who registers it and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException after registration has closed (the first value-judgment score)
     * @throws ValidationException listing every problem: a bid of another tender or lot, a bid id or a
     *     bidder already registered (LCSP art. 139.3), a missing value for a formula criterion, a value
     *     for a criterion that is not evaluated by formula; or {@link #MAX_BIDS} bids already registered
     *     ({@code OTP-LIMIT-BIDS})
     */
    public Evaluation registerBid(Bid bid, Attribution by) {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.REGISTRATION);
        checkCapacity(1);
        Steps.checkBid(this, bid);
        return register(List.of(bid), by);
    }

    /**
     * Registers several bids at once, in the given order: the same state, history and audit events as
     * {@link #registerBid(Bid, Attribution)} called for each bid in turn, in one step whose cost grows
     * with the number of bids (one call per bid copies the growing list of registered bids each time).
     *
     * @param bids the bids, in the order of registration; not null, no null element
     * @param by who registers them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException after registration has closed (the first value-judgment score)
     * @throws ValidationException listing every problem of every bid, with paths starting with
     *     {@code bids[i]}: a bid of another tender or lot, a bid id or a bidder already registered or
     *     repeated in the list (LCSP art. 139.3), a missing value for a formula criterion, a value for a
     *     criterion that is not evaluated by formula; no bid is registered then; or more than
     *     {@link #MAX_BIDS} bids in all ({@code OTP-LIMIT-BIDS})
     */
    public Evaluation registerBids(Collection<Bid> bids, Attribution by) {
        Objects.requireNonNull(bids, "bids");
        Objects.requireNonNull(by, "by");
        List<Bid> given = new ArrayList<>(bids.size());
        for (Bid bid : bids) {
            given.add(Objects.requireNonNull(bid, () -> "bids[" + given.size() + "]"));
        }
        transition(EvaluationPhase.REGISTRATION);
        checkCapacity(given.size());
        Steps.checkBids(this, given);
        return register(given, by);
    }

    private Evaluation register(List<Bid> checked, Attribution by) {
        checkClock(by);
        List<RegisteredBid> registered = new ArrayList<>(checked.size());
        List<EvaluationEvent> events = new ArrayList<>(checked.size());
        for (Bid bid : checked) {
            SealedEnvelope envelope = SealedEnvelope.seal(bid.id(), bid.economicOffer(), bid.formulaValues());
            registered.add(RegisteredBid.builder().bid(bid.id()).bidder(bid.bidder())
                .submittedAt(bid.submittedAt()).tieBreakData(bid.tieBreakData()).envelope(envelope).build());
            events.add(event(history().size() + events.size() + 1, EvaluationPhase.REGISTRATION,
                EvaluationEventKind.BID_REGISTERED, by,
                "bid " + bid.id() + " of " + bid.bidder() + " registered; formula envelope sealed",
                Map.of("bid", bid.id().toString(), "bidder", bid.bidder().toString(),
                    "submittedAt", bid.submittedAt().toString(), "envelopeDigest", envelope.digest())));
        }
        return ((ImmutableEvaluation) ImmutableEvaluation.copyOf(this)).withBids(plus(bids(), registered))
            .withPhase(EvaluationPhase.REGISTRATION).withHistory(plus(history(), events));
    }

    /**
     * Records value-judgment scores of committee members; a score for a bid and criterion the member
     * already scored replaces it. The first scores close the registration of bids.
     *
     * @param scores the scores; not null
     * @param by who records them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException once the scores are sealed: sealed scores cannot change
     * @throws ValidationException listing every problem: an evaluator not in the committee or without a
     *     conflict-of-interest declaration for the tender signed on or before the day of {@code by} in
     *     Europe/Madrid (the PRTR DACI, {@code HFP-1030/2021-DACI}, for a PRTR-funded tender, otherwise
     *     {@code LCSP-64}; {@link io.otp.scoring.committee.ConflictOfInterestRules}), an unknown bid, a
     *     criterion that is not
     *     a value-judgment leaf of the lot, points above the criterion's maximum, a blank justification,
     *     two scores for the same cell in one call
     */
    public Evaluation recordScores(Collection<EvaluatorScore> scores, Attribution by) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.VALUE_JUDGMENT);
        List<EvaluatorScore> given = List.copyOf(scores);
        Steps.checkScores(this, given, by);
        Map<List<Object>, EvaluatorScore> cells = new LinkedHashMap<>();
        for (EvaluatorScore s : recordedScores()) {
            cells.put(List.of(s.evaluator(), s.bid(), s.criterion()), s);
        }
        int revised = 0;
        for (EvaluatorScore s : given) {
            if (cells.put(List.of(s.evaluator(), s.bid(), s.criterion()), s) != null) {
                revised++;
            }
        }
        List<EvaluatorScore> all = new ArrayList<>(cells.values());
        Map<String, String> details = new TreeMap<>();
        details.put("recorded", Integer.toString(given.size()));
        details.put("revised", Integer.toString(revised));
        details.put("evaluators", given.stream().map(s -> s.evaluator().toString()).distinct().sorted()
            .collect(Collectors.joining(", ")));
        return next(EvaluationPhase.VALUE_JUDGMENT, EvaluationEventKind.VALUE_JUDGMENT_SCORED, by,
            given.size() + " value-judgment scores recorded" + (revised > 0 ? ", " + revised + " of them revised" : ""),
            details, x -> x.withRecordedScores(all));
    }

    /**
     * Aggregates and seals the value-judgment scores (LCSP art. 146.2.b); after this they cannot change.
     *
     * @param by who seals them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException if already sealed
     * @throws ValidationException listing every problem: no committee while the lot has value-judgment
     *     criteria, fewer than three experts where art. 146.2.a applies, a member without a
     *     conflict-of-interest declaration signed on or before the day of sealing, a missing score, no
     *     consensus where consensus is required
     */
    public Evaluation sealValueJudgment(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.VALUE_JUDGMENT_SEALED);
        CommitteeResult result = Steps.aggregate(this, by);
        String digest = Steps.sha256Json(result);
        return next(EvaluationPhase.VALUE_JUDGMENT_SEALED, EvaluationEventKind.VALUE_JUDGMENT_SEALED, by,
            result.scores().size() + " value-judgment scores aggregated by " + settings().aggregation()
                + " and sealed (sha256 " + digest + ")",
            Map.of("sealedDigest", digest, "aggregation", settings().aggregation().name(),
                "scores", Integer.toString(result.scores().size())),
            x -> x.withValueJudgment(result).withSealDigest(digest));
    }

    /**
     * Excludes the bids below the lot's quality threshold or below a criterion's minimum (LCSP art.
     * 146.3); they do not reach the price phase.
     *
     * @param by who applies it and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the value-judgment scores were just sealed
     */
    public Evaluation applyTechnicalThreshold(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.THRESHOLD_APPLIED);
        List<ExcludedBid> excluded = Steps.belowThreshold(this);
        String list = excluded.stream().map(x -> x.bid().toString()).collect(Collectors.joining(", "));
        return next(EvaluationPhase.THRESHOLD_APPLIED, EvaluationEventKind.THRESHOLD_APPLIED, by,
            excluded.isEmpty() ? "no bid below the technical threshold"
                : excluded.size() + " bids below the technical threshold excluded: " + list,
            Map.of("excluded", list, "admitted", Integer.toString(admitted().size() - excluded.size())),
            x -> x.withExclusions(plus(exclusions(), excluded)));
    }

    /**
     * Opens the formula envelopes of the bids that passed the technical threshold, and excludes offers
     * above the base budget unless the pliego allows them (RGLCAP art. 84).
     *
     * @param by who opens them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the technical threshold was just applied
     */
    public Evaluation openFormulaEnvelope(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.FORMULA_ENVELOPE_OPENED);
        Map<String, String> details = new TreeMap<>();
        List<ExcludedBid> excluded = new ArrayList<>();
        Set<BidId> admitted = Set.copyOf(admitted());
        for (RegisteredBid b : Steps.byId(this)) {
            if (!admitted.contains(b.bid())) {
                continue;
            }
            details.put("offer." + b.bid(), b.envelope().economicOffer() + " (sha256 " + b.envelope().digest() + ")");
            if (!settings().offersAboveBudgetAllowed() && b.envelope().economicOffer().isGreaterThan(lot().budget())) {
                excluded.add(ExcludedBid.builder().bid(b.bid()).bidder(b.bidder())
                    .reason(io.otp.scoring.ranking.ExclusionReason.ABOVE_BUDGET)
                    .note("offer " + b.envelope().economicOffer() + " above the base budget " + lot().budget()
                        + " (RGLCAP art. 84)").build());
            }
        }
        details.put("excluded", excluded.stream().map(x -> x.bid().toString()).collect(Collectors.joining(", ")));
        return next(EvaluationPhase.FORMULA_ENVELOPE_OPENED, EvaluationEventKind.FORMULA_ENVELOPE_OPENED, by,
            admitted.size() + " formula envelopes opened" + (excluded.isEmpty() ? ""
                : "; above the base budget and excluded: " + details.get("excluded")),
            details, x -> x.withExclusions(plus(exclusions(), excluded)));
    }

    /**
     * Scores the criteria evaluated by formula with the standard formulas ({@link Formulas#standard()}).
     *
     * @param by who scores them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the formula envelopes were just opened
     * @throws ValidationException listing every problem of every criterion: unknown formula, parameter
     *     out of range, missing or invalid value; paths start with {@code criteria[C1]}
     */
    public Evaluation scoreFormulaCriteria(Attribution by) {
        return scoreFormulaCriteria(Formulas.standard(), by);
    }

    /**
     * Scores the criteria evaluated by formula.
     *
     * @param formulas the formulas the lot's criteria name; not null
     * @param by who scores them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the formula envelopes were just opened
     * @throws ValidationException listing every problem of every criterion: unknown formula, parameter
     *     out of range, missing or invalid value; paths start with {@code criteria[C1]}
     */
    public Evaluation scoreFormulaCriteria(Formulas formulas, Attribution by) {
        Objects.requireNonNull(formulas, "formulas");
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.FORMULA_SCORED);
        SortedMap<CriterionId, SortedMap<BidId, FormulaScore>> scores = Steps.formulaScores(this, formulas, admitted());
        Map<String, String> details = new TreeMap<>();
        lot().leafCriteria().stream().filter(c -> c.method() == EvaluationMethod.FORMULA)
            .forEach(c -> details.put("formula." + c.id(), c.formula().map(Object::toString).orElse("")));
        return next(EvaluationPhase.FORMULA_SCORED, EvaluationEventKind.FORMULA_SCORED, by,
            scores.size() + " formula criteria scored for " + admitted().size() + " bids", details,
            x -> x.withFormulaScores(scores));
    }

    /**
     * Detects abnormally low offers with the built-in and discovered rules ({@link AbnormalityRules#standard()}).
     *
     * @param by who runs the detection and when; not null
     * @return the new state: {@link EvaluationPhase#ABNORMAL_OFFERS_PENDING} if some offer is flagged,
     *     {@link EvaluationPhase#ABNORMAL_OFFERS_RESOLVED} otherwise; not null
     * @throws IllegalTransitionException unless the formula criteria were just scored
     * @throws ValidationException if the rule lacks what it needs, e.g. the pliego's threshold
     */
    public Evaluation detectAbnormalOffers(Attribution by) {
        return detectAbnormalOffers(AbnormalityRules.standard(), by);
    }

    /**
     * Detects abnormally low offers with the rule {@link EvaluationSettings#abnormalityRule()} names or
     * the one the lot calls for: RGLCAP art. 85 when price is the only criterion, the pliego's threshold
     * when one is set (LCSP art. 149.2.b), none otherwise. Only admitted bids take part.
     *
     * @param rules the rules to choose from; not null
     * @param by who runs the detection and when; not null
     * @return the new state: {@link EvaluationPhase#ABNORMAL_OFFERS_PENDING} if some offer is flagged,
     *     {@link EvaluationPhase#ABNORMAL_OFFERS_RESOLVED} otherwise; not null
     * @throws IllegalTransitionException unless the formula criteria were just scored
     * @throws ValidationException if the rule id is unknown or the rule lacks what it needs
     */
    public Evaluation detectAbnormalOffers(AbnormalityRules rules, Attribution by) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(by, "by");
        if (!phase().canMoveTo(EvaluationPhase.ABNORMAL_OFFERS_PENDING)
                || phase() == EvaluationPhase.ABNORMAL_OFFERS_PENDING) {
            throw new IllegalTransitionException(entity(), phase(), EvaluationPhase.ABNORMAL_OFFERS_PENDING);
        }
        Optional<AbnormalityAssessment> assessment = Steps.detect(this, rules);
        List<BidId> flagged = assessment.map(AbnormalityAssessment::flagged).orElse(List.of());
        EvaluationPhase to = flagged.isEmpty() ? EvaluationPhase.ABNORMAL_OFFERS_RESOLVED
            : EvaluationPhase.ABNORMAL_OFFERS_PENDING;
        String rule = assessment.map(AbnormalityAssessment::ruleId).orElse("none");
        String list = flagged.stream().map(Object::toString).collect(Collectors.joining(", "));
        String summary = assessment.isEmpty()
            ? "no abnormality rule applies: the lot has several criteria and the pliego sets no parameters"
                + " (LCSP art. 149.2.b)"
            : flagged.isEmpty() ? "no offer presumed abnormally low (" + rule + ")"
                : "presumed abnormally low (" + rule + "), justification requested: " + list;
        return next(to, EvaluationEventKind.ABNORMAL_OFFERS_DETECTED, by, summary,
            Map.of("rule", rule, "flagged", list), x -> x.withAbnormality(assessment));
    }

    /**
     * Records the committee's decision on the justification of a flagged offer (LCSP art. 149.4); a
     * rejected offer is excluded (art. 149.6). When the last flagged offer is decided the evaluation
     * moves to {@link EvaluationPhase#ABNORMAL_OFFERS_RESOLVED}, recomputing the formula points with
     * the standard formulas if the settings ask for it.
     *
     * @param decision the decision; not null
     * @param by who decides and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless some flagged offer waits for a decision
     * @throws ValidationException if the offer was not flagged or is already decided
     */
    public Evaluation decideJustification(AbnormalOfferDecision decision, Attribution by) {
        return decideJustification(decision, Formulas.standard(), by);
    }

    /**
     * Records the committee's decision on the justification of a flagged offer (LCSP art. 149.4); a
     * rejected offer is excluded (art. 149.6). When the last flagged offer is decided the evaluation
     * moves to {@link EvaluationPhase#ABNORMAL_OFFERS_RESOLVED}, recomputing the formula points if the
     * settings ask for it.
     *
     * @param decision the decision; not null
     * @param formulas the formulas for a recomputation; not null
     * @param by who decides and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless some flagged offer waits for a decision
     * @throws ValidationException if the offer was not flagged or is already decided
     */
    public Evaluation decideJustification(AbnormalOfferDecision decision, Formulas formulas, Attribution by) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(formulas, "formulas");
        Objects.requireNonNull(by, "by");
        if (phase() != EvaluationPhase.ABNORMAL_OFFERS_PENDING) {
            throw new IllegalTransitionException(entity(), phase(), EvaluationPhase.ABNORMAL_OFFERS_RESOLVED);
        }
        AbnormalityAssessment updated = abnormality().orElseThrow().withDecision(decision);
        List<ExcludedBid> exclusions = new ArrayList<>(exclusions());
        if (decision.status() == io.otp.scoring.abnormal.JustificationStatus.REJECTED) {
            RegisteredBid bid = bids().stream().filter(b -> b.bid().equals(decision.bidId())).findFirst().orElseThrow();
            exclusions.add(ExcludedBid.builder().bid(bid.bid()).bidder(bid.bidder())
                .reason(io.otp.scoring.ranking.ExclusionReason.ABNORMALLY_LOW_NOT_JUSTIFIED).note(decision.text()).build());
        }
        boolean done = updated.pendingDecisions().isEmpty();
        Evaluation decided = ((ImmutableEvaluation) ImmutableEvaluation.copyOf(this)).withAbnormality(updated)
            .withExclusions(exclusions);
        boolean recompute = done && !updated.excluded().isEmpty()
            && settings().recomputeAfterExclusion() == io.otp.scoring.abnormal.RecomputeAfterExclusion.YES;
        SortedMap<CriterionId, SortedMap<BidId, FormulaScore>> scores = recompute
            ? Steps.formulaScores(decided, formulas, decided.admitted()) : formulaScores();
        Map<String, String> details = new TreeMap<>();
        details.put("bid", decision.bidId().toString());
        details.put("decision", decision.status().name());
        details.put("text", decision.text());
        details.put("recomputed", Boolean.toString(recompute));
        return decided.next(done ? EvaluationPhase.ABNORMAL_OFFERS_RESOLVED : EvaluationPhase.ABNORMAL_OFFERS_PENDING,
            EvaluationEventKind.JUSTIFICATION_DECIDED, by,
            "justification of bid " + decision.bidId() + " " + decision.status().name().toLowerCase(java.util.Locale.ROOT)
                + (recompute ? "; formula points recomputed without the excluded offers" : ""),
            details, x -> x.withFormulaScores(scores).withRecomputed(recomputed() || recompute));
    }

    /**
     * Orders the admitted bids by total points (LCSP art. 150.1); ties stay open until
     * {@link #breakTies(Attribution)}.
     *
     * @param by who ranks them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless every flagged offer is decided
     */
    public Evaluation rank(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.RANKED);
        SortedMap<BidId, Points> totals = new TreeMap<>();
        for (BidId bid : admitted()) {
            totals.put(bid, Steps.total(this, Steps.scored(this, bid)).total);
        }
        List<Map.Entry<BidId, Points>> ordered = new ArrayList<>(totals.entrySet());
        ordered.sort(Map.Entry.<BidId, Points>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, String> details = new TreeMap<>();
        details.put("order", ordered.stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        Map<Points, List<BidId>> groups = new TreeMap<>();
        ordered.forEach(e -> groups.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        String ties = groups.entrySet().stream().filter(e -> e.getValue().size() > 1)
            .map(e -> e.getValue().stream().map(Object::toString).collect(Collectors.joining(" = ")) + " at " + e.getKey())
            .collect(Collectors.joining("; "));
        details.put("ties", ties);
        return next(EvaluationPhase.RANKED, EvaluationEventKind.RANKED, by,
            totals.size() + " admitted bids ordered by total points" + (ties.isEmpty() ? "" : "; tied: " + ties),
            details, x -> x.withTotals(totals));
    }

    /**
     * Breaks ties by the pliego's criteria and then by LCSP art. 147.2 (a) to (d), the last by a draw
     * with the settings' seed; where {@link EvaluationSettings#tieBreakMode()} says the pliego's criteria
     * replace the statutory chain, the bids they leave tied go straight to the draw. The event records
     * the mode.
     *
     * @param by who breaks them and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the bids were just ranked
     * @throws ValidationException if the pliego's tie-break criteria name unknown bids
     */
    public Evaluation breakTies(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.TIES_BROKEN);
        RankingResult ranking = Steps.ranking(this);
        Map<String, String> details = new TreeMap<>();
        List<BidId> order = ranking.order();
        details.put("order", order.stream().map(Object::toString).collect(Collectors.joining(", ")));
        details.put("seed", Long.toString(ranking.seed()));
        details.put("tieBreakMode", ranking.tieBreakMode().name());
        // a tie-break lists its bids by id; the order it decided is the ranking's
        Map<BidId, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
        details.put("tieBreaks", ranking.tieBreaks().stream()
            .map(t -> t.bids().stream().filter(position::containsKey)
                .sorted(Comparator.comparing(position::get)).map(Object::toString)
                .collect(Collectors.joining(" > ")) + " by " + t.ruleId())
            .collect(Collectors.joining("; ")));
        return next(EvaluationPhase.TIES_BROKEN, EvaluationEventKind.TIES_BROKEN, by,
            ranking.tieBreaks().isEmpty() ? "no tie to break" : ranking.tieBreaks().size() + " ties broken: "
                + details.get("tieBreaks"), details, x -> x.withRanking(ranking));
    }

    /**
     * Proposes the award to the first bid of the ranking (LCSP art. 150.2).
     *
     * @param by who proposes it and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the ties were just broken
     */
    public Evaluation proposeAward(Attribution by) {
        Objects.requireNonNull(by, "by");
        transition(EvaluationPhase.AWARD_PROPOSED);
        if (phase() == EvaluationPhase.AWARD_PROPOSED) {
            throw new IllegalTransitionException(entity(), phase(), EvaluationPhase.AWARD_PROPOSED);
        }
        AwardProposal proposal = AwardProposal.of(ranking().orElseThrow(), lot().budget());
        String first = proposal.proposed().map(r -> r.bid() + " of " + r.bidder() + " with " + r.total() + " points")
            .orElse("nobody: no admitted bid, the lot would be declared void");
        return next(EvaluationPhase.AWARD_PROPOSED, EvaluationEventKind.AWARD_PROPOSED, by, "award proposed to " + first,
            Map.of("proposed", proposal.proposed().map(r -> r.bid().toString()).orElse(""),
                "next", proposal.next().stream().map(r -> r.bid().toString()).collect(Collectors.joining(", "))),
            x -> x.withProposal(proposal));
    }

    /**
     * Moves the proposal to the next bid because the proposed bidder withdrew or failed to provide the
     * documentation in time (LCSP art. 150.2), with the 3 % penalty on the base budget, VAT excluded.
     *
     * @param reason why the proposal moves, for the record; not null, not blank
     * @param by who records it and when; not null
     * @return the new state, not null
     * @throws IllegalTransitionException unless the award was proposed
     * @throws io.otp.scoring.ScoringException if no bid is left to withdraw
     * @throws ValidationException if the reason is blank
     */
    public Evaluation withdrawProposedBidder(String reason, Attribution by) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        if (phase() != EvaluationPhase.AWARD_PROPOSED) {
            throw new IllegalTransitionException(entity(), phase(), EvaluationPhase.AWARD_PROPOSED);
        }
        if (reason.isBlank()) {
            throw new ValidationException(Violation.of("reason", "LCSP-150.2", PREFIX + "withdrawal.reason"));
        }
        AwardProposal before = proposal().orElseThrow();
        AwardProposal after = before.withdrawFirst();
        String gone = before.proposed().map(r -> r.bid().toString()).orElse("");
        Map<String, String> details = new TreeMap<>();
        details.put("withdrawn", gone);
        details.put("penalty", before.penalty().toString());
        details.put("proposed", after.proposed().map(r -> r.bid().toString()).orElse(""));
        details.put("reason", reason);
        return next(EvaluationPhase.AWARD_PROPOSED, EvaluationEventKind.PROPOSAL_WITHDRAWN, by,
            "bid " + gone + " withdrawn (" + reason + "), penalty " + before.penalty() + "; proposal moves to "
                + after.proposed().map(r -> r.bid().toString()).orElse("nobody: the lot would be declared void"),
            details, x -> x.withProposal(after));
    }

    /**
     * The evaluation as it stands, with the explanation of every number: each bid's points per
     * criterion (formula, parameters, inputs, unrounded and rounded points, or the evaluators' scores),
     * totals, exclusions, the abnormality assessment, the ranking with its tie-breaks and the award
     * proposal.
     *
     * @return the result, not null
     */
    public EvaluationResult result() {
        return Steps.result(this);
    }

    String entity() {
        return "evaluation of lot " + lot().id() + " of tender " + tender();
    }

    private void transition(EvaluationPhase to) {
        IllegalTransitionException.check(entity(), phase(), to);
    }

    private Evaluation next(EvaluationPhase to, EvaluationEventKind kind, Attribution by, String summary,
            Map<String, String> details, UnaryOperator<ImmutableEvaluation> change) {
        checkClock(by);
        ImmutableEvaluation changed = change.apply((ImmutableEvaluation) ImmutableEvaluation.copyOf(this));
        EvaluationEvent event = event(history().size() + 1, to, kind, by, summary, details);
        return changed.withPhase(to).withHistory(plus(history(), List.of(event)));
    }

    private void checkCapacity(int adding) {
        if ((long) bids().size() + adding > MAX_BIDS) {
            throw new ValidationException(Violation.of("bids", "OTP-LIMIT-BIDS", PREFIX + "tooManyBids",
                "lot", lot().id(), "value", (long) bids().size() + adding, "max", MAX_BIDS));
        }
    }

    private void checkClock(Attribution by) {
        if (!history().isEmpty() && by.at().isBefore(history().get(history().size() - 1).at())) {
            // an audit record whose time runs backwards cannot be defended
            throw new ValidationException(Violation.of("by.at", "OTP-EVALUATION-CLOCK", PREFIX + "clock",
                "value", by.at(), "last", history().get(history().size() - 1).at()));
        }
    }

    private EvaluationEvent event(int sequence, EvaluationPhase to, EvaluationEventKind kind, Attribution by,
            String summary, Map<String, String> details) {
        return EvaluationEvent.builder().sequence(sequence).kind(kind).actor(by.actor()).at(by.at()).from(phase())
            .to(to).summary(summary).putAllDetails(details).build();
    }

    private static <T> List<T> plus(List<T> list, T element) {
        return plus(list, List.of(element));
    }

    private static <T> List<T> plus(List<T> list, List<T> more) {
        List<T> out = new ArrayList<>(list);
        out.addAll(more);
        return out;
    }
}
