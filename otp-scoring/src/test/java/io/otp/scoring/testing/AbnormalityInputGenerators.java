package io.otp.scoring.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.PercentageUnits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid inputs for abnormality rules: 1 to 12 offers between 30 % and 130 % of the budget
 * in steps of half a percent (so offers often fall exactly on a limit), each in no group or in one of
 * three business groups, and either reading of units.
 */
public final class AbnormalityInputGenerators {

    private AbnormalityInputGenerators() {
    }

    /**
     * Inputs for {@code rglcap-85}.
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalityInput> inputs() {
        Gen<Integer> budgets = integers().between(1_000, 2_000_000);
        // each code packs a budget share (60..260 half-percent steps) and a group (0 = none, 1..3)
        Gen<List<Integer>> codes = lists().of(integers().between(60 * 4, 260 * 4 + 3)).ofSizeBetween(1, 12);
        return budgets.zip(codes, Generate.enumValues(PercentageUnits.class), AbnormalityInputGenerators::input);
    }

    /**
     * An input and the same offers in another order.
     *
     * @return pairs (original, shuffled); not null
     */
    public static Gen<AbnormalityInput[]> inputsAndPermutations() {
        return inputs().zip(integers().all(), (input, seed) -> {
            List<AbnormalityOffer> shuffled = new ArrayList<>(input.offers());
            Collections.shuffle(shuffled, new Random(seed));
            AbnormalityInput other = AbnormalityInput.builder().baseBudget(input.baseBudget())
                .units(input.units()).addAllOffers(shuffled).build();
            return new AbnormalityInput[] {input, other};
        });
    }

    private static AbnormalityInput input(int budget, List<Integer> codes, PercentageUnits units) {
        AbnormalityInput.Builder builder = AbnormalityInput.builder().baseBudget(Money.euros(budget)).units(units);
        for (int i = 0; i < codes.size(); i++) {
            int share = codes.get(i) / 4;
            int group = codes.get(i) % 4;
            BigDecimal amount = BigDecimal.valueOf(budget).multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.valueOf(200), 2, RoundingMode.HALF_UP);
            AbnormalityOffer.Builder offer = AbnormalityOffer.builder().bidId(BidId.of(String.format("B%02d", i)))
                .bidder(OrganisationId.of("ORG" + i)).economicOffer(Money.euros(amount));
            if (group > 0) {
                offer.businessGroup(BusinessGroupId.of("G" + group));
            }
            builder.addOffers(offer.build());
        }
        return builder.build();
    }
}
