package io.otp.persistence.tck.generators;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.funding.FundingCall;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.id.FundingCallId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.OrganisationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid funding calls ({@code io.otp.core.funding}), built through the public builders,
 * each value drawn from a seeded {@link Random} (see {@link ExecutionGenerators#seeded}) because a
 * call's grants depend on its budget and its closing date on its opening date.
 */
public final class FundingGenerators {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    /** CPV digits of IT and telecoms sectors, some in the same division. */
    private static final List<String> CPV_DIGITS = List.of("72000000", "72260000", "72212000", "48000000",
        "48800000", "30200000", "32400000", "79400000");

    private static final List<String> REGIONS = List.of("ES", "ES3", "ES30", "ES300", "ES5", "ES51", "ES511",
        "ES61", "ES7", "PT1");

    private static final List<String> WORDS = List.of("digitalización", "ciberseguridad", "interoperabilidad",
        "nube", "datos", "inteligencia artificial", "administración electrónica");

    private FundingGenerators() {
    }

    /**
     * Valid funding calls; the sets of beneficiaries, CPV codes and regions are sometimes empty.
     *
     * @return the generator, not null
     */
    public static Gen<FundingCall> calls() {
        return ExecutionGenerators.seeded(FundingGenerators::call);
    }

    private static FundingCall call(Random r) {
        long total = 1_000_00L + (long) (r.nextDouble() * 10_000_000_00L);
        long max = 1 + (long) (r.nextDouble() * total);
        long min = r.nextInt(4) == 0 ? 0 : (long) (r.nextDouble() * max);
        LocalDate opening = FROM.plusDays(r.nextInt(1000));
        FundingCall.Builder b = FundingCall.builder()
            .id(FundingCallId.of("BDNS-" + r.nextInt(1_000_000)))
            .programme(pick(r, List.of(FundingProgramme.values())))
            .title("Ayudas para " + pick(r, WORDS))
            .totalBudget(euros(total))
            .maximumGrant(euros(max))
            .minimumGrant(euros(min))
            .coFinancingRate(Percentage.of(BigDecimal.valueOf(1 + r.nextInt(10_000), 2)))
            .openingDate(opening)
            .closingDate(opening.plusDays(1 + r.nextInt(365)));
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (r.nextInt(3) == 0) {
                b.addEligibleBeneficiaries(kind);
            }
        }
        int codes = r.nextInt(3);
        for (int i = 0; i < codes; i++) {
            b.addCpvCodes(cpv(pick(r, CPV_DIGITS)));
        }
        int regions = r.nextInt(3);
        for (int i = 0; i < regions; i++) {
            b.addRegions(NutsCode.of(pick(r, REGIONS)));
        }
        return b.build();
    }

    private static CpvCode cpv(String digits) {
        return CpvCode.of(digits + "-" + CpvCode.checkDigitOf(digits));
    }

    private static Money euros(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
