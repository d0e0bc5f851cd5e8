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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Generators of valid funding calls, plans, shares, profiles and applications ({@code io.otp.core.funding}), built
 * through the public builders and, for applications, the step methods; each value is drawn from a seeded
 * {@link Random} (see {@link ExecutionGenerators#seeded}) because a call's grants depend on its budget and its
 * closing date on its opening date, and an application's steps on its call. Applications draw their project
 * from {@link #PROJECTS} and their applicant from {@link #DEPARTMENTS}, pools of four, so that generated
 * applications share them.
 */
public final class FundingGenerators {

    /** The projects generated applications are for, few so that applications share them. */
    public static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P-1"), ProjectId.of("P-2"),
        ProjectId.of("P-3"), ProjectId.of("P-4"));

    /** The departments applying in generated applications, few so that applications share them. */
    public static final List<DepartmentId> DEPARTMENTS = List.of(DepartmentId.of("D-1"), DepartmentId.of("D-2"),
        DepartmentId.of("D-3"), DepartmentId.of("D-4"));

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
     * The successive states of one application: its draft, then the application after each step up to a
     * random last status; all share the id, and each has one more event in its history than the one before.
     *
     * @return the generator of unmodifiable lists of one to five applications, not null
     */
    public static Gen<List<FundingApplication>> applicationSteps() {
        return ExecutionGenerators.seeded(r -> steps(r, call(r), r.nextInt(10)));
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
     * grant (at least one cent), created up to 60 days before the call opens (so that it can be
     * submitted on any day the call is open), for one of {@link #PROJECTS} by one of {@link #DEPARTMENTS}.
     *
     * @param r the source of randomness; not null
     * @param call the call; not null
     * @return the draft, not null
     */
    public static FundingApplication draft(Random r, FundingCall call) {
        long min = Math.max(1, cents(call.minimumGrant()));
        long max = cents(call.maximumGrant());
        long requested = min + (long) (r.nextDouble() * (max - min + 1));
        return FundingApplication.builder().id(FundingApplicationId.of("SOL-" + r.nextInt(1_000_000)))
            .call(call.id()).project(pick(r, PROJECTS))
            .applicant(pick(r, DEPARTMENTS)).requestedAmount(euros(Math.min(requested, max)))
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
        List<FundingApplication> steps = steps(r, call, path);
        return steps.get(steps.size() - 1);
    }

    /*
     * The paths: 0 draft; 1 withdrawn draft; 2 submitted; 3 under review; 4 rejected; 5 withdrawn after
     * review; 6 and 7 granted; 8 justified; 9 partly reimbursed.
     */
    private static List<FundingApplication> steps(Random r, FundingCall call, int path) {
        List<FundingApplication> out = new ArrayList<>();
        FundingApplication a = draft(r, call);
        out.add(a);
        if (path == 1) {
            out.add(a.withdraw("sin crédito propio", a.createdOn().plusDays(r.nextInt(10)), person(r)));
        }
        if (path < 2) {
            return Collections.unmodifiableList(out);
        }
        LocalDate day = openDay(r, call);
        a = a.submit(call, day, person(r));
        out.add(a);
        if (path == 2) {
            return Collections.unmodifiableList(out);
        }
        day = day.plusDays(r.nextInt(20));
        a = a.startReview(day, person(r));
        out.add(a);
        day = day.plusDays(r.nextInt(60));
        if (path == 4) {
            out.add(a.reject("puntuación insuficiente", day, person(r)));
        } else if (path == 5) {
            out.add(a.withdraw("el proyecto se financia con fondos propios", day, person(r)));
        } else if (path >= 6) {
            long requested = cents(a.requestedAmount());
            a = a.grant(euros(Math.min(1 + (long) (r.nextDouble() * requested), requested)), call, day, person(r));
            out.add(a);
            day = day.plusDays(r.nextInt(400));
            if (path == 8) {
                out.add(a.justify(day, person(r)));
            } else if (path == 9) {
                long returned = 1 + (long) (r.nextDouble() * cents(a.grantedAmount().orElseThrow()));
                out.add(a.reimburse(euros(returned), day, person(r)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static long cents(Money m) {
        return m.amount().movePointRight(2).longValueExact();
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
