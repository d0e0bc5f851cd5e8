package io.otp.persistence.jdbc;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.BidId;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.LotId;
import io.otp.core.id.NeedId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.id.TypedId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.Urgency;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.UnitOfWork;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The process that {@link CrashRecoveryTest} kills: it opens the store on an H2 file the documented way
 * ({@code PersistenceProviders.open("jdbc", url, migrate=true)}), then writes at random until it is killed:
 * single saves of new aggregates, updates of existing ones, deletions, and units of work of 2 to 10 saves
 * (a tender and its bids, or several needs). Before each call it prints {@code begin <unit>}, and after the
 * call returns {@code ack <unit>}, flushed, naming what was committed. Run as
 * {@code java -cp <test class path> io.otp.persistence.jdbc.CrashWriter <url> <seed> <name>}; the seed
 * fixes every choice, the name prefixes every id and unit id so that no two writers collide.
 */
final class CrashWriter {

    /** Printed before the store is opened. */
    static final String OPENING = "opening";

    /** Printed once the store is open and migrated. */
    static final String READY = "ready";

    /** Starts a line naming the writes about to be attempted. */
    static final String BEGIN = "begin";

    /** Starts a line naming the writes that committed (the call returned). */
    static final String ACK = "ack";

    /** Ends every complete line, so that a line cut by the kill is never read as an acknowledgement. */
    static final String END = ".";

    /** A bound on the units one writer attempts, a guard against a kill that never comes. */
    static final int MAX_UNITS = 1_000_000;

    private static final PersonId ACTOR = PersonId.of("P-CRASH");

    private static final Instant START = Instant.parse("2026-05-04T09:00:00Z");

    private final PersistenceProvider store;

    private final SplittableRandom random;

    private final String name;

    private final PrintStream out;

    private final Map<String, Held> held = new LinkedHashMap<>();

    private int ids;

    private CrashWriter(PersistenceProvider store, SplittableRandom random, String name, PrintStream out) {
        this.store = store;
        this.random = random;
        this.name = name;
        this.out = out;
    }

    /**
     * Writes until killed.
     *
     * @param args the JDBC URL, the seed and the writer's name
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        say(out, OPENING);
        try (PersistenceProvider store = PersistenceProviders.open("jdbc", Map.of("url", args[0], "migrate", "true"))) {
            say(out, READY);
            CrashWriter writer = new CrashWriter(store, new SplittableRandom(Long.parseLong(args[1])), args[2], out);
            writer.readStore();
            writer.run();
        }
        // Reaching here means no kill came: the parent reports a writer that ended on its own.
        System.exit(4);
    }

    private static void say(PrintStream out, String line) {
        out.print(line + " " + END + "\n");
        out.flush();
    }

    private void readStore() {
        for (Kind kind : Kind.values()) {
            for (Stored<? extends Aggregate<?>> s : kind.repository(store).find(Query.all())) {
                held.put(Item.key(kind.typeName, s.value().id().toString()), new Held(kind, s.value(), s.version()));
            }
        }
    }

    private void run() {
        for (int n = 1; n <= MAX_UNITS; n++) {
            String unit = name + "-u" + n;
            List<Write> writes = plan();
            String line = unit + " " + writes.stream().map(w -> w.item.toString()).collect(Collectors.joining(" "));
            say(out, BEGIN + " " + line);
            apply(writes, ChangeContext.of(ACTOR, START.plusSeconds(n), Unit.SUMMARY_PREFIX + unit));
            say(out, ACK + " " + line);
            for (Write w : writes) {
                if (w.value == null) {
                    held.remove(w.item.key());
                } else {
                    held.put(w.item.key(), new Held(Kind.of(w.item.type()), w.value, w.item.version()));
                }
            }
        }
    }

    private void apply(List<Write> writes, ChangeContext context) {
        if (writes.size() == 1) {
            Write w = writes.get(0);
            w.applyTo(Kind.of(w.item.type()).repository(store), context);
            return;
        }
        store.inUnitOfWork(u -> {
            for (Write w : writes) {
                w.applyTo(Kind.of(w.item.type()).repository(u), context);
            }
            return null;
        });
    }

    /** The writes of the next call, chosen at random among what the store holds. */
    private List<Write> plan() {
        List<Held> needs = held(Kind.NEED);
        List<Held> tenders = held(Kind.TENDER);
        List<Held> bids = held(Kind.BID);
        int dice = random.nextInt(100);
        if (dice < 15 && !needs.isEmpty()) {
            Held need = pick(needs);
            return List.of(save(need, need(need.value.id().toString())));
        }
        if (dice < 25 && !held.isEmpty()) {
            Held victim = pick(new ArrayList<>(held.values()));
            return List.of(new Write(new Item(Item.DELETE, victim.kind.typeName, victim.value.id().toString(),
                victim.version), null));
        }
        if (dice < 35 && !bids.isEmpty()) {
            Held bid = pick(bids);
            return List.of(save(bid, bid(bid.value.id().toString(), ((Bid) bid.value).tender())));
        }
        if (dice < 40 && !tenders.isEmpty()) {
            Held tender = pick(tenders);
            return List.of(save(tender, tender(tender.value.id().toString())));
        }
        if (dice < 60) {
            return List.of(create(Kind.NEED, need("N-" + name + "-" + (++ids))));
        }
        if (dice < 70) {
            List<Write> unit = new ArrayList<>();
            int size = 2 + random.nextInt(9);
            for (int i = 0; i < size; i++) {
                unit.add(create(Kind.NEED, need("N-" + name + "-" + (++ids))));
            }
            return unit;
        }
        return tenderWithBids(tenders, bids);
    }

    /** A tender, new or updated, with 1 to 9 of its bids, new or updated: 2 to 10 saves in one unit. */
    private List<Write> tenderWithBids(List<Held> tenders, List<Held> bids) {
        List<Write> unit = new ArrayList<>();
        Held existing = !tenders.isEmpty() && random.nextBoolean() ? pick(tenders) : null;
        String tenderId = existing == null ? "T-" + name + "-" + (++ids) : existing.value.id().toString();
        Tender tender = tender(tenderId);
        unit.add(existing == null ? create(Kind.TENDER, tender) : save(existing, tender));
        List<Held> itsBids = new ArrayList<>();
        for (Held b : bids) {
            if (((Bid) b.value).tender().equals(tender.id())) {
                itsBids.add(b);
            }
        }
        int count = 1 + random.nextInt(9);
        for (int i = 0; i < count; i++) {
            if (!itsBids.isEmpty() && random.nextBoolean()) {
                Held b = itsBids.remove(random.nextInt(itsBids.size()));
                unit.add(save(b, bid(b.value.id().toString(), tender.id())));
            } else {
                unit.add(create(Kind.BID, bid("B-" + name + "-" + (++ids), tender.id())));
            }
        }
        return unit;
    }

    private List<Held> held(Kind kind) {
        return held.values().stream().filter(h -> h.kind == kind).collect(Collectors.toList());
    }

    private Held pick(List<Held> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Write create(Kind kind, Aggregate<?> value) {
        return new Write(new Item(Item.SAVE, kind.typeName, value.id().toString(), 1), value);
    }

    private static Write save(Held current, Aggregate<?> value) {
        return new Write(new Item(Item.SAVE, current.kind.typeName, value.id().toString(), current.version + 1), value);
    }

    private Need need(String id) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(DepartmentId.of("D-" + (1 + random.nextInt(5))))
            .title("Necesidad " + id).description("Revisión " + random.nextInt(1000))
            .category(NeedCategory.values()[random.nextInt(NeedCategory.values().length)])
            .urgency(Urgency.values()[random.nextInt(Urgency.values().length)])
            .dateRaised(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365))).build();
    }

    private Tender tender(String id) {
        long cents = 1_000_000L + random.nextInt(10_000_000);
        return TenderGenerators.tenderBuilder(id).procedure(ProcedureType.OPEN).contractType(ContractType.SERVICES)
            .estimatedValue(TenderGenerators.cents(cents))
            .addLots(TenderGenerators.lot("L1", TenderGenerators.cents(cents), TenderGenerators.price("C1", "100")))
            .keyDates(KeyDates.builder().publication(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365))).build())
            .build();
    }

    private Bid bid(String id, TenderId tender) {
        return Bid.builder().id(BidId.of(id)).tender(tender).lot(LotId.of("L1"))
            .bidder(OrganisationId.of("B" + (1 + random.nextInt(7))))
            .economicOffer(TenderGenerators.cents(1000 + random.nextInt(1_000_000)))
            .submittedAt(START.plusSeconds(random.nextInt(60 * 86_400))).build();
    }

    /** A stored aggregate as the writer last saw it. */
    private record Held(Kind kind, Aggregate<?> value, long version) {
    }

    /** One write of a call: a save of {@code value}, or a deletion when {@code value} is null. */
    private record Write(Item item, Aggregate<?> value) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        void applyTo(Repository repository, ChangeContext context) {
            if (value == null) {
                repository.delete(Kind.of(item.type()).id.apply(item.id()), item.version(), context);
            } else {
                repository.save(value, item.version() - 1, context);
            }
        }
    }

    /** The aggregate types the writer stores. */
    enum Kind {
        NEED(Need.class, NeedId::of), TENDER(Tender.class, TenderId::of), BID(Bid.class, BidId::of);

        final Class<? extends Aggregate<?>> type;

        final Function<String, TypedId> id;

        final String typeName;

        Kind(Class<? extends Aggregate<?>> type, Function<String, TypedId> id) {
            this.type = type;
            this.id = id;
            this.typeName = Aggregate.typeName(type);
        }

        static Kind of(String typeName) {
            for (Kind k : values()) {
                if (k.typeName.equals(typeName)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no aggregate type " + typeName);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Repository<? extends Aggregate<?>, ?> repository(PersistenceProvider store) {
            return store.repository((Class) type);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Repository<? extends Aggregate<?>, ?> repository(UnitOfWork unit) {
            return unit.repository((Class) type);
        }
    }

    /**
     * One write named in a line: {@code save:<type>:<id>:<version saved>} or
     * {@code delete:<type>:<id>:<version deleted>}.
     */
    record Item(String action, String type, String id, long version) {

        static final String SAVE = "save";

        static final String DELETE = "delete";

        static Item parse(String text) {
            String[] parts = text.split(":", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException("not a write: " + text);
            }
            return new Item(parts[0], parts[1], parts[2], Long.parseLong(parts[3]));
        }

        static String key(String type, String id) {
            return type + "/" + id;
        }

        String key() {
            return key(type, id);
        }

        boolean isDelete() {
            return action.equals(DELETE);
        }

        @Override
        public String toString() {
            return action + ":" + type + ":" + id + ":" + version;
        }
    }

    /** The writes of one call, {@code <unit id> <item> <item> ...}, as a begin or ack line names them. */
    record Unit(String id, List<Item> items) {

        /** The summary of every audit entry a unit writes is this prefix and the unit id. */
        static final String SUMMARY_PREFIX = "unit ";

        /**
         * Reads the part of a line after {@code begin} or {@code ack}.
         *
         * @param text the unit id and its items, ending with {@link #END}
         * @return the unit
         */
        static Unit parse(String text) {
            String[] words = text.trim().split(" ");
            if (words.length < 3 || !words[words.length - 1].equals(END)) {
                throw new IllegalArgumentException("not a unit: " + text);
            }
            List<Item> items = new ArrayList<>();
            for (int i = 1; i < words.length - 1; i++) {
                items.add(Item.parse(words[i]));
            }
            return new Unit(words[0], List.copyOf(items));
        }

        @Override
        public String toString() {
            return id + " " + items.stream().map(Item::toString).collect(Collectors.joining(" "));
        }
    }
}
