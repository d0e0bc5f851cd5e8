package io.otp.scoring.committee;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ConflictOfInterestRegime;
import io.otp.core.tender.EvaluationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates the value-judgment scores of an evaluation committee (LCSP art. 146.2) into one score per
 * bid and criterion, after checking the committee and its scores.
 *
 * <p>Checks, all reported together in one {@link ValidationException}: every member has signed a
 * declaration of absence of conflict of interest for the tender on or before the day of the scoring
 * ({@link ConflictOfInterestRules}: the PRTR DACI, {@code HFP-1030/2021-DACI}, for a PRTR-funded tender,
 * otherwise {@code LCSP-64}); a committee of experts
 * (LCSP art. 146.2.a) has at least 3 members ({@code LCSP-146.2.a}); every criterion is a leaf scored by
 * value judgment; every score names a known bid, criterion and member, is at most the criterion's
 * maximum and has a non-blank justification; each member scores each bid on each criterion exactly
 * once; and the strategy can be applied (3 scores for a trimmed mean, equal scores for consensus).
 * Points are never negative by construction ({@link io.otp.core.money.Points}).
 *
 * <p>The result does not depend on the order of the members or of the scores. Means divide with
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}; the result is not rounded and never exceeds the criterion's maximum.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CommitteeScoring {

    private static final String PREFIX = "io.otp.scoring.committee.";
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private CommitteeScoring() {
    }

    /**
     * Aggregates with {@link AggregationStrategy#MEAN}, for a tender that is not PRTR-funded (LCSP art. 64)
     * and without checking when the declarations were signed.
     *
     * @param tender the tender the committee evaluates; not null
     * @param criteria the value-judgment leaf criteria of the lot; not null
     * @param bids the bids to score; not null
     * @param members the committee members; not null
     * @param declarations the signed DACIs; not null
     * @param expertCommittee whether LCSP art. 146.2.a applies (a committee of at least 3 experts)
     * @param scores the individual scores; not null
     * @return the aggregated scores, not null
     * @throws ValidationException listing every problem found
     * @deprecated the conflict-of-interest rule depends on the tender's funding and a declaration must
     *     precede the scoring it covers: use
     *     {@link #aggregate(TenderId, ConflictOfInterestRegime, LocalDate, List, List, List, Collection, boolean, Collection, AggregationStrategy)}
     */
    @Deprecated
    public static CommitteeResult aggregate(TenderId tender, List<AwardCriterion> criteria, List<BidId> bids,
        List<PersonId> members, Collection<ConflictOfInterestDeclaration> declarations, boolean expertCommittee,
        Collection<EvaluatorScore> scores) {
        return aggregate(tender, criteria, bids, members, declarations, expertCommittee, scores,
            AggregationStrategy.MEAN);
    }

    /**
     * Checks the committee and its scores and aggregates them, for a tender that is not PRTR-funded
     * (LCSP art. 64) and without checking when the declarations were signed.
     *
     * @param tender the tender the committee evaluates; not null
     * @param criteria the value-judgment leaf criteria of the lot; not null
     * @param bids the bids to score; not null
     * @param members the committee members; not null
     * @param declarations the signed declarations; not null; only those for {@code tender} count
     * @param expertCommittee whether LCSP art. 146.2.a applies (a committee of at least 3 experts)
     * @param scores the individual scores; not null
     * @param strategy how the scores are combined; not null
     * @return the aggregated scores, one per bid and criterion in the order of bids then criteria, not null
     * @throws ValidationException listing every problem found
     * @deprecated the conflict-of-interest rule depends on the tender's funding and a declaration must
     *     precede the scoring it covers: use
     *     {@link #aggregate(TenderId, ConflictOfInterestRegime, LocalDate, List, List, List, Collection, boolean, Collection, AggregationStrategy)}
     */
    @Deprecated
    public static CommitteeResult aggregate(TenderId tender, List<AwardCriterion> criteria, List<BidId> bids,
        List<PersonId> members, Collection<ConflictOfInterestDeclaration> declarations, boolean expertCommittee,
        Collection<EvaluatorScore> scores, AggregationStrategy strategy) {
        // LocalDate.MAX: no declaration is signed after it, so no signing date is refused
        return aggregate(tender, ConflictOfInterestRegime.LCSP_64, LocalDate.MAX, criteria, bids, members, declarations,
            expertCommittee, scores, strategy);
    }

    /**
     * Checks the committee and its scores and aggregates them.
     *
     * @param tender the tender the committee evaluates; not null
     * @param regime the tender's conflict-of-interest regime, {@link io.otp.core.tender.Tender#conflictOfInterestRegime()}:
     *     the PRTR DACI (Orden HFP/1030/2021, Orden HFP/55/2023) or LCSP art. 64; not null
     * @param scoredOn the day the committee scores (its act of valuation); a member's declaration signed
     *     after it is refused; not null
     * @param criteria the value-judgment leaf criteria of the lot; not null
     * @param bids the bids to score; not null
     * @param members the committee members; not null
     * @param declarations the signed declarations; not null; only those for {@code tender} count, at
     *     paths {@code declarations[i]} in their iteration order
     * @param expertCommittee whether LCSP art. 146.2.a applies (a committee of at least 3 experts)
     * @param scores the individual scores; not null
     * @param strategy how the scores are combined; not null
     * @return the aggregated scores, one per bid and criterion in the order of bids then criteria, not null
     * @throws ValidationException listing every problem found, a member without a declaration signed by
     *     {@code scoredOn} with the regime's rule id
     */
    public static CommitteeResult aggregate(TenderId tender, ConflictOfInterestRegime regime, LocalDate scoredOn,
        List<AwardCriterion> criteria, List<BidId> bids, List<PersonId> members,
        Collection<ConflictOfInterestDeclaration> declarations, boolean expertCommittee,
        Collection<EvaluatorScore> scores, AggregationStrategy strategy) {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(scoredOn, "scoredOn");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(bids, "bids");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(strategy, "strategy");
        List<Violation> v = new ArrayList<>();

        Map<CriterionId, AwardCriterion> byId = new LinkedHashMap<>();
        List<AwardCriterion> judged = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            AwardCriterion c = criteria.get(i);
            if (c.method() != EvaluationMethod.VALUE_JUDGMENT || !c.isLeaf()) {
                v.add(Violation.of("criteria[" + i + "]", "LCSP-146.2", PREFIX + "notValueJudgment",
                    "criterion", c.id(), "method", c.method()));
            } else {
                judged.add(c);
            }
            byId.put(c.id(), c);
        }
        Set<BidId> bidSet = new HashSet<>(bids);
        Set<PersonId> memberSet = new HashSet<>(members);

        if (expertCommittee && memberSet.size() < 3) {
            v.add(Violation.of("members", "LCSP-146.2.a", PREFIX + "tooFewExperts",
                "value", memberSet.size(), "min", 3));
        }
        List<ConflictOfInterestDeclaration> given = new ArrayList<>(declarations);
        for (int i = 0; i < members.size(); i++) {
            ConflictOfInterestRules.check(members.get(i), "members[" + i + "]", tender, regime, given, "declarations",
                scoredOn).ifPresent(v::add);
        }

        Map<List<Object>, EvaluatorScore> cells = new HashMap<>();
        int i = 0;
        for (EvaluatorScore s : scores) {
            String path = "scores[" + i + "]";
            i++;
            boolean known = true;
            if (!bidSet.contains(s.bid())) {
                v.add(Violation.of(path + ".bid", "OTP-COMMITTEE-UNKNOWN", PREFIX + "unknownBid", "bid", s.bid()));
                known = false;
            }
            AwardCriterion c = byId.get(s.criterion());
            if (c == null) {
                v.add(Violation.of(path + ".criterion", "OTP-COMMITTEE-UNKNOWN", PREFIX + "unknownCriterion",
                    "criterion", s.criterion()));
                known = false;
            } else if (s.points().isGreaterThan(c.maxPoints())) {
                v.add(Violation.of(path + ".points", "LCSP-146.2", PREFIX + "aboveMax",
                    "value", s.points(), "criterion", c.id(), "max", c.maxPoints()));
            }
            if (!memberSet.contains(s.evaluator())) {
                v.add(Violation.of(path + ".evaluator", "OTP-COMMITTEE-UNKNOWN", PREFIX + "unknownEvaluator",
                    "evaluator", s.evaluator()));
                known = false;
            }
            if (s.justification().isBlank()) {
                v.add(Violation.of(path + ".justification", "LCSP-146", PREFIX + "justificationBlank",
                    "evaluator", s.evaluator(), "bid", s.bid(), "criterion", s.criterion()));
            }
            if (known && cells.putIfAbsent(List.of(s.bid(), s.criterion(), s.evaluator()), s) != null) {
                v.add(Violation.of(path, "OTP-COMMITTEE-DUPLICATE", PREFIX + "duplicate",
                    "evaluator", s.evaluator(), "bid", s.bid(), "criterion", s.criterion()));
            }
        }

        List<PersonId> sortedMembers = new ArrayList<>(memberSet);
        sortedMembers.sort(Comparator.naturalOrder());
        CommitteeResult.Builder result = CommitteeResult.builder().strategy(strategy);
        for (BidId bid : bids) {
            // a criterion refused above is not scored, so its missing scores would only repeat that refusal
            for (AwardCriterion c : judged) {
                List<EvaluatorScore> used = new ArrayList<>();
                for (PersonId p : sortedMembers) {
                    EvaluatorScore s = cells.get(List.of(bid, c.id(), p));
                    if (s == null) {
                        v.add(Violation.of("scores", "OTP-COMMITTEE-MISSING", PREFIX + "missing",
                            "evaluator", p, "bid", bid, "criterion", c.id()));
                    } else {
                        used.add(s);
                    }
                }
                if (used.isEmpty() || used.size() != sortedMembers.size()) {
                    continue;
                }
                BigDecimal points = combine(strategy, used, bid, c, v);
                if (points != null) {
                    BigDecimal max = c.maxPoints().value();
                    result.addScores(AggregatedScore.builder().bid(bid).criterion(c.id())
                        .points(points.compareTo(max) > 0 ? max : points).addAllScores(used).build());
                }
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return result.build();
    }

    private static BigDecimal combine(AggregationStrategy strategy, List<EvaluatorScore> used, BidId bid,
        AwardCriterion c, List<Violation> v) {
        List<BigDecimal> values = new ArrayList<>();
        for (EvaluatorScore s : used) {
            values.add(s.points().value());
        }
        values.sort(Comparator.naturalOrder());
        int n = values.size();
        switch (strategy) {
            case MEAN:
                return mean(values);
            case MEDIAN:
                return n % 2 == 1 ? values.get(n / 2)
                    : values.get(n / 2 - 1).add(values.get(n / 2)).divide(TWO, DecimalPolicy.MATH_CONTEXT);
            case TRIMMED_MEAN:
                if (n < 3) {
                    v.add(Violation.of("scores", "OTP-COMMITTEE-TRIM", PREFIX + "trimTooFew",
                        "bid", bid, "criterion", c.id(), "value", n, "min", 3));
                    return null;
                }
                return mean(values.subList(1, n - 1));
            case CONSENSUS:
                if (values.get(0).compareTo(values.get(n - 1)) != 0) {
                    v.add(Violation.of("scores", "OTP-COMMITTEE-CONSENSUS", PREFIX + "noConsensus",
                        "bid", bid, "criterion", c.id(), "min", values.get(0).toPlainString(),
                        "max", values.get(n - 1).toPlainString()));
                    return null;
                }
                return values.get(0);
            default:
                throw new IllegalStateException("unknown strategy " + strategy);
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : values) {
            sum = sum.add(x);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), DecimalPolicy.MATH_CONTEXT);
    }
}
