package io.otp.scoring.abnormal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.AbnormalityRule;
import io.otp.scoring.testing.AbnormalityInputGenerators;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The legal comparisons of RGLCAP arts. 85 and 86 and of the pliego rule of LCSP art. 149.2.b are decided
 * exactly: the limits here are computed by the test itself in exact fractions (numerator and denominator
 * in whole cents, {@link BigInteger}), never with the SDK, and the SDK must agree on the whole-cent offers
 * on both sides of each limit, in both readings of "unidades porcentuales", for lots of 1 to 1,000 offers.
 */
class ExactBoundaryPropertiesTest {

    private static final AbnormalityRules RULES = AbnormalityRules.builtIns();
    private static final AbnormalityRule RGLCAP = RULES.require(AbnormalityRules.RGLCAP_85);
    private static final AbnormalityRule PLIEGO = RULES.require(AbnormalityRules.PRICE_BELOW_MEAN);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** An exact fraction n / d, d &gt; 0, of cents. */
    private record Q(BigInteger n, BigInteger d) {

        static Q cents(long cents) {
            return new Q(BigInteger.valueOf(cents), BigInteger.ONE);
        }

        static Q mean(List<Long> cents) {
            BigInteger sum = BigInteger.ZERO;
            for (long c : cents) {
                sum = sum.add(BigInteger.valueOf(c));
            }
            return new Q(sum, BigInteger.valueOf(cents.size()));
        }

        Q times(long num, long den) {
            return new Q(n.multiply(BigInteger.valueOf(num)), d.multiply(BigInteger.valueOf(den)));
        }

        Q plus(Q o) {
            return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q minus(Q o) {
            return plus(new Q(o.n.negate(), o.d));
        }

        int compareTo(Q o) {
            return n.multiply(o.d).compareTo(o.n.multiply(d));
        }

        Q max(Q o) {
            return compareTo(o) >= 0 ? this : o;
        }

        /** The smallest whole cent at or above this amount. */
        long ceilCents() {
            BigInteger[] qr = n.divideAndRemainder(d);
            BigInteger q = qr[0];
            if (qr[1].signum() > 0) {
                q = q.add(BigInteger.ONE);
            }
            return q.longValueExact();
        }
    }

    /** R lowered by X units, X in hundredths of a unit (so 10 units = 1000), in the reading given. */
    private static Q lower(Q reference, long budgetCents, long unitsHundredths, PercentageUnits reading) {
        if (reading == PercentageUnits.RELATIVE) {
            return reference.times(10_000 - unitsHundredths, 10_000);
        }
        return reference.minus(Q.cents(budgetCents).times(unitsHundredths, 10_000));
    }

    private static Q upper(Q reference, long budgetCents, long unitsHundredths, PercentageUnits reading) {
        if (reading == PercentageUnits.RELATIVE) {
            return reference.times(10_000 + unitsHundredths, 10_000);
        }
        return reference.plus(Q.cents(budgetCents).times(unitsHundredths, 10_000));
    }

    /**
     * RGLCAP art. 85 written independently: the limit below which a representative's group is flagged,
     * given the representatives' amounts sorted ascending and the index of the representative judged.
     */
    private static Q rglcapLimit(List<Long> reps, int judged, long budget, PercentageUnits reading) {
        int n = reps.size();
        if (n == 1) {
            return lower(Q.cents(budget), budget, 2_500, reading);
        }
        if (n == 2) {
            return lower(Q.cents(reps.get(1 - judged)), budget, 2_000, reading);
        }
        List<Long> inMean = reps;
        Q first = Q.mean(reps);
        if (n == 3) {
            if (Q.cents(reps.get(2)).compareTo(upper(first, budget, 1_000, reading)) > 0) {
                inMean = reps.subList(0, 2);
            }
        } else {
            List<Long> kept = new ArrayList<>();
            for (long r : reps) {
                if (Q.cents(r).compareTo(upper(first, budget, 1_000, reading)) <= 0) {
                    kept.add(r);
                }
            }
            inMean = kept.size() >= 3 ? kept : reps.subList(0, 3);
        }
        Q limit = lower(Q.mean(inMean), budget, 1_000, reading);
        return n == 3 ? limit.max(lower(Q.cents(budget), budget, 2_500, reading)) : limit;
    }

    /** A lot: the budget and the other representatives' amounts, in cents; the probe's group rep is the lowest. */
    private record Lot(long budget, long representative, List<Long> others, PercentageUnits reading, long units) {

        List<Long> reps() {
            List<Long> reps = new ArrayList<>(others);
            reps.add(representative);
            reps.sort(Comparator.naturalOrder());
            return reps;
        }

        AbnormalityInput withProbe(long probeCents, boolean pliego) {
            AbnormalityInput.Builder b = AbnormalityInput.builder().baseBudget(euros(budget)).units(reading)
                .addOffers(offer("A", representative, "G"), offer("Z", probeCents, "G"));
            for (int i = 0; i < others.size(); i++) {
                b.addOffers(offer(String.format("B%04d", i), others.get(i), null));
            }
            if (pliego) {
                b.pliegoThreshold(PliegoThreshold.builder()
                    .belowMean(Percentage.of(BigDecimal.valueOf(units, 2))).build());
            }
            return b.build();
        }
    }

    private static Money euros(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }

    private static AbnormalityOffer offer(String id, long cents, String group) {
        AbnormalityOffer.Builder b = AbnormalityOffer.builder().bidId(BidId.of(id))
            .bidder(OrganisationId.of("ORG-" + id)).economicOffer(euros(cents));
        if (group != null) {
            b.businessGroup(BusinessGroupId.of(group));
        }
        return b.build();
    }

    /**
     * Lots of 1 to 1,000 representatives: the budget 1,000.00 to 2,000,000.00 euros in whole cents; the
     * probe's group represented by an offer of 1 cent to 20 % of the budget (the lowest of the lot); the
     * others between 50 % and 130 % of the budget; the pliego's X from 0.01 to 60 units.
     */
    private static Lot lot(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long budget = 100_000 + r.nextLong(200_000_000 - 100_000 + 1);
        int size = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(3);
            case 1 -> 2 + r.nextInt(4);
            case 2 -> 5 + r.nextInt(60);
            default -> r.nextInt(1_000);
        };
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            others.add(budget / 2 + r.nextLong(budget * 8 / 10 + 1));
        }
        long representative = 1 + r.nextLong(budget / 5);
        PercentageUnits reading = r.nextBoolean() ? PercentageUnits.RELATIVE : PercentageUnits.DISCOUNT_POINTS;
        return new Lot(budget, representative, others, reading, 1 + r.nextInt(6_000));
    }

    /** The probe: the smallest whole cent at or above the limit is not flagged, the one below it is. */
    private static void checkAround(Lot lot, Q limit, AbnormalityRule rule, boolean pliego) {
        long atOrAbove = limit.ceilCents();
        if (atOrAbove >= lot.representative()) {
            assertThat(flagged(rule, lot.withProbe(atOrAbove, pliego)))
                .as("offer %s at or above the limit %s/%s", atOrAbove, limit.n(), limit.d()).isFalse();
        }
        long below = atOrAbove - 1;
        if (below >= lot.representative() && below > 0) {
            assertThat(flagged(rule, lot.withProbe(below, pliego)))
                .as("offer %s below the limit %s/%s", below, limit.n(), limit.d()).isTrue();
        }
    }

    private static boolean flagged(AbnormalityRule rule, AbnormalityInput input) {
        return rule.evaluate(input).offer(BidId.of("Z")).orElseThrow().flagged();
    }

    @Test
    void rglcap85DecidesTheLimitExactlyForLotsOfOneToAThousandOffers() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Lot lot = lot(seed);
            List<Long> reps = lot.reps();
            Q limit = rglcapLimit(reps, 0, lot.budget(), lot.reading());
            checkAround(lot, limit, RGLCAP, false);
        });
    }

    @Test
    void thePliegoRuleDecidesTheLimitExactlyForLotsOfOneToAThousandOffers() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Lot lot = lot(seed);
            if (lot.others().isEmpty()) {
                return; // no other offer: no mean of the others, nothing to compare
            }
            Q limit = lower(Q.mean(lot.others()), lot.budget(), lot.units(), lot.reading());
            checkAround(lot, limit, PLIEGO, true);
            Lot whole = wholeCentLimit(lot, seed);
            Q exact = lower(Q.mean(whole.others()), whole.budget(), whole.units(), whole.reading());
            assertThat(exact.n().mod(exact.d())).isZero();
            checkAround(whole, exact, PLIEGO, true);
        });
    }

    /**
     * The same lot, relative reading, X a whole number of units, and the first other offer raised so that
     * the limit falls exactly on a whole cent although the mean of the others need not divide exactly:
     * S (10000 - u) must be a multiple of 10000 k, u the units in hundredths and k the number of others.
     */
    private static Lot wholeCentLimit(Lot lot, long seed) {
        long u = 100L * (1 + new SplittableRandom(seed ^ 0x5DEECE66DL).nextInt(60));
        int k = lot.others().size();
        BigInteger factor = BigInteger.valueOf(10_000 - u);
        BigInteger denominator = BigInteger.valueOf(10_000L * k);
        long modulus = denominator.divide(denominator.gcd(factor)).longValueExact();
        long sum = 0;
        for (long c : lot.others()) {
            sum += c;
        }
        List<Long> others = new ArrayList<>(lot.others());
        others.set(0, others.get(0) + (modulus - Math.floorMod(sum, modulus)) % modulus);
        return new Lot(lot.budget(), lot.representative(), others, PercentageUnits.RELATIVE, u);
    }

    /**
     * RGLCAP 85.3 and 85.4: an offer exactly 10 units above the mean stays in it, one cent more leaves it.
     * The highest offer h is built from the others' sum S over n offers so that h is exactly at the limit:
     * relative, h = 1.1 (S + h)/n, so h = 11 S / (10 n - 11); discount points, h = (S + h)/n + B/10, so
     * h = (10 S + n B) / (10 (n - 1)).
     */
    @Test
    void anOfferExactlyTenUnitsAboveTheMeanStaysAndOneCentMoreLeaves() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            long budget = 10 * (10_000 + r.nextLong(20_000_000));
            int n = 3 + (r.nextBoolean() ? r.nextInt(4) : r.nextInt(998));
            PercentageUnits reading = r.nextBoolean() ? PercentageUnits.RELATIVE : PercentageUnits.DISCOUNT_POINTS;
            List<Long> others = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < n - 1; i++) {
                long c = budget * 76 / 100 + r.nextLong(budget / 20 + 1);
                others.add(c);
                sum += c;
            }
            long modulus = reading == PercentageUnits.RELATIVE ? 10L * n - 11 : n - 1L;
            long base = reading == PercentageUnits.RELATIVE ? sum : sum + n * budget / 10;
            long adjust = (modulus - Math.floorMod(base, modulus)) % modulus;
            others.set(0, others.get(0) + adjust);
            sum += adjust;
            long highest = reading == PercentageUnits.RELATIVE ? 11 * sum / (10L * n - 11)
                : (10 * sum + n * budget) / (10L * (n - 1));
            // the test's own check that h is exactly at the limit
            List<Long> all = new ArrayList<>(others);
            all.add(highest);
            assertThat(Q.cents(highest).compareTo(upper(Q.mean(all), budget, 1_000, reading))).isZero();

            AbnormalityAssessment at = RGLCAP.evaluate(lotOf(budget, reading, others, highest));
            AbnormalityAssessment above = RGLCAP.evaluate(lotOf(budget, reading, others, highest + 1));
            BidId lowest = lowestOf(others);
            assertThat(at.offersInReference(lowest)).contains(BidId.of("H"));
            assertThat(at.offer(lowest).orElseThrow().reference()).isEqualTo(ReferenceKind.MEAN);
            assertThat(above.offersInReference(lowest)).doesNotContain(BidId.of("H"));
            assertThat(above.offer(lowest).orElseThrow().reference()).isEqualTo(ReferenceKind.RECOMPUTED_MEAN);
        });
    }

    private static BidId lowestOf(List<Long> others) {
        int best = 0;
        for (int i = 1; i < others.size(); i++) {
            if (others.get(i) < others.get(best)) {
                best = i;
            }
        }
        return BidId.of(String.format("B%04d", best));
    }

    private static AbnormalityInput lotOf(long budget, PercentageUnits reading, List<Long> others, long highest) {
        AbnormalityInput.Builder b = AbnormalityInput.builder().baseBudget(euros(budget)).units(reading)
            .addOffers(offer("H", highest, null));
        for (int i = 0; i < others.size(); i++) {
            b.addOffers(offer(String.format("B%04d", i), others.get(i), null));
        }
        return b.build();
    }

    /** Every verdict of random lots (business groups, offers often exactly on a limit) agrees with the test's own RGLCAP 85. */
    @Test
    void everyVerdictAgreesWithAnIndependentExactRglcap85() {
        qt().withExamples(2_000).forAll(AbnormalityInputGenerators.inputs()).checkAssert(input -> {
            Map<Object, AbnormalityOffer> lowest = new HashMap<>();
            List<AbnormalityOffer> sorted = new ArrayList<>(input.offers());
            sorted.sort(Comparator.comparing((AbnormalityOffer o) -> o.economicOffer().amount())
                .thenComparing(AbnormalityOffer::bidId));
            for (AbnormalityOffer o : sorted) {
                lowest.putIfAbsent(o.businessGroup().<Object>map(g -> g).orElse(o.bidId()), o);
            }
            List<AbnormalityOffer> reps = new ArrayList<>(lowest.values());
            reps.sort(Comparator.comparing((AbnormalityOffer o) -> o.economicOffer().amount())
                .thenComparing(AbnormalityOffer::bidId));
            // one common unit for every amount: 10^-scale euros (the limits are homogeneous in the unit)
            int scale = input.baseBudget().amount().scale();
            for (AbnormalityOffer o : input.offers()) {
                scale = Math.max(scale, o.economicOffer().amount().scale());
            }
            List<Long> cents = new ArrayList<>();
            for (AbnormalityOffer o : reps) {
                cents.add(units(o.economicOffer().amount(), scale));
            }
            long budget = units(input.baseBudget().amount(), scale);
            AbnormalityAssessment result = RGLCAP.evaluate(input);
            for (AbnormalityOffer o : input.offers()) {
                AbnormalityOffer rep = lowest.get(o.businessGroup().<Object>map(g -> g).orElse(o.bidId()));
                Q limit = rglcapLimit(cents, reps.indexOf(rep), budget, input.units());
                boolean expected = Q.cents(units(o.economicOffer().amount(), scale)).compareTo(limit) < 0;
                Optional<OfferAssessment> actual = result.offer(o.bidId());
                assertThat(actual.orElseThrow().flagged()).as("bid %s of %s", o.bidId(), input).isEqualTo(expected);
            }
        });
    }

    private static long units(BigDecimal amount, int scale) {
        return amount.setScale(scale).unscaledValue().longValueExact();
    }
}
