package io.otp.core.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.funding.FundingApplication;
import io.otp.core.funding.FundingApplicationEvent;
import io.otp.core.funding.FundingCall;
import io.otp.core.funding.FundingPlan;
import io.otp.core.funding.FundingProfile;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.funding.FundingShare;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.FundingApplicationId;
import io.otp.core.id.FundingCallId;
import io.otp.core.id.PersonId;
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
 * Generators of valid funding calls, plans, shares, profiles and applications ({@code io.otp.core.funding}), built
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

    /**
     * Valid applications in every status, reached through the step methods against a generated call.
     *
     * @return the generator, not null
     */
    public static Gen<FundingApplication> applications() {
        return ExecutionGenerators.seeded(r -> application(r, call(r)));
    }

    /**
     * Valid applications holding a grant: granted, justified or partly reimbursed.
     *
     * @return the generator, not null
     */
    public static Gen<FundingApplication> grantedApplications() {
        return ExecutionGenerators.seeded(r -> application(r, call(r), 6 + r.nextInt(4)));
    }

    /**
     * Valid applications holding no grant: draft, submitted, under review, rejected or withdrawn.
     *
     * @return the generator, not null
     */
    public static Gen<FundingApplication> ungrantedApplications() {
        return ExecutionGenerators.seeded(r -> application(r, call(r), r.nextInt(6)));
    }

    /**
     * Steps of applications, as the step methods record them.
     *
     * @return the generator, not null
     */
    public static Gen<FundingApplicationEvent> applicationEvents() {
        return ExecutionGenerators.seeded(r -> {
            FundingApplication a = application(r, call(r), 1 + r.nextInt(9));
            return a.history().get(a.history().size() - 1);
        });
    }

    /**
     * A draft application to a call, requesting an amount within the call's minimum and maximum
     * grant (at least one cent), created up to 60 days before the call opens.
     *
     * @param r the source of randomness; not null
     * @param call the call; not null
     * @return the draft, not null
     */
    public static FundingApplication draft(Random r, FundingCall call) {
        long min = Math.max(1, call.minimumGrant().amount().movePointRight(2).longValueExact());
        long max = call.maximumGrant().amount().movePointRight(2).longValueExact();
        long requested = min + (long) (r.nextDouble() * (max - min + 1));
        return FundingApplication.builder().id(FundingApplicationId.of("SOL-" + r.nextInt(1_000_000)))
            .call(call.id()).project(ProjectId.of("P-" + r.nextInt(10_000)))
            .applicant(DepartmentId.of("D-" + r.nextInt(100))).requestedAmount(euros(Math.min(requested, max)))
            .createdOn(call.openingDate().minusDays(r.nextInt(60))).build();
    }

    /**
     * An application to a call taken to {@code UNDER_REVIEW}: submitted on a day the call is open.
     *
     * @param r the source of randomness; not null
     * @param call the call; not null
     * @return the application, not null
     */
    public static FundingApplication underReview(Random r, FundingCall call) {
        LocalDate filed = openDay(r, call);
        return draft(r, call).submit(call, filed, person(r)).startReview(filed.plusDays(r.nextInt(30)), person(r));
    }

    /**
     * An application to a call in a random status, each step taken through its method.
     *
     * @param r the source of randomness; not null
     * @param call the call; not null
     * @return the application, not null
     */
    public static FundingApplication application(Random r, FundingCall call) {
        return application(r, call, r.nextInt(10));
    }

    private static FundingApplication application(Random r, FundingCall call, int path) {
        FundingApplication a = draft(r, call);
        if (path == 0) {
            return a;
        }
        if (path == 1) {
            return a.withdraw("sin crédito propio", a.createdOn().plusDays(r.nextInt(10)), person(r));
        }
        LocalDate day = openDay(r, call);
        a = a.submit(call, day, person(r));
        if (path == 2) {
            return a;
        }
        day = day.plusDays(r.nextInt(20));
        a = a.startReview(day, person(r));
        day = day.plusDays(r.nextInt(60));
        if (path == 3) {
            return a;
        }
        if (path == 4) {
            return a.reject("puntuación insuficiente", day, person(r));
        }
        if (path == 5) {
            return a.withdraw("el proyecto se financia con fondos propios", day, person(r));
        }
        long requested = a.requestedAmount().amount().movePointRight(2).longValueExact();
        long granted = 1 + (long) (r.nextDouble() * requested);
        a = a.grant(euros(Math.min(granted, requested)), call, day, person(r));
        day = day.plusDays(r.nextInt(400));
        if (path == 6 || path == 7) {
            return a;
        }
        if (path == 8) {
            return a.justify(day, person(r));
        }
        long returned = 1 + (long) (r.nextDouble() * a.grantedAmount().orElseThrow().amount().movePointRight(2)
            .longValueExact());
        return a.reimburse(euros(returned), day, person(r));
    }

    private static LocalDate openDay(Random r, FundingCall call) {
        int days = (int) (call.closingDate().toEpochDay() - call.openingDate().toEpochDay());
        return call.openingDate().plusDays(r.nextInt(days + 1));
    }

    private static PersonId person(Random r) {
        return PersonId.of("P-" + r.nextInt(50));
    }

    /**
     * A valid call.
     *
     * @param r the source of randomness; not null
     * @return the call, not null
     */
    public static FundingCall call(Random r) {
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
