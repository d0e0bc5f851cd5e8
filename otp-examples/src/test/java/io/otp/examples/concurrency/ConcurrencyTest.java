package io.otp.examples.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.examples.EvaluationScenario;
import io.otp.examples.ExecutionScenario;
import io.otp.examples.ServiceDeskTender;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation engine, the KPI calculators and the stores used from many threads at once give the
 * same results as used one call at a time: every value of the SDK is immutable and every shared
 * registry read-only once built.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final ChangeContext BY = ChangeContext.of(ServiceDeskTender.BELTRAN,
        Instant.parse("2026-05-12T11:00:00Z"), "registro concurrente");

    /** Runs the task in as many threads at once (they wait for each other to start) and returns the results. */
    private static <T> List<T> together(int times, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            return together(pool, times, task);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static <T> List<T> together(ExecutorService pool, int times, Callable<T> task) throws Exception {
        CountDownLatch ready = new CountDownLatch(times);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return task.call();
            }));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void evaluationsRunAtOnceGiveTheSequentialResults() throws Exception {
        Tender tender = ServiceDeskTender.tender();
        for (LotId lot : List.of(ServiceDeskTender.LOT_1, ServiceDeskTender.LOT_2)) {
            byte[] sequential = OtpJson.standard().writeBytes(EvaluationScenario.evaluate(tender, lot).result());
            List<byte[]> concurrent = together(THREADS * 2,
                () -> OtpJson.standard().writeBytes(EvaluationScenario.evaluate(tender, lot).result()));
            assertThat(concurrent).hasSize(THREADS * 2).allSatisfy(json -> assertThat(json).isEqualTo(sequential));
        }
    }

    @Test
    void kpiCalculationsRunAtOnceGiveTheSequentialResults() throws Exception {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        String sequential = new ExecutionScenario(silent).run().json();
        List<String> concurrent = together(THREADS, () -> new ExecutionScenario(silent).run().json());
        assertThat(concurrent).allSatisfy(json -> assertThat(json).isEqualTo(sequential));
    }

    @Test
    void theInMemoryStoreSavesFromManyThreadsAsOneAtATime() throws Exception {
        try (PersistenceProvider store = PersistenceProviders.inMemory()) {
            savesFromManyThreads(store);
        }
    }

    @Test
    void theJdbcStoreSavesFromManyThreadsAsOneAtATime(@TempDir Path dir) throws Exception {
        try (JdbcPersistenceProvider store = H2FileStore.open(dir)) {
            savesFromManyThreads(store);
        }
    }

    /**
     * Every thread saves its own 20 bids and then all race to create the same bid: each own bid reads
     * back equal at version 1, exactly one racer wins the contested bid and the others get a version
     * conflict, and the audit trail has one intact entry per save.
     */
    private static void savesFromManyThreads(PersistenceProvider store) throws Exception {
        Bid template = ServiceDeskTender.bids().get(0);
        Repository<Bid, BidId> bids = store.repository(Bid.class);
        AtomicInteger thread = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<List<Bid>> saved = together(THREADS, () -> {
            int t = thread.incrementAndGet();
            List<Bid> mine = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Bid bid = copy(template, "T" + t + "-" + i);
                bids.save(bid, 0, BY);
                mine.add(bid);
            }
            try {
                bids.save(copy(template, "CONTESTED"), 0, BY);
            } catch (VersionConflictException e) {
                conflicts.incrementAndGet();
            }
            return mine;
        });
        for (List<Bid> mine : saved) {
            for (Bid bid : mine) {
                assertThat(bids.find(bid.id())).hasValueSatisfying(s -> {
                    assertThat(s.value()).isEqualTo(bid);
                    assertThat(s.version()).isEqualTo(1);
                });
            }
        }
        assertThat(conflicts.get()).isEqualTo(THREADS - 1);
        assertThat(bids.count(Query.all())).isEqualTo(THREADS * 20L + 1);
        assertThat(store.auditTrail().verify().entries()).isEqualTo(THREADS * 20L + 1);
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
    }

    /** The bid under another id (through its JSON: the builders start empty by design). */
    private static Bid copy(Bid bid, String id) {
        String json = OtpJson.standard().write(bid);
        String key = "\"id\":\"" + bid.id() + "\"";
        assertThat(json).containsOnlyOnce(key);
        Bid copy = OtpJson.standard().read(json.replace(key, "\"id\":\"" + id + "\""), Bid.class);
        assertThat(copy.id()).isEqualTo(BidId.of(id));
        return copy;
    }
}
