package io.otp.scoring.priority;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedAssessment;
import io.otp.scoring.mcda.AlternativeScore;
import io.otp.scoring.mcda.Criterion;
import io.otp.scoring.mcda.DecisionMatrix;
import io.otp.scoring.mcda.Inversion;
import io.otp.scoring.mcda.Normalisation;
import io.otp.scoring.mcda.WeightedSum;
import io.otp.scoring.mcda.WeightedSumResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks assessed needs by the weighted sum of their assessment's criteria
 * ({@link io.otp.scoring.mcda.WeightedSum}): each criterion's values are oriented (the cost, lower is
 * better, is inverted by the chosen {@link Inversion}), then normalised over the needs ranked
 * together (the chosen {@link Normalisation}), then weighted.
 *
 * <p>{@link #of(PriorityWeights)} uses min-max normalisation and reflection of the cost
 * ({@code max + min - x}), so on every criterion the best need of the set gets 1 and the worst 0: a
 * ranking is relative to the needs compared. The ranking does not depend on the order the needs are
 * given in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NeedPrioritisation {

    private final PriorityWeights weights;
    private final WeightedSum engine;

    private NeedPrioritisation(PriorityWeights weights, WeightedSum engine) {
        this.weights = weights;
        this.engine = engine;
    }

    /**
     * A prioritisation with min-max normalisation and reflected cost.
     *
     * @param weights the weights of the criteria; not null
     * @return the prioritisation, not null
     * @throws NullPointerException if {@code weights} is null
     */
    public static NeedPrioritisation of(PriorityWeights weights) {
        return of(weights, Normalisation.MIN_MAX, Inversion.REFLECT);
    }

    /**
     * A prioritisation with the given normalisation and inversion of the cost.
     *
     * @param weights the weights of the criteria; not null
     * @param normalisation how values are brought to a common scale; not null
     * @param inversion how the cost is turned into a benefit; not null
     * @return the prioritisation, not null
     * @throws NullPointerException if an argument is null
     */
    public static NeedPrioritisation of(PriorityWeights weights, Normalisation normalisation, Inversion inversion) {
        return new NeedPrioritisation(Objects.requireNonNull(weights, "weights"),
            WeightedSum.of(normalisation, inversion));
    }

    /**
     * The weights used.
     *
     * @return the weights, not null
     */
    public PriorityWeights weights() {
        return weights;
    }

    /**
     * Ranks the needs.
     *
     * @param needs the needs to rank; not null, not empty, no null element, each assessed
     *     ({@link Need#assessment()}), no id twice, estimated costs all in one currency
     * @return the prioritised list, not null
     * @throws ValidationException listing every problem of the input: an empty set
     *     ({@code OTP-PRIORITY-NEEDS}), a need without assessment ({@code OTP-PRIORITY-ASSESSMENT}), a
     *     need given twice ({@code OTP-PRIORITY-DUPLICATE}), costs in different currencies
     *     ({@code OTP-PRIORITY-CURRENCY}), or what the weighted-sum engine rejects
     * @throws NullPointerException if {@code needs} or one of its elements is null
     */
    public PrioritisedNeeds prioritise(Collection<Need> needs) {
        Objects.requireNonNull(needs, "needs");
        List<Need> list = new ArrayList<>(needs);
        List<Violation> violations = new ArrayList<>();
        if (list.isEmpty()) {
            violations.add(Violation.of("needs", "OTP-PRIORITY-NEEDS", "io.otp.scoring.priority.needs.empty"));
        }
        Map<NeedId, Integer> first = new HashMap<>();
        Map<NeedId, Need> byId = new HashMap<>();
        Currency currency = null;
        int currencyIndex = -1;
        for (int i = 0; i < list.size(); i++) {
            Need need = Objects.requireNonNull(list.get(i), "needs[" + i + "]");
            Integer earlier = first.putIfAbsent(need.id(), i);
            if (earlier != null) {
                violations.add(Violation.of("needs[" + i + "]", "OTP-PRIORITY-DUPLICATE",
                    "io.otp.scoring.priority.need.duplicate", "need", need.id(), "first", earlier));
            }
            byId.putIfAbsent(need.id(), need);
            if (need.assessment().isEmpty()) {
                violations.add(Violation.of("needs[" + i + "].assessment", "OTP-PRIORITY-ASSESSMENT",
                    "io.otp.scoring.priority.need.unassessed", "need", need.id(), "status", need.status()));
                continue;
            }
            Currency c = need.assessment().get().estimatedCost().currency();
            if (currency == null) {
                currency = c;
                currencyIndex = i;
            } else if (!currency.equals(c)) {
                violations.add(Violation.of("needs[" + i + "].assessment.estimatedCost", "OTP-PRIORITY-CURRENCY",
                    "io.otp.scoring.priority.cost.currency", "need", need.id(), "value", c,
                    "expected", currency, "first", currencyIndex));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        DecisionMatrix.Builder<NeedId, PriorityCriterion> matrix = DecisionMatrix.builder();
        weights.weights().forEach((c, w) -> matrix.criterion(Criterion.of(c, w, c.orientation())));
        for (Need need : byId.values()) {
            NeedAssessment a = need.assessment().get();
            for (PriorityCriterion c : weights.criteria()) {
                matrix.value(need.id(), c, c.valueOf(a));
            }
        }
        WeightedSumResult<NeedId, PriorityCriterion> result = engine.evaluate(matrix.build());
        List<PrioritisedNeed> ranking = new ArrayList<>();
        Map<NeedId, PrioritisedNeed> places = new LinkedHashMap<>();
        for (AlternativeScore<NeedId, PriorityCriterion> s : result.ranking()) {
            PrioritisedNeed place = new PrioritisedNeed(byId.get(s.alternative()), s.rank(), s.total(),
                s.contributions());
            ranking.add(place);
            places.put(s.alternative(), place);
        }
        return new PrioritisedNeeds(weights, List.copyOf(ranking), Collections.unmodifiableMap(places));
    }

    @Override
    public String toString() {
        return "NeedPrioritisation[" + weights + "]";
    }
}
