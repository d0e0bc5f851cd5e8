package io.otp.persistence.tck.generators;

import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.execution.AcceptanceOutcome;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.ChecklistItem;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Deliverable;
import io.otp.core.execution.ForecastRevision;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.DeliverableId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Generators of valid contracts in execution and their parts ({@code io.otp.core.execution}), built
 * through the public builders and methods.
 *
 * <p>The values of a contract depend on each other (the payment plan adds up to the price, a
 * certification covers its milestone's deliverables and certifies at most what the milestone pays),
 * so each value is drawn from a {@link Random} seeded by a generated {@code long}: the same seed
 * always gives the same value, and QuickTheories reports the seed of a failing example.
 */
public final class ExecutionGenerators {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    private static final List<String> WORDS = List.of("análisis", "diseño", "migración", "formación",
        "piloto", "despliegue", "informe", "manual", "pruebas", "seguridad", "interoperabilidad", "soporte");

    private ExecutionGenerators() {
    }

    /**
     * Values drawn from a seeded random source.
     *
     * @param <T> the value type
     * @param draw builds a value from the random source
     * @return the generator, not null
     */
    public static <T> Gen<T> seeded(Function<Random, T> draw) {
        return longs().all().map(seed -> draw.apply(new Random(seed)));
    }

    /**
     * Checklist items, checked or not.
     *
     * @return the generator, not null
     */
    public static Gen<ChecklistItem> checklistItems() {
        return seeded(r -> checklistItem(r, r.nextInt(50)));
    }

    /**
     * Deliverables with zero to four checklist items.
     *
     * @return the generator, not null
     */
    public static Gen<Deliverable> deliverables() {
        return seeded(r -> deliverable(r, DeliverableId.of("D-" + r.nextInt(1000))));
    }

    /**
     * Forecast revisions.
     *
     * @return the generator, not null
     */
    public static Gen<ForecastRevision> forecastRevisions() {
        return seeded(r -> {
            LocalDate report = date(r);
            return ForecastRevision.of(report, report.plusDays(r.nextInt(400) - 30));
        });
    }

    /**
     * Acceptance records of every outcome.
     *
     * @return the generator, not null
     */
    public static Gen<AcceptanceRecord> acceptanceRecords() {
        return seeded(r -> {
            AcceptanceOutcome outcome = AcceptanceOutcome.values()[r.nextInt(3)];
            SortedSet<DeliverableId> covered = new TreeSet<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                covered.add(DeliverableId.of("D-" + r.nextInt(10)));
            }
            return record(r, outcome, covered, euros(r, 1, 10_000_000));
        });
    }

    /**
     * Acceptance records of one outcome.
     *
     * @param outcome the outcome; not null
     * @return the generator, not null
     */
    public static Gen<AcceptanceRecord> acceptanceRecords(AcceptanceOutcome outcome) {
        return seeded(r -> record(r, outcome, new TreeSet<>(List.of(DeliverableId.of("D-" + r.nextInt(10)))),
            euros(r, 1, 10_000_000)));
    }

    /**
     * Milestones of every type and status, with forecast histories, payment shares, deliverables and
     * certifications as their type and status allow.
     *
     * @return the generator, not null
     */
    public static Gen<Milestone> milestones() {
        return seeded(r -> {
            MilestoneType type = MilestoneType.values()[r.nextInt(MilestoneType.values().length)];
            Milestone.Builder b = Milestone.builder().id(MilestoneId.of("M-" + r.nextInt(100)))
                .title(title(r)).type(type);
            int linked = r.nextInt(3);
            for (int i = 0; i < linked; i++) {
                b.addDeliverables(DeliverableId.of("D-" + r.nextInt(10)));
            }
            if (type == MilestoneType.PAYMENT) {
                if (r.nextBoolean()) {
                    b.paymentPercentage(Percentage.of(BigDecimal.valueOf(1 + r.nextInt(10_000), 2)));
                } else {
                    b.paymentAmount(euros(r, 1, 100_000_000));
                }
            }
            return reach(r, scheduled(r, b, date(r)), euros(r, 0, 100_000));
        });
    }

    /**
     * Payment milestones met through an acceptance.
     *
     * @return the generator, not null
     */
    public static Gen<Milestone> metPaymentMilestones() {
        return seeded(r -> {
            Milestone m = scheduled(r, Milestone.builder().id(MilestoneId.of("M-" + r.nextInt(100))).title(title(r))
                .type(MilestoneType.PAYMENT).paymentPercentage(Percentage.of(BigDecimal.valueOf(1 + r.nextInt(10_000),
                    2))), date(r));
            return m.meetWith(record(r, AcceptanceOutcome.ACCEPTED, m.deliverables(), euros(r, 0, 100_000),
                m.baselineDate()));
        });
    }

    /**
     * Valid contracts: one to four payment milestones whose percentages add up to 100 % or whose
     * amounts add up to the price, zero to three other milestones, zero to four deliverables, and
     * some milestones met, partially met or not met.
     *
     * @return the generator, not null
     */
    public static Gen<Contract> contracts() {
        return seeded(ExecutionGenerators::contract);
    }

    /**
     * Valid contracts whose payment plan is given in percentages.
     *
     * @return the generator, not null
     */
    public static Gen<Contract> contractsByPercentage() {
        return seeded(r -> contract(r, true));
    }

    /**
     * Payment percentages that add up to exactly 100 %: one to eight shares in hundredths of a per cent.
     *
     * @return the generator, not null
     */
    public static Gen<List<Percentage>> paymentShares() {
        return seeded(r -> shares(r, 1 + r.nextInt(8)));
    }

    // ------------------------------------------------------------------ building blocks

    private static Contract contract(Random r) {
        return contract(r, r.nextBoolean());
    }

    private static Contract contract(Random r, boolean byPercentage) {
        Money price = euros(r, 100_00, 50_000_000_00L);
        LocalDate start = date(r);
        int deliverableCount = r.nextInt(5);
        List<Deliverable> deliverables = new ArrayList<>();
        for (int i = 1; i <= deliverableCount; i++) {
            deliverables.add(deliverable(r, DeliverableId.of("D-" + i)));
        }
        int payments = 1 + r.nextInt(4);
        List<Percentage> percentages = shares(r, payments);
        List<Money> amounts = split(r, price, payments);
        int others = r.nextInt(4);
        List<Milestone.Builder> builders = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < payments + others; i++) {
            boolean payment = i < payments;
            MilestoneType type = payment ? MilestoneType.PAYMENT
                : MilestoneType.values()[r.nextInt(MilestoneType.values().length - 1)];
            Milestone.Builder b = Milestone.builder().id(MilestoneId.of("M-" + number++)).title(title(r)).type(type);
            if (payment && byPercentage) {
                b.paymentPercentage(percentages.get(i));
            } else if (payment) {
                b.paymentAmount(amounts.get(i));
            }
            for (Deliverable d : deliverables) {
                if (r.nextInt(3) == 0) {
                    b.addDeliverables(d.id());
                }
            }
            builders.add(b);
        }
        List<Milestone> scheduled = new ArrayList<>();
        for (Milestone.Builder b : builders) {
            scheduled.add(scheduled(r, b, start.plusDays(r.nextInt(720))));
        }
        Contract plan = build(r, price, start, scheduled, deliverables);
        Map<MilestoneId, Money> due = plan.paymentAmounts();
        List<Milestone> executed = new ArrayList<>();
        for (Milestone m : scheduled) {
            Money limit = due.getOrDefault(m.id(), Money.euros(0));
            executed.add(reach(r, m, limit));
        }
        return Contract.builder().id(plan.id()).tender(plan.tender()).lot(plan.lot()).awardedBid(plan.awardedBid())
            .supplier(plan.supplier()).amount(price).vatRate(plan.vatRate()).period(plan.period())
            .addAllMilestones(executed).addAllDeliverables(deliverables).build();
    }

    private static Contract build(Random r, Money price, LocalDate start, List<Milestone> milestones,
                                  List<Deliverable> deliverables) {
        return Contract.builder().id(ContractId.of("2026/CON-" + r.nextInt(10_000)))
            .tender(TenderId.of("2026/EXP-" + r.nextInt(10_000))).lot(LotId.of("L" + (1 + r.nextInt(9))))
            .awardedBid(BidId.of("B-" + r.nextInt(100))).supplier(OrganisationId.of("B" + (10_000_000 + r.nextInt(
                89_999_999)))).amount(price).vatRate(Percentage.of(List.of(0, 4, 10, 21).get(r.nextInt(4))))
            .period(DateRange.of(start, start.plusDays(30 + r.nextInt(1000)))).addAllMilestones(milestones)
            .addAllDeliverables(deliverables).build();
    }

    /** The milestone the builder describes, with the baseline date and a forecast history. */
    private static Milestone scheduled(Random r, Milestone.Builder b, LocalDate baseline) {
        Milestone m = b.baselineDate(baseline).build();
        LocalDate report = baseline.minusDays(200 + r.nextInt(100));
        int revisions = r.nextInt(6);
        for (int i = 0; i < revisions; i++) {
            report = report.plusDays(1 + r.nextInt(45));
            m = m.reviseForecast(report, baseline.plusDays(r.nextInt(80) - 20));
        }
        return m;
    }

    /** Moves a scheduled milestone on at random; certifications certify at most {@code limit}. */
    private static Milestone reach(Random r, Milestone m, Money limit) {
        LocalDate when = m.baselineDate().plusDays(r.nextInt(60) - 10);
        Money certified = limit.isPositive()
            ? Money.of(limit.amount().multiply(BigDecimal.valueOf(r.nextInt(101), 2)), limit.currency(),
                Money.ROUNDING)
            : limit;
        switch (r.nextInt(5)) {
            case 0:
                return m;
            case 1:
                return m.moveTo(MilestoneStatus.NOT_MET);
            case 2:
                return m.meetWith(record(r, AcceptanceOutcome.CONDITIONALLY_ACCEPTED, m.deliverables(), certified,
                    when));
            case 3:
                if (m.type() != MilestoneType.PAYMENT && r.nextBoolean()) {
                    return m.meet(when);
                }
                return m.meetWith(record(r, AcceptanceOutcome.ACCEPTED, m.deliverables(), certified, when));
            default:
                Milestone partial = m.meetWith(record(r, AcceptanceOutcome.CONDITIONALLY_ACCEPTED, m.deliverables(),
                    certified, when));
                return r.nextBoolean() ? partial.moveTo(MilestoneStatus.NOT_MET) : partial;
        }
    }

    private static AcceptanceRecord record(Random r, AcceptanceOutcome outcome, SortedSet<DeliverableId> covered,
                                           Money certified) {
        return record(r, outcome, covered, certified, date(r));
    }

    private static AcceptanceRecord record(Random r, AcceptanceOutcome outcome, SortedSet<DeliverableId> covered,
                                           Money certified, LocalDate date) {
        AcceptanceRecord.Builder b = AcceptanceRecord.builder().outcome(outcome).addAllDeliverables(covered)
            .signer(PersonId.of("P-" + r.nextInt(100))).date(date);
        switch (outcome) {
            case REJECTED:
                b.certifiedAmount(Money.zero(certified.currency())).addReasons("no cumple el requisito de "
                    + WORDS.get(r.nextInt(WORDS.size())));
                if (r.nextBoolean()) {
                    b.addReasons("documentación incompleta");
                }
                break;
            case CONDITIONALLY_ACCEPTED:
                b.certifiedAmount(certified).addDefects("defecto menor en " + WORDS.get(r.nextInt(WORDS.size())))
                    .fixDate(date.plusDays(1 + r.nextInt(60)));
                break;
            default:
                b.certifiedAmount(certified);
                break;
        }
        return b.build();
    }

    private static Deliverable deliverable(Random r, DeliverableId id) {
        Deliverable.Builder b = Deliverable.builder().id(id).title("Entregable de " + WORDS.get(r.nextInt(WORDS.size())));
        int items = r.nextInt(5);
        for (int i = 0; i < items; i++) {
            b.addChecklist(checklistItem(r, i));
        }
        return b.build();
    }

    private static ChecklistItem checklistItem(Random r, int i) {
        return ChecklistItem.of("Comprobar " + WORDS.get(r.nextInt(WORDS.size())) + " (" + i + ")", r.nextBoolean());
    }

    /** {@code count} percentages in hundredths that add up to exactly 100.00. */
    private static List<Percentage> shares(Random r, int count) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < count - 1) {
            cuts.add(1 + r.nextInt(9_999));
        }
        List<Percentage> out = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            out.add(Percentage.of(BigDecimal.valueOf(cut - previous, 2)));
            previous = cut;
        }
        out.add(Percentage.of(BigDecimal.valueOf(10_000 - previous, 2)));
        return out;
    }

    /** {@code count} positive amounts that add up to exactly {@code total} (at least count cents). */
    private static List<Money> split(Random r, Money total, int count) {
        long cents = total.amount().movePointRight(2).longValueExact();
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < count - 1) {
            cuts.add(1 + (long) (r.nextDouble() * (cents - 1)));
        }
        List<Money> out = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            out.add(Money.euros(BigDecimal.valueOf(cut - previous, 2)));
            previous = cut;
        }
        out.add(Money.euros(BigDecimal.valueOf(cents - previous, 2)));
        return out;
    }

    private static Money euros(Random r, long minCents, long maxCents) {
        return Money.euros(BigDecimal.valueOf(minCents + (long) (r.nextDouble() * (maxCents - minCents)), 2));
    }

    private static LocalDate date(Random r) {
        return FROM.plusDays(r.nextInt(3650));
    }

    private static String title(Random r) {
        String word = WORDS.get(r.nextInt(WORDS.size()));
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + (1 + r.nextInt(20));
    }
}
