package io.otp.persistence.memory;

import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.BY;
import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.need.Need;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.UnitOfWork;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.memory.Notebook.Note;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The in-memory store's writes are atomic: one that fails leaves nothing (document, audit entries, position
 * in the chain), outside or inside a unit of work, which may catch the failure and go on; a nested unit of
 * work that throws is undone alone, one that returns commits or not with the unit around it.
 */
class InMemoryAtomicityTest {

    /** What the store holds: every notebook and need (id, version, document) and every audit entry. */
    private record Snapshot(List<String> documents, List<AuditEntry> trail) {
    }

    private static Snapshot snapshot(PersistenceProvider p) {
        List<String> documents = new ArrayList<>();
        p.repository(Notebook.class).find(Query.all())
            .forEach(s -> documents.add(s.value().id() + " v" + s.version() + " " + s.value().text()));
        p.repository(Need.class).find(Query.all())
            .forEach(s -> documents.add(s.value().id() + " v" + s.version() + " " + s.value().description()));
        return new Snapshot(documents, p.auditTrail().read(1, 1_000_000));
    }

    private static AuditChange note(int i) {
        return AuditChange.builder().aggregateType("meeting").aggregateId("M-" + i).versionBefore(0).versionAfter(1)
            .actor(PersonId.of("P1")).at(Instant.parse("2026-05-04T10:00:00Z")).action("MEETING_HELD").build();
    }

    /** Asserts that the store is as it was, intact, and that the next entry takes the next position. */
    private static void assertNothingLeft(PersistenceProvider p, Snapshot before) {
        assertThat(snapshot(p)).isEqualTo(before);
        AuditVerification v = p.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(before.trail().size());
        assertThat(p.auditTrail().append(note(99)).position()).isEqualTo(before.trail().size() + 1L);
    }

    // ------------------------------------------------------------------ writes that fail

    /** One write that fails, with the rule it fails by (empty for a version conflict). */
    private record FailingWrite(String name, String rule, Consumer<Repository<Notebook, NeedId>> write) {
    }

    /**
     * Writes that fail over a store holding notebook NB-1 at version 1: a reserved action, a document the
     * reader would refuse, a domain event too long for the trail (found after the document is checked), a
     * stale version, and a deletion of what is not stored.
     */
    private static final List<FailingWrite> FAILING_WRITES = failingWrites();

    private static List<FailingWrite> failingWrites() {
        String tooLong = "d".repeat(AuditChange.MAX_TEXT_LENGTH + 1);
        return List.of(
            new FailingWrite("reserved action", "OTP-AUDIT-ACTION-RESERVED",
                r -> r.save(Notebook.of("NB-2", "t").with(Note.of("create")), 0, BY)),
            new FailingWrite("reserved action on update", "OTP-AUDIT-ACTION-RESERVED",
                r -> r.save(Notebook.of("NB-1", "t2").with(Note.of("OPENED")).with(Note.of("update")), 1, BY)),
            new FailingWrite("document over the reader's limits", "OTP-STORE-DOCUMENT",
                r -> r.save(Notebook.of("NB-2", "x".repeat(1_100_000)), 0, BY)),
            new FailingWrite("domain event detail too long", "OTP-AUDIT-LENGTH",
                r -> r.save(Notebook.of("NB-1", "t2").with(Note.of("OPENED"))
                    .with(new Note("SEALED", "s", new TreeMap<>(Map.of("text", tooLong)))), 1, BY)),
            new FailingWrite("domain event summary too long", "OTP-AUDIT-LENGTH",
                r -> r.save(Notebook.of("NB-2", "t").with(new Note("SEALED", tooLong, new TreeMap<>())), 0, BY)),
            new FailingWrite("stale version", "", r -> r.save(Notebook.of("NB-1", "t2"), 2, BY)),
            new FailingWrite("create over a stored one", "", r -> r.save(Notebook.of("NB-1", "t2"), 0, BY)),
            new FailingWrite("delete of a missing one", "", r -> r.delete(NeedId.of("NB-9"), 1, BY)),
            new FailingWrite("delete at a stale version", "", r -> r.delete(NeedId.of("NB-1"), 2, BY)));
    }

    /** The failing writes that fail by a rule of their own, whatever the store holds. */
    private static final List<FailingWrite> REFUSED_WRITES = FAILING_WRITES.stream().filter(w -> !w.rule().isEmpty())
        .toList();

    private static PersistenceProvider storeWithOneNotebook() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        p.repository(Notebook.class).save(Notebook.of("NB-1", "t1").with(Note.of("OPENED")), 0, BY);
        return p;
    }

    private static void assertFailsByItsRule(FailingWrite w, Throwable thrown) {
        if (w.rule().isEmpty()) {
            assertThat(thrown).as(w.name()).isInstanceOf(VersionConflictException.class);
        } else {
            assertThat(thrown).as(w.name()).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::ruleId).contains(w.rule()));
        }
    }

    @Test
    void aFailedWriteOutsideAUnitOfWorkLeavesNothing() {
        for (FailingWrite w : FAILING_WRITES) {
            PersistenceProvider p = storeWithOneNotebook();
            Snapshot before = snapshot(p);
            assertThat(before.trail()).hasSize(2);
            assertFailsByItsRule(w, catchThrowable(() -> w.write().accept(p.repository(Notebook.class))));
            assertNothingLeft(p, before);
        }
    }

    @Test
    void aFailedWriteInsideAUnitOfWorkLeavesNothingAndTheUnitGoesOnWithItsEarlierWrites() {
        for (FailingWrite w : FAILING_WRITES) {
            PersistenceProvider p = storeWithOneNotebook();
            Snapshot before = snapshot(p);
            Stored<Notebook> last = p.inUnitOfWork(u -> {
                Repository<Notebook, NeedId> notebooks = u.repository(Notebook.class);
                notebooks.save(Notebook.of("NB-3", "earlier"), 0, BY);
                assertFailsByItsRule(w, catchThrowable(() -> w.write().accept(notebooks)));
                return notebooks.save(Notebook.of("NB-4", "later"), 0, BY);
            });
            assertThat(last.version()).isEqualTo(1);
            List<AuditEntry> trail = p.auditTrail().read(1, 100);
            assertThat(trail).as(w.name()).extracting(e -> e.change().action() + " " + e.change().aggregateId())
                .containsExactly("create NB-1", "OPENED NB-1", "create NB-3", "create NB-4");
            assertThat(snapshot(p).documents()).containsExactly("NB-1 v1 t1", "NB-3 v1 earlier", "NB-4 v1 later");
            AuditVerification v = p.auditTrail().verify();
            assertThat(v.isIntact()).as(v.toString()).isTrue();
            assertThat(v.documents()).isEqualTo(3);
            assertThat(before.trail()).isEqualTo(trail.subList(0, 2));
        }
    }

    @Test
    void aNeedWithADescriptionOverTheReadersLimitIsRefusedAndLeavesNothing() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Need, NeedId> needs = p.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        Snapshot before = snapshot(p);
        String description = "x".repeat(1_100_000);
        for (long version : new long[] {0, 1}) {
            String id = version == 0 ? "N-2" : "N-1";
            assertThatThrownBy(() -> needs.save(need(id, description), version, BY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("aggregate", "OTP-STORE-DOCUMENT"));
                    assertThat(e.violations().get(0).message()).contains("need " + id).contains("OTP-JSON-LIMIT");
                });
            assertNothingLeft(p, before);
            before = snapshot(p);
        }
    }

    @Test
    void aSummaryOverTheLimitOrWithALineBreakIsRefusedBeforeAnyWrite() {
        PersonId actor = PersonId.of("P1");
        Instant at = Instant.parse("2026-05-04T09:00:00Z");
        String longest = "s".repeat(AuditChange.MAX_TEXT_LENGTH);
        assertThatThrownBy(() -> ChangeContext.of(actor, at, longest + "s"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("summary", "OTP-AUDIT-LENGTH")));
        for (String broken : new String[] {"one\ntwo", "one\rtwo"}) {
            assertThatThrownBy(() -> ChangeContext.of(actor, at, broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                    .extracting(Violation::ruleId).containsExactly("OTP-STORE-SUMMARY"));
        }
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        p.repository(Notebook.class).save(Notebook.of("NB-1", "t"), 0, ChangeContext.of(actor, at, longest));
        assertThat(p.auditTrail().last().orElseThrow().change().summary()).isEqualTo(longest);
        assertThat(p.auditTrail().verify().isIntact()).isTrue();
    }

    // ------------------------------------------------------------------ units of work

    /** The exception the works of these tests throw. */
    private static final class Boom extends RuntimeException {
        Boom(String message) {
            super(message);
        }
    }

    @Test
    void aNestedUnitThatThrowsIsUndoneAloneAndTheOuterWritesBeforeAndAfterItCommit() {
        PersistenceProvider p = storeWithOneNotebook();
        p.inUnitOfWork(outer -> {
            Repository<Notebook, NeedId> notebooks = outer.repository(Notebook.class);
            notebooks.save(Notebook.of("NB-2", "before"), 0, BY);
            Boom boom = new Boom("inner");
            Throwable thrown = catchThrowable(() -> p.inUnitOfWork(inner -> {
                inner.repository(Notebook.class).save(Notebook.of("NB-3", "inner"), 0, BY);
                inner.repository(Notebook.class).save(Notebook.of("NB-1", "inner"), 1, BY);
                inner.repository(Notebook.class).delete(NeedId.of("NB-2"), 1, BY);
                inner.auditTrail().append(note(1));
                throw boom;
            }));
            assertThat(thrown).isSameAs(boom);
            assertThat(notebooks.find(NeedId.of("NB-3"))).isEmpty();
            assertThat(notebooks.find(NeedId.of("NB-2"))).isPresent();
            notebooks.save(Notebook.of("NB-1", "after"), 1, BY);
            return null;
        });
        assertThat(snapshot(p).documents()).containsExactly("NB-1 v2 after", "NB-2 v1 before");
        assertThat(snapshot(p).trail()).extracting(e -> e.position() + " " + e.change().action() + " "
            + e.change().aggregateId()).containsExactly("1 create NB-1", "2 OPENED NB-1", "3 create NB-2", "4 update NB-1");
        assertThat(p.auditTrail().verify().isIntact()).isTrue();
    }

    @Test
    void aNestedUnitThatReturnsIsUndoneWithTheOuterUnitThatThrows() {
        PersistenceProvider p = storeWithOneNotebook();
        Snapshot before = snapshot(p);
        Boom boom = new Boom("outer");
        Throwable thrown = catchThrowable(() -> p.inUnitOfWork(outer -> {
            outer.repository(Notebook.class).save(Notebook.of("NB-2", "outer"), 0, BY);
            String inner = p.inUnitOfWork(u -> {
                u.repository(Notebook.class).save(Notebook.of("NB-3", "inner"), 0, BY);
                u.repository(Notebook.class).delete(NeedId.of("NB-1"), 1, BY);
                return "done";
            });
            assertThat(inner).isEqualTo("done");
            assertThat(outer.repository(Notebook.class).find(NeedId.of("NB-1"))).isEmpty();
            throw boom;
        }));
        assertThat(thrown).isSameAs(boom);
        assertNothingLeft(p, before);
    }

    /** Throws a checked exception from code that declares none, as Kotlin or Scala code may. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    @Test
    void aUnitOfWorkThrowingACheckedExceptionIsUndoneToo() {
        // PersistenceProvider#inUnitOfWork: the writes "are all discarded when it throws"; a Kotlin lambda may
        // throw a checked exception through Function.apply
        PersistenceProvider p = storeWithOneNotebook();
        Snapshot before = snapshot(p);
        java.io.IOException failure = new java.io.IOException("disk full");
        Throwable thrown = catchThrowable(() -> p.inUnitOfWork(u -> {
            u.repository(Notebook.class).save(Notebook.of("NB-2", "t"), 0, BY);
            sneakyThrow(failure);
            return null;
        }));
        assertThat(thrown).isSameAs(failure);
        assertNothingLeft(p, before);
    }

    // ------------------------------------------------------------------ random programs against a model

    /** What an operation of a program does. */
    enum Kind { SAVE, DELETE, APPEND, FAILING_WRITE, THROW, NESTED, NESTED_CAUGHT }

    /** One operation; a nested unit has children. */
    record Op(Kind kind, String id, int serial, List<Op> children) {
    }

    /** Programs: top-level writes and units of work, units holding writes, failures and nested units. */
    static Gen<List<Op>> programs() {
        return Generate.intArrays(integers().between(0, 60), integers().between(0, Integer.MAX_VALUE))
            .map(choices -> new ProgramDecoder(choices).ops(0, 8));
    }

    /** Reads a program from a list of choices; past the end every choice is 0. */
    private static final class ProgramDecoder {
        private final int[] choices;
        private int next;
        private int serial;

        ProgramDecoder(int[] choices) {
            this.choices = choices;
        }

        private int next(int bound) {
            return next < choices.length ? choices[next++] % bound : 0;
        }

        List<Op> ops(int depth, int max) {
            List<Op> ops = new ArrayList<>();
            for (int i = next(max + 1); i > 0; i--) {
                Kind kind = Kind.values()[next(depth >= 3 ? 5 : Kind.values().length)];
                String id = List.of("A", "B", "C").get(next(3));
                ops.add(new Op(kind, id, serial++, kind == Kind.NESTED || kind == Kind.NESTED_CAUGHT
                    ? ops(depth + 1, 4) : List.of()));
            }
            return ops;
        }
    }

    /** A notebook's state in the model: version, text, number of domain events. */
    private record Held(long version, String text, int notes) {
    }

    /** The store as the test expects it: documents and the audit trail's entries, undone by copies. */
    private static final class Model {
        TreeMap<String, Held> held = new TreeMap<>();
        List<String> trail = new ArrayList<>();
        final Map<Kind, Integer> undone = new EnumMap<>(Kind.class);

        void run(List<Op> ops, int depth) {
            for (Op op : ops) {
                Held h = held.get(op.id());
                switch (op.kind()) {
                    case SAVE -> {
                        long v = h == null ? 1 : h.version() + 1;
                        held.put(op.id(), new Held(v, "t" + op.serial(), h == null ? 1 : h.notes() + 1));
                        trail.add((h == null ? "create " : "update ") + op.id() + " " + v);
                        trail.add("STEP " + op.id() + " " + v);
                    }
                    case DELETE -> {
                        if (h != null) {
                            held.remove(op.id());
                            trail.add("delete " + op.id() + " " + (h.version() + 1));
                        }
                    }
                    case APPEND -> trail.add("MEETING_HELD M-" + op.serial() + " 1");
                    case FAILING_WRITE -> { }
                    case THROW -> throw new Boom("op " + op.serial());
                    default -> nested(op, depth);
                }
            }
        }

        private void nested(Op op, int depth) {
            TreeMap<String, Held> heldBefore = new TreeMap<>(held);
            List<String> trailBefore = new ArrayList<>(trail);
            try {
                run(op.children(), depth + 1);
            } catch (Boom b) {
                held = heldBefore;
                trail = trailBefore;
                undone.merge(op.kind(), 1, Integer::sum);
                if (op.kind() == Kind.NESTED) {
                    throw b;
                }
            }
        }

        /** Runs a program's top-level operations: a nested one is a unit of work, the others write on their own. */
        void top(List<Op> ops) {
            for (Op op : ops) {
                try {
                    run(List.of(op), 0);
                } catch (Boom b) {
                    undone.merge(Kind.THROW, 1, Integer::sum);
                }
            }
        }
    }

    /** Runs a program on a store. */
    private static void run(PersistenceProvider p, List<Op> ops) {
        for (Op op : ops) {
            try {
                run(p, null, List.of(op));
            } catch (Boom b) {
                // the top-level unit failed: the model undoes it too
            }
        }
    }

    private static void run(PersistenceProvider p, UnitOfWork unit, List<Op> ops) {
        Repository<Notebook, NeedId> notebooks = unit == null ? p.repository(Notebook.class) : unit.repository(Notebook.class);
        for (Op op : ops) {
            NeedId id = NeedId.of(op.id());
            var stored = notebooks.find(id);
            switch (op.kind()) {
                case SAVE -> {
                    Notebook next = Notebook.of(op.id(), "t" + op.serial());
                    for (Note n : stored.map(s -> s.value().domainEvents()).orElse(List.of())) {
                        next = next.with(n);
                    }
                    notebooks.save(next.with(Note.of("STEP")), stored.map(Stored::version).orElse(0L), BY);
                }
                case DELETE -> stored.ifPresent(s -> notebooks.delete(id, s.version(), BY));
                case APPEND -> (unit == null ? p.auditTrail() : unit.auditTrail()).append(note(op.serial()));
                case FAILING_WRITE -> {
                    // the writes refused whatever the store holds, then a stale version of what it holds
                    FailingWrite w = REFUSED_WRITES.get(op.serial() % REFUSED_WRITES.size());
                    assertThat(catchThrowable(() -> w.write().accept(notebooks))).as(w.name()).isNotNull();
                    assertThat(catchThrowable(() -> notebooks.save(Notebook.of(op.id(), "stale"),
                        stored.map(Stored::version).orElse(0L) + 1, BY))).isInstanceOf(VersionConflictException.class);
                }
                case THROW -> throw new Boom("op " + op.serial());
                default -> {
                    try {
                        p.inUnitOfWork(u -> {
                            run(p, u, op.children());
                            return null;
                        });
                    } catch (Boom b) {
                        if (op.kind() == Kind.NESTED) {
                            throw b;
                        }
                    }
                }
            }
        }
    }

    @Test
    void randomProgramsOfNestedUnitsLeaveWhatAModelWithCopiesLeaves() {
        Map<Kind, Integer> undone = new EnumMap<>(Kind.class);
        qt().withExamples(300).forAll(programs()).checkAssert(program -> {
            PersistenceProvider p = InMemoryPersistenceProvider.create();
            run(p, program);
            Model model = new Model();
            model.top(program);
            model.undone.forEach((k, n) -> undone.merge(k, n, Integer::sum));
            List<String> documents = p.repository(Notebook.class).find(Query.all()).stream()
                .map(s -> s.value().id() + " v" + s.version() + " " + s.value().text() + " " + s.value().domainEvents().size())
                .collect(Collectors.toList());
            List<String> expected = model.held.entrySet().stream()
                .map(e -> e.getKey() + " v" + e.getValue().version() + " " + e.getValue().text() + " " + e.getValue().notes())
                .collect(Collectors.toList());
            assertThat(documents).as(program.toString()).isEqualTo(expected);
            List<String> trail = p.auditTrail().read(1, 100_000).stream().map(e -> e.change().action() + " "
                + e.change().aggregateId() + " " + e.change().versionAfter()).collect(Collectors.toList());
            assertThat(trail).as(program.toString()).isEqualTo(model.trail);
            AuditVerification v = p.auditTrail().verify();
            assertThat(v.isIntact()).as(v.toString()).isTrue();
            assertThat(v.documents()).isEqualTo(expected.size());
        });
        // the programs reached units undone at the top, nested units undone and rethrown, and undone and caught
        assertThat(undone.getOrDefault(Kind.THROW, 0)).isGreaterThan(50);
        assertThat(undone.getOrDefault(Kind.NESTED, 0)).isGreaterThan(15);
        assertThat(undone.getOrDefault(Kind.NESTED_CAUGHT, 0)).isGreaterThan(15);
    }
}
