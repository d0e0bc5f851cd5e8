package io.otp.scoring.abnormal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.BidId;
import io.otp.core.money.Percentage;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.spi.AbnormalityRule;
import io.otp.scoring.testing.AbnormalityInputGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of the built-in {@code rglcap-85} rule over random inputs. */
class Rglcap85PropertiesTest {

    private final AbnormalityRule rule = AbnormalityRules.standard().require(AbnormalityRules.RGLCAP_85);

    @Test
    void agreesWithAStraightLineReadingOfRglcapArticles85And86() {
        qt().forAll(AbnormalityInputGenerators.inputs()).checkAssert(input -> {
            AbnormalityAssessment result = rule.evaluate(input);
            Map<BidId, Boolean> expected = SimpleArt85.flags(input);
            for (OfferAssessment offer : result.offers()) {
                assertThat(offer.flagged()).as("%s in %s", offer.bidId(), input).isEqualTo(expected.get(offer.bidId()));
            }
            assertThat(result.offers()).hasSameSizeAs(input.offers());
        });
    }

    @Test
    void flaggedExactlyWhenStrictlyBelowTheExplainedLimit() {
        // The limit shown is exact when its division terminates, otherwise rounded once to 16 digits: an
        // offer within one unit of its last digit is decided on the exact limit (ExactBoundaryPropertiesTest).
        qt().forAll(AbnormalityInputGenerators.inputs()).checkAssert(input -> {
            for (OfferAssessment offer : rule.evaluate(input).offers()) {
                BigDecimal limit = offer.limit().orElseThrow();
                BigDecimal amount = offer.economicOffer().amount();
                if (amount.subtract(limit).abs().compareTo(limit.ulp()) > 0) {
                    assertThat(offer.flagged()).isEqualTo(amount.compareTo(limit) < 0);
                }
            }
        });
    }

    @Test
    void permutingTheOffersChangesNothing() {
        qt().forAll(AbnormalityInputGenerators.inputsAndPermutations()).checkAssert(pair ->
            assertThat(rule.evaluate(pair[1])).isEqualTo(rule.evaluate(pair[0])));
    }

    @Test
    void permutingTheOffersChangesNothingInThePliegoRuleEither() {
        AbnormalityRule pliegoRule = AbnormalityRules.standard().require(AbnormalityRules.PRICE_BELOW_MEAN);
        PliegoThreshold pliego = PliegoThreshold.builder().belowMean(Percentage.of(15)).build();
        qt().forAll(AbnormalityInputGenerators.inputsAndPermutations()).checkAssert(pair ->
            assertThat(pliegoRule.evaluate(withPliego(pair[1], pliego)))
                .isEqualTo(pliegoRule.evaluate(withPliego(pair[0], pliego))));
    }

    private static AbnormalityInput withPliego(AbnormalityInput input, PliegoThreshold pliego) {
        return AbnormalityInput.builder().baseBudget(input.baseBudget()).units(input.units())
            .addAllOffers(input.offers()).pliegoThreshold(pliego).build();
    }

    /**
     * A deliberately simple second implementation, written line by line from DOMAIN.md section 3 and
     * sharing no code with the SDK: percentages compared after multiplying out, discounts in points
     * compared as (B - P) x 100 against (B - R) x 100 + X x B, a mean kept as its sum and count (R = S / n)
     * and both sides multiplied by n, so nothing is rounded.
     */
    static final class SimpleArt85 {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        static Map<BidId, Boolean> flags(AbnormalityInput input) {
            BigDecimal budget = input.baseBudget().amount();
            boolean relative = input.units() == PercentageUnits.RELATIVE;

            // Art. 86: only the lowest offer of each group counts (equal amounts: either gives the same numbers).
            Map<String, AbnormalityOffer> counted = new HashMap<>();
            for (AbnormalityOffer offer : input.offers()) {
                String key = key(offer);
                AbnormalityOffer current = counted.get(key);
                if (current == null || offer.economicOffer().amount().compareTo(current.economicOffer().amount()) < 0) {
                    counted.put(key, offer);
                }
            }
            List<AbnormalityOffer> sorted = new ArrayList<>(counted.values());
            sorted.sort(Comparator.comparing(o -> o.economicOffer().amount()));
            int n = sorted.size();

            BigDecimal[] mean = null;
            if (n == 3) {
                mean = mean(sorted);
                BigDecimal highest = sorted.get(2).economicOffer().amount();
                if (above(highest, mean, 10, budget, relative)) {
                    mean = mean(sorted.subList(0, 2));
                }
            } else if (n >= 4) {
                BigDecimal[] first = mean(sorted);
                List<AbnormalityOffer> remaining = new ArrayList<>();
                for (AbnormalityOffer offer : sorted) {
                    if (!above(offer.economicOffer().amount(), first, 10, budget, relative)) {
                        remaining.add(offer);
                    }
                }
                if (remaining.size() < 3) {
                    remaining = sorted.subList(0, 3);
                }
                mean = mean(remaining);
            }

            Map<BidId, Boolean> flags = new HashMap<>();
            for (AbnormalityOffer offer : input.offers()) {
                BigDecimal p = offer.economicOffer().amount();
                boolean abnormal;
                if (n == 1) {
                    abnormal = below(p, one(budget), 25, budget, relative);
                } else if (n == 2) {
                    AbnormalityOffer other = key(sorted.get(0)).equals(key(offer)) ? sorted.get(1) : sorted.get(0);
                    abnormal = below(p, one(other.economicOffer().amount()), 20, budget, relative);
                } else if (n == 3) {
                    abnormal = below(p, mean, 10, budget, relative) || below(p, one(budget), 25, budget, relative);
                } else {
                    abnormal = below(p, mean, 10, budget, relative);
                }
                flags.put(offer.bidId(), abnormal);
            }
            return flags;
        }

        private static String key(AbnormalityOffer offer) {
            return offer.businessGroup().map(g -> "group " + g).orElse("bid " + offer.bidId());
        }

        /** The mean as {sum, count}. */
        private static BigDecimal[] mean(List<AbnormalityOffer> offers) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AbnormalityOffer offer : offers) {
                sum = sum.add(offer.economicOffer().amount());
            }
            return new BigDecimal[] {sum, BigDecimal.valueOf(offers.size())};
        }

        private static BigDecimal[] one(BigDecimal amount) {
            return new BigDecimal[] {amount, BigDecimal.ONE};
        }

        /** P more than x units below R = S / n; every term multiplied by n. */
        private static boolean below(BigDecimal p, BigDecimal[] r, int x, BigDecimal b, boolean relative) {
            BigDecimal units = BigDecimal.valueOf(x);
            BigDecimal n = r[1];
            if (relative) {
                return p.multiply(n).multiply(HUNDRED).compareTo(r[0].multiply(HUNDRED.subtract(units))) < 0;
            }
            BigDecimal offerDiscount = b.subtract(p).multiply(HUNDRED).multiply(n);
            BigDecimal referenceDiscount = b.multiply(n).subtract(r[0]).multiply(HUNDRED);
            return offerDiscount.compareTo(referenceDiscount.add(units.multiply(b).multiply(n))) > 0;
        }

        /** P more than x units above R = S / n; every term multiplied by n. */
        private static boolean above(BigDecimal p, BigDecimal[] r, int x, BigDecimal b, boolean relative) {
            BigDecimal units = BigDecimal.valueOf(x);
            BigDecimal n = r[1];
            if (relative) {
                return p.multiply(n).multiply(HUNDRED).compareTo(r[0].multiply(HUNDRED.add(units))) > 0;
            }
            BigDecimal offerDiscount = b.subtract(p).multiply(HUNDRED).multiply(n);
            BigDecimal referenceDiscount = b.multiply(n).subtract(r[0]).multiply(HUNDRED);
            return offerDiscount.compareTo(referenceDiscount.subtract(units.multiply(b).multiply(n))) < 0;
        }
    }
}
