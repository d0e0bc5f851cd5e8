package io.otp.core.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.funding.FundingCall;
import io.otp.core.funding.FundingPlan;
import io.otp.core.funding.FundingProfile;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.funding.FundingShare;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.OrganisationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Generators of valid funding calls, plans, shares and profiles ({@code io.otp.core.funding}), built
 * through the public builders, each value drawn from a seeded {@link Random} (see
 * {@link ExecutionGenerators#seeded}).
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

    /**
     * Valid funding plans of one to four shares adding up to the budget.
     *
     * @return the generator, not null
     */
    public static Gen<FundingPlan> plans() {
        return ExecutionGenerators.seeded(FundingGenerators::plan);
    }

    /**
     * Funding shares, with and without a call.
     *
     * @return the generator, not null
     */
    public static Gen<FundingShare> shares() {
        return ExecutionGenerators.seeded(r -> share(r, 1 + r.nextInt(100_000_000)));
    }

    /**
     * Profiles drawn from the same codes, regions and dates as {@link #calls()}, so that some match.
     *
     * @return the generator, not null
     */
    public static Gen<FundingProfile> profiles() {
        return ExecutionGenerators.seeded(FundingGenerators::profile);
    }

    /**
     * Lists of zero to eight calls.
     *
     * @return the generator, not null
     */
    public static Gen<List<FundingCall>> callLists() {
        return ExecutionGenerators.seeded(r -> {
            List<FundingCall> out = new ArrayList<>();
            int n = r.nextInt(9);
            for (int i = 0; i < n; i++) {
                out.add(call(r));
            }
            return out;
        });
    }

    static FundingCall call(Random r) {
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

    static FundingProfile profile(Random r) {
        FundingProfile.Builder b = FundingProfile.builder()
            .beneficiaryKind(pick(r, List.of(OrganisationKind.values())))
            .region(NutsCode.of(pick(r, REGIONS)))
            .requestedAmount(euros((long) (r.nextDouble() * 2_000_000_00L)))
            .date(FROM.plusDays(r.nextInt(1400)));
        int codes = r.nextInt(3);
        for (int i = 0; i < codes; i++) {
            b.addCpvCodes(cpv(pick(r, CPV_DIGITS)));
        }
        return b.build();
    }

    static FundingPlan plan(Random r) {
        int parts = 1 + r.nextInt(4);
        long budget = parts + (long) (r.nextDouble() * 10_000_000_00L);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + (long) (r.nextDouble() * (budget - 1)));
        }
        cuts.add(budget);
        FundingPlan.Builder b = FundingPlan.builder().project(ProjectId.of("P-" + r.nextInt(10_000)))
            .budget(euros(budget));
        long previous = 0;
        for (long cut : cuts) {
            b.addShares(share(r, cut - previous));
            previous = cut;
        }
        return b.build();
    }

    static FundingShare share(Random r, long cents) {
        FundingShare.Builder b = FundingShare.builder().programme(pick(r, List.of(FundingProgramme.values())))
            .amount(euros(cents));
        if (r.nextBoolean()) {
            b.call(FundingCallId.of("BDNS-" + r.nextInt(1_000_000)));
        }
        return b.build();
    }

    /**
     * A CPV code from its eight digits, with the check digit computed.
     *
     * @param digits eight digits; not null
     * @return the code, not null
     */
    public static CpvCode cpv(String digits) {
        return CpvCode.of(digits + "-" + CpvCode.checkDigitOf(digits));
    }

    private static Money euros(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
