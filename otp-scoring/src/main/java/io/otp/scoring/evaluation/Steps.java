package io.otp.scoring.evaluation;

import io.otp.core.Sha256;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.committee.AggregatedScore;
import io.otp.scoring.committee.CommitteeResult;
import io.otp.scoring.committee.CommitteeScoring;
import io.otp.scoring.committee.ConflictOfInterestRules;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.formula.Formulas;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.formula.RoundingStage;
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.ExclusionReason;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.Ranking;
import io.otp.scoring.ranking.RankingCandidate;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The computations behind the steps of {@link Evaluation}; each reads a state and changes nothing. */
final class Steps {

    private static final String PREFIX = "io.otp.scoring.evaluation.";

    private static final String COMMITTEE = "io.otp.scoring.committee.";

    private Steps() {
    }

    /** Points before and after rounding of one bid. */
    static final class Total {
        final BigDecimal unrounded;
        final Points total;

        Total(BigDecimal unrounded, Points total) {
            this.unrounded = unrounded;
            this.total = total;
        }
    }

    static void checkBid(Evaluation e, Bid bid) {
        throwIfAny(new BidChecks(e).check(bid));
    }

    static void checkBids(Evaluation e, List<Bid> bids) {
        BidChecks checks = new BidChecks(e);
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < bids.size(); i++) {
            List<Violation> found = checks.check(bids.get(i));
            if (!found.isEmpty()) {
                v.addAll(new ValidationException(found).under("bids[" + i + "]").violations());
            }
        }
        throwIfAny(v);
    }

    /**
     * The checks of bids to register against those registered and those checked before them, with the
     * registered ids and bidders indexed once, so that registering many bids costs in proportion to
     * their number.
     */
    private static final class BidChecks {
        private final Evaluation e;
        private final Set<BidId> ids = new HashSet<>();
        private final Map<OrganisationId, BidId> bidders = new HashMap<>();
        private final Set<CriterionId> valued = new TreeSet<>();
        private final List<AwardCriterion> valuedCriteria = new ArrayList<>();

        BidChecks(Evaluation e) {
            this.e = e;
            for (RegisteredBid r : e.bids()) {
                ids.add(r.bid());
                bidders.putIfAbsent(r.bidder(), r.bid());
            }
            for (AwardCriterion c : e.lot().leafCriteria()) {
                if (c.method() == EvaluationMethod.FORMULA && c.type() != CriterionType.PRICE) {
                    valued.add(c.id());
                    valuedCriteria.add(c);
                }
            }
        }

        List<Violation> check(Bid bid) {
            List<Violation> v = new ArrayList<>();
            if (!bid.tender().equals(e.tender())) {
                v.add(Violation.of("bid.tender", "OTP-EVALUATION-BID", PREFIX + "bid.tender", "bid", bid.id(),
                    "value", bid.tender(), "expected", e.tender()));
            }
            if (!bid.lot().equals(e.lot().id())) {
                v.add(Violation.of("bid.lot", "OTP-EVALUATION-BID", PREFIX + "bid.lot", "bid", bid.id(),
                    "value", bid.lot(), "expected", e.lot().id()));
            }
            if (ids.contains(bid.id())) {
                v.add(Violation.of("bid.id", "OTP-UNIQUE-ID", PREFIX + "bid.duplicate", "bid", bid.id()));
            }
            BidId other = bidders.get(bid.bidder());
            if (other != null) {
                v.add(Violation.of("bid.bidder", "LCSP-139.3", PREFIX + "bid.bidderDuplicate", "bidder", bid.bidder(),
                    "bid", bid.id(), "other", other));
            }
            for (AwardCriterion c : valuedCriteria) {
                if (!bid.formulaValues().containsKey(c.id())) {
                    v.add(Violation.of("bid.formulaValues[" + c.id() + "]", "OTP-EVALUATION-VALUE",
                        PREFIX + "bid.valueMissing", "bid", bid.id(), "criterion", c.id(), "name", c.name()));
                }
            }
            for (CriterionId c : bid.formulaValues().keySet()) {
                if (!valued.contains(c)) {
                    v.add(Violation.of("bid.formulaValues[" + c + "]", "OTP-EVALUATION-VALUE",
                        PREFIX + "bid.valueUnexpected", "bid", bid.id(), "criterion", c, "known",
                        valued.stream().map(Object::toString).collect(Collectors.joining(", "))));
                }
            }
            ids.add(bid.id());
            bidders.putIfAbsent(bid.bidder(), bid.id());
            return v;
        }
    }

    static void checkScores(Evaluation e, List<EvaluatorScore> scores, Attribution by) {
        List<Violation> v = new ArrayList<>();
        Set<PersonId> members = new HashSet<>(e.settings().committee());
        // the scores are made when recorded: each evaluator's declaration must precede that day
        LocalDate scoredOn = ConflictOfInterestRules.scoringDay(by.at());
        Set<PersonId> checked = new HashSet<>();
        Set<BidId> bids = e.bids().stream().map(RegisteredBid::bid).collect(Collectors.toSet());
        Map<CriterionId, AwardCriterion> judged = new HashMap<>();
        e.lot().leafCriteria().stream().filter(c -> c.method() == EvaluationMethod.VALUE_JUDGMENT)
            .forEach(c -> judged.put(c.id(), c));
        Set<List<Object>> cells = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            EvaluatorScore s = scores.get(i);
            String path = "scores[" + i + "]";
            if (!members.contains(s.evaluator())) {
                v.add(Violation.of(path + ".evaluator", "OTP-COMMITTEE-UNKNOWN", COMMITTEE + "unknownEvaluator",
                    "evaluator", s.evaluator()));
            } else if (checked.add(s.evaluator())) {
                // once per evaluator, at its first score: the declaration covers all its scores of the day
                ConflictOfInterestRules.check(s.evaluator(), path + ".evaluator", e.tender(),
                    e.conflictOfInterestRegime(), e.settings().declarations(), "settings.declarations", scoredOn)
                    .ifPresent(v::add);
            }
            if (!bids.contains(s.bid())) {
                v.add(Violation.of(path + ".bid", "OTP-COMMITTEE-UNKNOWN", COMMITTEE + "unknownBid", "bid", s.bid()));
            }
            AwardCriterion c = judged.get(s.criterion());
            if (c == null) {
                v.add(Violation.of(path + ".criterion", "OTP-COMMITTEE-UNKNOWN", COMMITTEE + "unknownCriterion",
                    "criterion", s.criterion()));
            } else if (s.points().isGreaterThan(c.maxPoints())) {
                v.add(Violation.of(path + ".points", "LCSP-146.2", COMMITTEE + "aboveMax",
                    "value", s.points(), "criterion", c.id(), "max", c.maxPoints()));
            }
            if (s.justification().isBlank()) {
                v.add(Violation.of(path + ".justification", "LCSP-146", COMMITTEE + "justificationBlank",
                    "evaluator", s.evaluator(), "bid", s.bid(), "criterion", s.criterion()));
            }
            if (!cells.add(List.of(s.evaluator(), s.bid(), s.criterion()))) {
                v.add(Violation.of(path, "OTP-COMMITTEE-DUPLICATE", COMMITTEE + "duplicate",
                    "evaluator", s.evaluator(), "bid", s.bid(), "criterion", s.criterion()));
            }
        }
        throwIfAny(v);
    }

    static CommitteeResult aggregate(Evaluation e, Attribution by) {
        List<AwardCriterion> judged = valueJudgmentLeaves(e);
        if (!judged.isEmpty() && e.settings().committee().isEmpty()) {
            throw new ValidationException(Violation.of("settings.committee", "LCSP-146.2", PREFIX + "committee.empty",
                "lot", e.lot().id(), "criteria", judged.stream().map(c -> c.id().toString())
                    .collect(Collectors.joining(", "))));
        }
        // By bid id, not by registration order: the sealed scores and their digest must not depend on
        // the order in which the bids were registered.
        List<BidId> bids = e.bids().stream().map(RegisteredBid::bid).sorted().collect(Collectors.toList());
        return CommitteeScoring.aggregate(e.tender(), e.conflictOfInterestRegime(),
            ConflictOfInterestRules.scoringDay(by.at()), judged, bids, e.settings().committee(),
            e.settings().declarations(), e.expertCommitteeRequired(), e.recordedScores(), e.settings().aggregation());
    }

    static List<ExcludedBid> belowThreshold(Evaluation e) {
        List<ExcludedBid> out = new ArrayList<>();
        List<AwardCriterion> judged = valueJudgmentLeaves(e);
        Set<BidId> admitted = new HashSet<>(e.admitted());
        for (RegisteredBid b : byId(e)) {
            if (!admitted.contains(b.bid())) {
                continue;
            }
            Map<CriterionId, BigDecimal> points = new HashMap<>();
            for (Scored s : scored(e, b.bid())) {
                points.put(s.criterion.id(), s.points);
            }
            List<String> reasons = new ArrayList<>();
            Optional<Points> quality = e.lot().qualityThreshold();
            if (quality.isPresent()) {
                BigDecimal technical = judged.stream().map(c -> points.getOrDefault(c.id(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (technical.compareTo(quality.get().value()) < 0) {
                    reasons.add("value-judgment points " + technical.toPlainString() + " below the lot's threshold "
                        + quality.get());
                }
            }
            for (AwardCriterion c : e.lot().allCriteria()) {
                if (c.minimumThreshold().isEmpty()
                        || c.leaves().stream().anyMatch(l -> l.method() != EvaluationMethod.VALUE_JUDGMENT)) {
                    continue;
                }
                BigDecimal sum = c.leaves().stream().map(l -> points.getOrDefault(l.id(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(c.minimumThreshold().get().value()) < 0) {
                    reasons.add("criterion " + c.id() + " scored " + sum.toPlainString() + ", below its minimum "
                        + c.minimumThreshold().get());
                }
            }
            if (!reasons.isEmpty()) {
                out.add(ExcludedBid.builder().bid(b.bid()).bidder(b.bidder()).reason(ExclusionReason.BELOW_TECHNICAL_THRESHOLD)
                    .note(String.join("; ", reasons) + " (LCSP art. 146.3)").build());
            }
        }
        return out;
    }

    static SortedMap<CriterionId, SortedMap<BidId, FormulaScore>> formulaScores(Evaluation e, Formulas formulas,
            List<BidId> admitted) {
        List<Violation> v = new ArrayList<>();
        SortedMap<CriterionId, SortedMap<BidId, FormulaScore>> out = new TreeMap<>();
        if (admitted.isEmpty()) {
            return out;
        }
        Map<BidId, SealedEnvelope> envelopes = new HashMap<>();
        e.bids().forEach(b -> envelopes.put(b.bid(), b.envelope()));
        for (AwardCriterion c : e.lot().leafCriteria()) {
            if (c.method() != EvaluationMethod.FORMULA) {
                continue;
            }
            String path = "criteria[" + c.id() + "]";
            if (c.formula().isEmpty()) {
                v.add(Violation.of(path + ".formula", "LCSP-146.1", PREFIX + "formula.missing", "criterion", c.id()));
                continue;
            }
            FormulaReference ref = c.formula().get();
            SortedMap<BidId, BigDecimal> values = new TreeMap<>();
            for (BidId bid : admitted) {
                SealedEnvelope env = envelopes.get(bid);
                BigDecimal value = c.type() == CriterionType.PRICE ? env.economicOffer().amount() : env.values().get(c.id());
                if (value != null) {
                    values.put(bid, value);
                }
            }
            try {
                FormulaInput input = FormulaInput.builder().maxPoints(c.maxPoints()).direction(c.direction())
                    .putAllParameters(ref.parameters()).budget(e.lot().budget().amount()).putAllValues(values)
                    .addAllExpectedBids(admitted).mathContext(DecimalPolicy.MATH_CONTEXT).build();
                out.put(c.id(), Collections.unmodifiableSortedMap(new TreeMap<>(formulas.score(ref, input))));
            } catch (ValidationException x) {
                v.addAll(x.under(path).violations());
            }
        }
        throwIfAny(v);
        return out;
    }

    static Optional<AbnormalityAssessment> detect(Evaluation e, AbnormalityRules rules) {
        List<AwardCriterion> leaves = e.lot().leafCriteria();
        Optional<String> id = e.settings().abnormalityRule();
        if (id.isEmpty()) {
            // The pliego's own parameters first: RGLCAP art. 85 applies to a price-only lot only "en defecto
            // de previsión en los pliegos" (LCSP art. 149.2.a).
            if (e.settings().pliegoRule().isPresent()) {
                id = Optional.of(AbnormalityRules.PLIEGO_RULE);
            } else if (e.settings().pliegoThreshold().isPresent()) {
                id = Optional.of(AbnormalityRules.PRICE_BELOW_MEAN);
            } else if (leaves.size() == 1 && leaves.get(0).type() == CriterionType.PRICE) {
                id = Optional.of(AbnormalityRules.RGLCAP_85);
            }
        }
        Set<BidId> admitted = new HashSet<>(e.admitted());
        if (id.isEmpty() || admitted.isEmpty()) {
            return Optional.empty();
        }
        AbnormalityInput.Builder input = AbnormalityInput.builder();
        input.baseBudget(e.lot().budget()).units(e.settings().units())
            .recomputeAfterExclusion(e.settings().recomputeAfterExclusion())
            .budgetReferencedLimits(e.settings().budgetReferencedLimits())
            .pliegoThreshold(e.settings().pliegoThreshold()).pliegoRule(e.settings().pliegoRule());
        List<AwardCriterion> judged = valueJudgmentLeaves(e);
        for (RegisteredBid b : byId(e)) {
            if (!admitted.contains(b.bid())) {
                continue;
            }
            AbnormalityOffer.Builder offer = AbnormalityOffer.builder();
            offer.bidId(b.bid()).bidder(b.bidder()).businessGroup(Optional.ofNullable(e.settings().businessGroups()
                .get(b.bidder()))).economicOffer(b.envelope().economicOffer());
            if (!judged.isEmpty() || e.settings().pliegoRule().filter(PliegoRule::needsTechnicalScores).isPresent()) {
                BigDecimal technical = BigDecimal.ZERO;
                for (Scored s : scored(e, b.bid())) {
                    if (s.criterion.method() == EvaluationMethod.VALUE_JUDGMENT) {
                        technical = technical.add(s.points);
                    }
                }
                offer.technicalScore(e.settings().rounding().apply(technical));
            }
            input.addOffers(offer.build());
        }
        return Optional.of(rules.require(id.get()).evaluate(input.build()));
    }

    static RankingResult ranking(Evaluation e) {
        List<RankingCandidate> candidates = new ArrayList<>();
        for (RegisteredBid b : e.bids()) {
            Points total = e.totals().get(b.bid());
            if (total != null) {
                candidates.add(RankingCandidate.builder().bid(b.bid()).bidder(b.bidder()).total(total)
                    .tieBreakData(b.tieBreakData()).build());
            }
        }
        List<TieBreakCriterion> criteria = new ArrayList<>();
        for (TieBreakCriterion c : e.settings().tieBreakCriteria()) {
            SortedMap<BidId, BigDecimal> values = new TreeMap<>(c.values());
            values.keySet().retainAll(e.totals().keySet());
            criteria.add(TieBreakCriterion.builder().id(c.id()).name(c.name()).direction(c.direction()).putAllValues(values).build());
        }
        return Ranking.rank(candidates, e.exclusions(), criteria, e.settings().tieBreakMode(), e.settings().seed());
    }

    /** One scored leaf of a bid: its points before and after any rounding per criterion, and their source. */
    static final class Scored {
        final AwardCriterion criterion;
        final BigDecimal unrounded;
        final BigDecimal points;
        final AggregatedScore judged;
        final FormulaScore formula;

        Scored(AwardCriterion criterion, BigDecimal unrounded, BigDecimal points, AggregatedScore judged,
                FormulaScore formula) {
            this.criterion = criterion;
            this.unrounded = unrounded;
            this.points = points;
            this.judged = judged;
            this.formula = formula;
        }
    }

    /**
     * A bid's points on each scored leaf, without the explanations: what the threshold, the abnormality
     * input and the ranking need; {@link #criterionScores(Evaluation, List)} adds the explanations.
     */
    static List<Scored> scored(Evaluation e, BidId bid) {
        RoundingPolicy rounding = e.settings().rounding();
        boolean perCriterion = rounding.stage() == RoundingStage.PER_CRITERION;
        List<Scored> out = new ArrayList<>();
        for (AwardCriterion c : e.lot().leafCriteria()) {
            AggregatedScore judged = null;
            FormulaScore formula = null;
            BigDecimal unrounded;
            if (c.method() == EvaluationMethod.VALUE_JUDGMENT) {
                judged = e.valueJudgment().flatMap(r -> r.find(bid, c.id())).orElse(null);
                if (judged == null) {
                    continue;
                }
                unrounded = judged.points();
            } else {
                SortedMap<BidId, FormulaScore> byBid = e.formulaScores().get(c.id());
                formula = byBid == null ? null : byBid.get(bid);
                if (formula == null) {
                    continue;
                }
                unrounded = formula.points();
            }
            out.add(new Scored(c, unrounded, perCriterion ? rounding.apply(unrounded).value() : unrounded, judged,
                formula));
        }
        return out;
    }

    static List<CriterionScore> criterionScores(Evaluation e, List<Scored> scored) {
        List<CriterionScore> out = new ArrayList<>(scored.size());
        for (Scored x : scored) {
            AwardCriterion c = x.criterion;
            ImmutableCriterionScore.Builder s = CriterionScore.builder().criterion(c.id()).name(c.name())
                .method(c.method()).maxPoints(c.maxPoints());
            if (x.judged != null) {
                List<EvaluatorScore> scores = new ArrayList<>(x.judged.scores());
                scores.sort(Comparator.comparing(EvaluatorScore::evaluator));
                StringBuilder explanation = new StringBuilder().append(e.settings().aggregation()).append(" of ");
                for (int i = 0; i < scores.size(); i++) {
                    explanation.append(i == 0 ? "" : ", ").append(scores.get(i).points());
                }
                s.addAllEvaluatorScores(scores).explanation(explanation.toString());
            } else {
                s.formula(c.formula()).putAllInputs(x.formula.inputs()).explanation(x.formula.formula());
            }
            out.add(s.unrounded(x.unrounded).points(x.points).build());
        }
        return out;
    }

    static Total total(Evaluation e, List<Scored> scores) {
        RoundingPolicy rounding = e.settings().rounding();
        BigDecimal unrounded = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO.setScale(rounding.scale());
        for (Scored s : scores) {
            unrounded = unrounded.add(s.unrounded);
            sum = sum.add(s.points);
        }
        if (rounding.stage() == RoundingStage.PER_CRITERION) {
            return new Total(unrounded, Points.of(sum));
        }
        return new Total(unrounded, rounding.apply(unrounded));
    }

    static EvaluationResult result(Evaluation e) {
        Map<BidId, RegisteredBid> registered = new LinkedHashMap<>();
        e.bids().forEach(b -> registered.put(b.bid(), b));
        Map<BidId, ExcludedBid> excluded = new LinkedHashMap<>();
        e.exclusions().forEach(x -> excluded.put(x.bid(), x));
        Map<BidId, Integer> positions = new HashMap<>();
        e.ranking().ifPresent(r -> r.ranked().forEach(rb -> positions.put(rb.bid(), rb.position())));
        Set<BidId> opened = e.phase().isAtLeast(EvaluationPhase.FORMULA_ENVELOPE_OPENED)
            ? e.formulaOffers().keySet() : Set.of();
        Map<BidId, BidEvaluation> byBid = new HashMap<>();
        for (RegisteredBid b : e.bids()) {
            List<Scored> scored = scored(e, b.bid());
            List<CriterionScore> scores = criterionScores(e, scored);
            Total total = total(e, scored);
            byBid.put(b.bid(), BidEvaluation.builder().bid(b.bid()).bidder(b.bidder())
                .economicOffer(opened.contains(b.bid()) ? Optional.of(b.envelope().economicOffer()) : Optional.empty())
                .addAllCriteria(scores).unroundedTotal(total.unrounded).total(total.total)
                .position(Optional.ofNullable(positions.get(b.bid())))
                .exclusion(Optional.ofNullable(excluded.get(b.bid()))).build());
        }
        List<BidId> order = new ArrayList<>();
        if (e.ranking().isPresent()) {
            e.ranking().get().ranked().stream().map(RankedBid::bid).forEach(order::add);
        } else {
            List<BidId> admitted = new ArrayList<>(e.admitted());
            admitted.sort(Comparator.comparing((BidId b) -> byBid.get(b).total()).reversed().thenComparing(b -> b));
            order.addAll(admitted);
        }
        order.addAll(excluded.keySet());
        List<BidEvaluation> bids = order.stream().map(byBid::get).collect(Collectors.toList());
        return EvaluationResult.builder().tender(e.tender()).lot(e.lot().id()).lotTitle(e.lot().title()).phase(e.phase())
            .rounding(e.settings().rounding()).mathContext(DecimalPolicy.MATH_CONTEXT.toString())
            .aggregation(e.settings().aggregation()).sealDigest(e.sealDigest()).addAllBids(bids).abnormality(e.abnormality())
            .recomputedAfterExclusion(e.recomputed()).ranking(e.ranking()).proposal(e.proposal())
            .addAllFindings(e.settings().violations(e.lot()).stream().map(EvaluationFinding::of).toList()).build();
    }

    static PointsMatrix pointsMatrix(EvaluationResult r) {
        if (!r.phase().isAtLeast(EvaluationPhase.FORMULA_SCORED)) {
            throw new EvaluationOrderException("the points matrix of lot " + r.lot(), r.phase(),
                EvaluationPhase.FORMULA_SCORED, "LCSP art. 146.1: every criterion must be scored");
        }
        PointsMatrix.Builder m = PointsMatrix.builder();
        Map<CriterionId, BigDecimal> max = new LinkedHashMap<>();
        for (BidEvaluation b : r.bids()) {
            if (b.exclusion().isPresent()) {
                continue;
            }
            for (CriterionScore s : b.criteria()) {
                max.putIfAbsent(s.criterion(), s.maxPoints().value());
                m.points(b.bid(), s.criterion(), s.points());
            }
        }
        max.forEach(m::criterion);
        return m.build();
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = sha256();
        return hex(digest.digest(bytes));
    }

    /** The SHA-256 digest of a value's JSON, streamed into the digest rather than held in memory. */
    static String sha256Json(Object value) {
        MessageDigest digest = sha256();
        OtpJson.standard().write(value, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return hex(digest.digest());
    }

    private static MessageDigest sha256() {
        return Sha256.digest();
    }

    private static String hex(byte[] hash) {
        return Sha256.toHex(hash);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The registered bids by bid id: what a step derives from all bids (exclusions, the abnormality
     * input) must not depend on the order in which they were registered.
     */
    static List<RegisteredBid> byId(Evaluation e) {
        List<RegisteredBid> out = new ArrayList<>(e.bids());
        out.sort(Comparator.comparing(RegisteredBid::bid));
        return out;
    }

    private static List<AwardCriterion> valueJudgmentLeaves(Evaluation e) {
        return e.lot().leafCriteria().stream().filter(c -> c.method() == EvaluationMethod.VALUE_JUDGMENT)
            .collect(Collectors.toList());
    }

    private static void throwIfAny(List<Violation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}
