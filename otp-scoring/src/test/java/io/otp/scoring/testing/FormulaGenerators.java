package io.otp.scoring.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.scoring.formula.Formulas;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid inputs for each built-in formula: price cases (a budget and 1 to 8 offers at or
 * below it, in cents) with parameters in range, quantity cases for {@code linear-bounds} and yes/no
 * cases; plus arbitrary, mostly invalid, inputs for the bad-input properties; and the scores the
 * built-in formulas compute from valid inputs.
 */
public final class FormulaGenerators {

    /** The ids of the built-in formulas on prices. */
    public static final List<String> PRICE_FORMULAS = List.of("inverse-proportional", "linear-discount",
        "proportional-corrected", "kinked", "power", "satiety", "relative-to-lowest");

    /** The ids of every built-in formula. */
    public static final List<String> ALL_FORMULAS = List.of("inverse-proportional", "linear-discount",
        "proportional-corrected", "kinked", "power", "satiety", "relative-to-lowest", "linear-bounds", "yes-no");

    private FormulaGenerators() {
    }

    /**
     * The bid ids {@code B1} to {@code Bn}.
     *
     * @param count how many
     * @return the ids in order
     */
    public static List<BidId> bids(int count) {
        List<BidId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(BidId.of("B" + i));
        }
        return ids;
    }

    /**
     * Maximum points: whole from 1 to 100, or with two decimals.
     *
     * @return a generator
     */
    public static Gen<Points> maxPoints() {
        return Generate.oneOf(integers().between(1, 100).map(i -> Points.of(i)),
            integers().between(1, 10_000).map(i -> Points.of(BigDecimal.valueOf(i, 2))));
    }

    /**
     * A score computed by one of the built-in formulas (each equally likely) from {@link #validInputs},
     * for one of the bids picked at random.
     *
     * @return a generator
     */
    @SuppressWarnings("unchecked")
    public static Gen<FormulaScore> scores() {
        Formulas formulas = Formulas.builtIns();
        Gen<FormulaScore>[] byFormula = ALL_FORMULAS.stream().map(f -> validInputs(f).zip(integers().all(),
            (input, i) -> {
                List<FormulaScore> all = new ArrayList<>(formulas.require(f).score(input).values());
                return all.get(Math.floorMod(i, all.size()));
            })).toArray(Gen[]::new);
        return Generate.oneOf(byFormula[0], java.util.Arrays.copyOfRange(byFormula, 1, byFormula.length));
    }

    /**
     * Valid inputs for a formula: prices for price formulas, quantities for {@code linear-bounds},
     * 0 or 1 for {@code yes-no}; with parameters in range.
     *
     * @param formula the formula id
     * @return a generator
     */
    public static Gen<FormulaInput> validInputs(String formula) {
        switch (formula) {
            case "linear-bounds":
                return quantityInputs();
            case "yes-no":
                return maxPoints().zip(lists().of(integers().between(0, 1)).ofSizeBetween(1, 8),
                    (m, vs) -> input(m, Direction.HIGHER_IS_BETTER, Map.of(), null, decimals(vs, 0)));
            default:
                return priceInputs(formula);
        }
    }

    private static Gen<FormulaInput> priceInputs(String formula) {
        Gen<Long> budgets = longs().between(100_000L, 1_000_000_000L);
        Gen<List<Integer>> shares = lists().of(Generate.oneOf(integers().between(3_000, 10_000),
            integers().between(9_500, 10_000), Generate.constant(10_000))).ofSizeBetween(1, 8);
        return maxPoints().zip(budgets, shares, parameters(formula), (m, budget, ss, params) -> {
            List<BigDecimal> offers = new ArrayList<>();
            for (int s : ss) {
                offers.add(BigDecimal.valueOf(budget * s / 10_000, 2));
            }
            Map<String, BigDecimal> p = new LinkedHashMap<>(params);
            if ("kinked".equals(formula)) {
                BigDecimal kneePoints = p.get("kneePoints");
                p.put("kneePoints", kneePoints.min(m.value()));
            }
            return input(m, Direction.LOWER_IS_BETTER, p, BigDecimal.valueOf(budget, 2), offers);
        });
    }

    private static Gen<FormulaInput> quantityInputs() {
        Gen<int[]> bounds = integers().between(-50, 100).zip(integers().between(-50, 100), (a, b) -> new int[] {a, b})
            .assuming(ab -> ab[0] != ab[1]);
        return maxPoints().zip(bounds, lists().of(integers().between(-80, 130)).ofSizeBetween(1, 8),
            (m, wb, vs) -> input(m, wb[1] > wb[0] ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                Map.of("worst", BigDecimal.valueOf(wb[0]), "best", BigDecimal.valueOf(wb[1])), null,
                decimals(vs, 0)));
    }

    /**
     * Parameters in range for a formula.
     *
     * @param formula the formula id
     * @return a generator of parameter maps
     */
    public static Gen<Map<String, BigDecimal>> parameters(String formula) {
        Gen<BigDecimal> percent = integers().between(1, 9_999).map(i -> BigDecimal.valueOf(i, 2));
        switch (formula) {
            case "proportional-corrected":
                return percent.map(p -> Map.of("significantDiscount", p));
            case "satiety":
                return percent.map(p -> Map.of("satietyDiscount", p));
            case "kinked":
                return percent.zip(integers().between(0, 10_000),
                    (k, kp) -> Map.of("kneeDiscount", k, "kneePoints", BigDecimal.valueOf(kp, 2)));
            case "power":
                return Generate.oneOf(Generate.pick(List.of(new BigDecimal("0.5"), BigDecimal.ONE,
                        BigDecimal.valueOf(2), new BigDecimal("0.25"), new BigDecimal("1.5"))),
                    integers().between(1, 1_000).map(i -> BigDecimal.valueOf(i, 2)))
                    .map(n -> Map.of("exponent", n));
            default:
                return Generate.constant(Map.of());
        }
    }

    /**
     * Arbitrary inputs, mostly invalid: values that may be zero, negative or above the budget, a budget
     * that may be absent, parameters with unknown names or values out of range, either direction.
     *
     * @param formula the formula id, whose parameter names are mixed with unknown ones
     * @return a generator of builders not yet built (building may itself fail)
     */
    public static Gen<FormulaInput.Builder> arbitraryInputs(String formula) {
        Gen<BigDecimal> any = Generate.oneOf(integers().between(-1_000, 3_000).map(i -> BigDecimal.valueOf(i, 1)),
            Generate.pick(List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-0.01"),
                new BigDecimal("1E+9"), new BigDecimal("0.0000001"))));
        Gen<List<String>> names = lists().of(Generate.pick(List.of("significantDiscount", "satietyDiscount",
            "kneeDiscount", "kneePoints", "exponent", "worst", "best", "bogus"))).ofSizeBetween(0, 4);
        Gen<Map<String, BigDecimal>> params = names.zip(lists().of(any).ofSize(4), (ns, vs) -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (int i = 0; i < ns.size(); i++) {
                m.put(ns.get(i), vs.get(i));
            }
            return m;
        });
        Gen<List<BigDecimal>> values = lists().of(any).ofSizeBetween(0, 6);
        Gen<Direction> directions = Generate.enumValues(Direction.class);
        Gen<Optional<BigDecimal>> budgets = Generate.oneOf(Generate.constant(Optional.<BigDecimal>empty()),
            any.map(Optional::of));
        return maxPoints().zip(directions, params, budgets, (m, d, p, b) -> new Object[] {m, d, p, b})
            .zip(values, (o, vs) -> {
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal> p = (Map<String, BigDecimal>) o[2];
                FormulaInput.Builder builder = FormulaInput.builder().maxPoints((Points) o[0])
                    .direction((Direction) o[1]).putAllParameters(p);
                @SuppressWarnings("unchecked")
                Optional<BigDecimal> budget = (Optional<BigDecimal>) o[3];
                budget.ifPresent(builder::budget);
                List<BidId> ids = bids(vs.size());
                for (int i = 0; i < vs.size(); i++) {
                    builder.putValues(ids.get(i), vs.get(i));
                }
                return builder;
            });
    }

    /**
     * Builds an input with values for bids {@code B1} to {@code Bn} in order.
     *
     * @param max the maximum points
     * @param direction the direction
     * @param parameters the parameters
     * @param budget the budget, or null for none
     * @param values the values
     * @return the input
     */
    public static FormulaInput input(Points max, Direction direction, Map<String, BigDecimal> parameters,
            BigDecimal budget, List<BigDecimal> values) {
        FormulaInput.Builder b = FormulaInput.builder().maxPoints(max).direction(direction)
            .putAllParameters(parameters);
        if (budget != null) {
            b.budget(budget);
        }
        List<BidId> ids = bids(values.size());
        for (int i = 0; i < values.size(); i++) {
            b.putValues(ids.get(i), values.get(i));
        }
        return b.build();
    }

    private static List<BigDecimal> decimals(List<Integer> values, int scale) {
        List<BigDecimal> out = new ArrayList<>();
        values.forEach(v -> out.add(BigDecimal.valueOf(v, scale)));
        return out;
    }
}
