package io.otp.examples;

import static io.otp.persistence.audit.AuditProblem.BROKEN_LINK;
import static io.otp.persistence.audit.AuditProblem.CHECKPOINT;
import static io.otp.persistence.audit.AuditProblem.DOCUMENT_EDITED;
import static io.otp.persistence.audit.AuditProblem.DOCUMENT_MISSING;
import static io.otp.persistence.audit.AuditProblem.DOCUMENT_VERSION;
import static io.otp.persistence.audit.AuditProblem.EDITED;
import static io.otp.persistence.audit.AuditProblem.HEAD;
import static io.otp.persistence.audit.AuditProblem.POSITION;
import static io.otp.persistence.audit.AuditProblem.TRUNCATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.EvaluationId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditProblem;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import io.otp.persistence.jdbc.JdbcSettings;
import io.otp.scoring.evaluation.Evaluation;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper test over a stored demo: what the audit trail's verification finds when someone with access to the
 * database, a DBA or an attacker, changes the store behind the SDK's back.
 *
 * <p>{@link PersistenceScenario} stores the demo once (a tender, 6 bids, the evaluations of lots L1 and L2 with their
 * steps, a contract: 10 documents, each written once by a {@code create}; 37 audit entries; the checkpoint of entry
 * 37). Each case copies that pristine store directory, makes one change with plain JDBC while the store is closed,
 * reopens the copy with {@link H2FileStore#openExisting} and checks what {@code auditTrail().verify()} and
 * {@code auditTrail().verify(checkpoint)} report: the problem, its position and the aggregate named, each reasoned
 * from the change (see {@link Expected}). Edits are generated over every column of every audit row and over every
 * stored document; deletions, insertions, swaps and rewrites start from positions chosen where their outcome changes
 * (see {@link #DELETED_ROWS}).
 *
 * <table>
 * <caption>What each kind of tampering gives</caption>
 * <tr><th>tampering</th><th>verify()</th><th>verify(checkpoint)</th></tr>
 * <tr><td>any column of any audit row edited, or made unreadable</td><td colspan="2">EDITED at the row</td></tr>
 * <tr><td>a row before the last deleted, the head left or moved back</td><td colspan="2">POSITION at the row</td></tr>
 * <tr><td>the last n rows deleted, the head left</td><td colspan="2">TRUNCATED at the first deleted</td></tr>
 * <tr><td>the last n rows deleted, the head moved back</td><td>DOCUMENT_UNRECORDED for the first document (in the
 *     store's order) whose create was deleted</td><td>TRUNCATED at the first deleted</td></tr>
 * <tr><td>the same, and the documents those rows created deleted</td><td>intact</td>
 *     <td>TRUNCATED at the first deleted</td></tr>
 * <tr><td>a row copied or forged into the chain, two rows swapped (positions or changes)</td><td colspan="2">EDITED
 *     where a row's hash no longer matches its position or change; BROKEN_LINK where moved rows are re-hashed but not
 *     relinked</td></tr>
 * <tr><td>a forged entry appended, the head left</td><td colspan="2">HEAD after the last entry</td></tr>
 * <tr><td>the head moved back to h / forward</td><td colspan="2">HEAD at h + 1 / TRUNCATED after the last
 *     entry</td></tr>
 * <tr><td>a document edited (also unreadable, or a member written twice), its version changed, deleted, copied or
 *     moved to another id</td><td colspan="2">DOCUMENT_EDITED, DOCUMENT_VERSION (at its create), DOCUMENT_MISSING,
 *     DOCUMENT_UNRECORDED (no position) naming it; spaces added: intact (same canonical form)</td></tr>
 * <tr><td>a document edited and the digest of its create replaced</td><td colspan="2">EDITED at the create</td></tr>
 * <tr><td>the chain rewritten consistently from any position (in format 2, or in format 1, whose entries cover no
 *     document, with a document edited)</td><td>intact</td><td>CHECKPOINT at the checkpoint</td></tr>
 * </table>
 *
 * <p><b>Out of reach</b>, asserted as such so that a change of behaviour is noticed:
 * <ul>
 * <li><b>Forged entries appended after the last one, correctly hashed, with the head moved</b>: intact even against the
 * checkpoint, which proves the trail up to its own position and nothing after it. An appended {@code update} that
 * records the digest of an edited document and its new version hides any edit of any document this way. The hash is
 * keyed by nothing secret, so only a later checkpoint kept outside the store (or entries signed outside it)
 * can tell these entries from genuine ones.</li>
 * <li>Without a checkpoint, a consistent rewrite of the chain and a roll-back of the last writes with their documents
 * and the head.</li>
 * <li>The {@code events} column of an aggregate and its query values: no hash covers them. Queries then answer from
 * the edited values, and the next save after a lowered events count records domain events again.</li>
 * </ul>
 *
 * <p>Named too: a row stored at a position below 1, which a reader of the table would see
 * ({@link #aRowInsertedBeforeTheFirstPositionIsNamed}); and the row of the head deleted
 * ({@link #theAuditHeadRowDeletedIsNamedAndWritesAreRefused}).
 *
 * <p>A case takes a few tens of milliseconds: the copy is a file of about 100 KB, H2 keeps it open from the change to
 * the verification (see {@link #withTamperedStore}), and the cases run a few at a time.
 */
class TamperTest {

    /** The DBA's connection settings: H2 need not compact a copy that is thrown away when its last session closes. */
    private static final String DBA_SETTINGS = ";MAX_COMPACT_TIME=0";

    private static final OtpJson JSON = OtpJson.standard();

    private static final String OF_THE_AGGREGATE = " WHERE aggregate_type = ? AND aggregate_id = ?";

    private static final String L1 = EvaluationId.of(ServiceDeskTender.TENDER, ServiceDeskTender.LOT_1).toString();

    /** The rows the unreadable edits are tried on: a create that records a document digest, and a domain step. */
    private static final List<Long> UNREADABLE_ROWS = List.of(1L, 16L);

    /**
     * The rows deleted one at a time. Deleting, inserting, swapping and rewriting are tried from a few positions
     * rather than all: what they give depends only on whether the row is the first, the last or between, and, for a
     * trail cut short, on which documents the rows cut wrote. The positions chosen cover each: 1 the tender, 2 and 3
     * bids, 7 the last bid, 8 lot L1's evaluation, 19 and 22 its steps (22 the last), 23 lot L2's evaluation, 36 its
     * last step, 37 the contract.
     */
    private static final List<Long> DELETED_ROWS = List.of(1L, 2L, 19L, 36L, 37L);

    /** How many rows are cut from the end: the contract alone, down to lot L2's create, to lot L1's, to a bid, all. */
    private static final List<Long> CUT_ROWS = List.of(1L, 2L, 15L, 16L, 30L, 31L, 36L, 37L);

    private static final List<Long> INSERTED_AFTER = List.of(1L, 19L, 36L);

    private static final List<long[]> SWAPPED_ROWS = List.of(new long[] {1, 2}, new long[] {2, 3}, new long[] {22, 23},
        new long[] {36, 37}, new long[] {8, 23});

    private static final List<Long> REWRITTEN_FROM = List.of(1L, 2L, 8L, 19L, 22L, 23L, 36L, 37L);

    private static final AtomicInteger CASES = new AtomicInteger();

    /**
     * Runs the cases a few at a time: each spends part of its time waiting for its files and for the store's
     * connection pool to start and stop.
     */
    private static ExecutorService runner;

    @TempDir
    static Path work;

    private static Path pristine;

    private static AuditCheckpoint checkpoint;

    /** The pristine trail: entry n at index n - 1. */
    private static List<AuditEntry> trail;

    /** The pristine aggregate rows, in the order the store verifies them (by type, then id). */
    private static List<Document> documents;

    @BeforeAll
    static void storeThePristineDemo() throws SQLException {
        int threads = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));
        runner = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tamper-case");
            t.setDaemon(true);
            return t;
        });
        pristine = work.resolve("pristine");
        PersistenceScenario.Outcome outcome = new PersistenceScenario(
            new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)).run(pristine);
        checkpoint = outcome.checkpoint();
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(pristine)) {
            trail = store.auditTrail().read(1, AuditTrail.VERIFY_PAGE);
        }
        List<Document> rows = new ArrayList<>();
        try (Connection c = dba(pristine); PreparedStatement ps = c.prepareStatement("SELECT aggregate_type, "
                + "aggregate_id, version, document FROM otp_aggregate ORDER BY aggregate_type, aggregate_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Document(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    onlyWrite(rs.getString(1), rs.getString(2))));
            }
        }
        documents = List.copyOf(rows);
        // The premises the expectations are reasoned from.
        assertThat(JdbcSettings.defaults().tablePrefix()).isEqualTo("otp_");
        assertThat(outcome.verification().isIntact()).isTrue();
        assertThat(trail).hasSize(37);
        assertThat(checkpoint).isEqualTo(AuditCheckpoint.of(last()));
        assertThat(documents).hasSize(10).allSatisfy(d -> assertThat(d.version()).isEqualTo(1));
        assertThat(trail).filteredOn(e -> AuditChain.isWrite(e.change().action())).hasSize(documents.size());
        assertThat(last().change().action()).isEqualTo("create");
    }

    @AfterAll
    static void stopTheRunner() {
        runner.shutdownNow();
    }

    /** The position of the one audited write of an aggregate, which must be its create. */
    private static long onlyWrite(String type, String id) {
        List<AuditEntry> writes = trail.stream().filter(e -> e.change().aggregateType().equals(type)
            && e.change().aggregateId().equals(id) && AuditChain.isWrite(e.change().action())).toList();
        assertThat(writes).singleElement().satisfies(e -> assertThat(e.change().action()).isEqualTo("create"));
        return writes.get(0).position();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The audit rows

    @TestFactory
    Stream<DynamicTest> everyColumnOfEveryAuditRowEditedIsNamedAtItsPosition() {
        return trail.stream().flatMap(e -> Arrays.stream(Column.values()).map(column -> Tampering.of(
            label(e) + ": " + column.sql + " edited", c -> edit(c, e.position(), column.sql, column.edited.apply(e)),
            Expected.at(EDITED, e.position())))).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> auditRowsThatNoLongerReadBackAreNamedAsEdited() {
        return UNREADABLE_ROWS.stream().map(TamperTest::entry).flatMap(e -> Arrays.stream(Column.values()).map(column ->
            Tampering.of(label(e) + ": " + column.sql + " made unreadable",
                c -> edit(c, e.position(), column.sql, column.unreadable.apply(e)), Expected.at(EDITED, e.position()))))
            .collect(started());
    }

    @TestFactory
    Stream<DynamicTest> aDeletedAuditRowIsNamedWhetherTheHeadIsMovedOrNot() {
        long last = last().position();
        return DELETED_ROWS.stream().map(TamperTest::entry).flatMap(e -> {
            long k = e.position();
            Sql delete = c -> deleteEntries(c, k, k);
            Expected chain = k < last ? Expected.at(POSITION, k) : Expected.at(TRUNCATED, last);
            return Stream.of(
                Tampering.of(label(e) + " deleted, the head left at " + last, delete, chain),
                new Tampering(label(e) + " deleted, the head moved back to " + (last - 1),
                    delete.then(c -> head(c, last - 1)), k < last ? chain : firstUnrecordedFrom(k), chain));
        }).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> theLastAuditRowsDeletedAreFoundByTheHeadTheDocumentsOrOnlyTheCheckpoint() {
        long last = last().position();
        return CUT_ROWS.stream().flatMap(n -> {
            long from = last - n + 1;
            Sql delete = c -> deleteEntries(c, from, last);
            Sql headBack = delete.then(c -> head(c, from - 1));
            String rows = "the last " + n + " audit rows deleted";
            return Stream.of(
                Tampering.of(rows + ", the head left", delete, Expected.at(TRUNCATED, from)),
                new Tampering(rows + ", the head moved back", headBack, firstUnrecordedFrom(from),
                    Expected.at(TRUNCATED, from)),
                new Tampering(rows + " with the documents they created, the head moved back",
                    headBack.then(c -> deleteDocumentsWrittenFrom(c, from)), Expected.intact(),
                    Expected.at(TRUNCATED, from)));
        }).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> insertedAuditRowsAreNamed() {
        long last = last().position();
        long after = last + 1;
        Stream<Tampering> copies = Stream.of(1L, 19L, last).map(TamperTest::entry).flatMap(e -> Stream.of(
            Tampering.of("a copy of " + label(e) + " appended, the head left", c -> put(c, moved(e, after)),
                Expected.at(EDITED, after)),
            Tampering.of("a copy of " + label(e) + " appended, the head moved",
                c -> { put(c, moved(e, after)); head(c, after); }, Expected.at(EDITED, after)),
            Tampering.of("a copy of " + label(e) + " re-hashed at " + after + " but linked as the original",
                c -> { put(c, sealed(e.format(), after, e.change(), e.previousHash())); head(c, after); },
                Expected.at(BROKEN_LINK, after))));
        Stream<Tampering> inside = INSERTED_AFTER.stream().map(TamperTest::entry).flatMap(e -> Stream.of(
            Tampering.of("a copy of " + label(e) + " inserted after it, the later rows moved up",
                c -> { shift(c, e.position()); put(c, moved(e, e.position() + 1)); head(c, after); },
                Expected.at(EDITED, e.position() + 1)),
            Tampering.of("a forged entry chained to " + label(e) + " inserted after it, the later rows moved up",
                c -> {
                    shift(c, e.position());
                    forge(c, e.position() + 1, AuditChain.FORMAT_DOCUMENTS, List.of(forgedStep(1)));
                    head(c, after);
                },
                Expected.at(EDITED, e.position() + 2))));
        Stream<Tampering> appended = Stream.of(Tampering.of("a forged entry appended, the head left",
            c -> forge(c, after, AuditChain.FORMAT_DOCUMENTS, List.of(forgedStep(1))), Expected.at(HEAD, after)));
        return Stream.of(copies, inside, appended).flatMap(Function.identity()).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> swappedAuditRowsAreNamed() {
        return SWAPPED_ROWS.stream().flatMap(pair -> {
            AuditEntry a = entry(pair[0]);
            AuditEntry b = entry(pair[1]);
            String both = label(a) + " and " + label(b);
            return Stream.of(
                Tampering.of(both + " swap positions", c -> swapPositions(c, a.position(), b.position()),
                    Expected.at(EDITED, a.position())),
                Tampering.of(both + " swap their changes, each keeping its hashes",
                    c -> { put(c, withChange(a, b.change())); put(c, withChange(b, a.change())); },
                    Expected.at(EDITED, a.position())),
                Tampering.of(both + " swap positions, each re-hashed there but keeping its link",
                    c -> { put(c, sealed(b.format(), a.position(), b.change(), b.previousHash()));
                        put(c, sealed(a.format(), b.position(), a.change(), a.previousHash())); },
                    Expected.at(BROKEN_LINK, a.position())));
        }).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> aDeletedAuditRowWithTheLaterRowsRenumberedAndReHashedBreaksTheLink() {
        long last = last().position();
        return INSERTED_AFTER.stream().map(TamperTest::entry).map(e -> Tampering.of(label(e)
            + " deleted, each later row moved down and re-hashed there but keeping its link", c -> {
                deleteEntries(c, e.position(), last);
                for (long p = e.position() + 1; p <= last; p++) {
                    AuditEntry later = entry(p);
                    put(c, sealed(later.format(), p - 1, later.change(), later.previousHash()));
                }
                head(c, last - 1);
            }, Expected.at(BROKEN_LINK, e.position()))).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> aMovedAuditHeadIsNamed() {
        long last = last().position();
        Stream<Tampering> back = LongStream.of(0, 1, last / 2, last - 1).mapToObj(h -> Tampering.of(
            "the audit head moved back to " + h, c -> head(c, h), Expected.at(HEAD, h + 1)));
        Stream<Tampering> forward = LongStream.of(last + 1, last + 2, 1000).mapToObj(h -> Tampering.of(
            "the audit head moved forward to " + h, c -> head(c, h), Expected.at(TRUNCATED, last + 1)));
        return Stream.concat(back, forward).collect(started());
    }

    /**
     * Without the row of the head, the head reads as position 0: both verifications name the trail going on past it
     * (HEAD at position 1), and every write is refused, naming the missing row, rather than appending to a trail
     * whose end the store no longer knows.
     */
    @Test
    void theAuditHeadRowDeletedIsNamedAndWritesAreRefused() throws Exception {
        withTamperedStore(c -> change(c, 1, "DELETE FROM otp_audit_head"), store -> {
            for (AuditVerification v : List.of(store.auditTrail().verify(), store.auditTrail().verify(checkpoint))) {
                assertThat(v.problem()).as("%s", v).contains(HEAD);
                assertThat(v.firstBadPosition()).as("%s", v).contains(1L);
            }
            assertThatThrownBy(() -> store.auditTrail().append(io.otp.persistence.audit.AuditChange.builder()
                .aggregateType("tender").aggregateId("T-1").versionBefore(0).versionAfter(1)
                .actor(io.otp.core.id.PersonId.of("P1")).at(java.time.Instant.parse("2026-06-01T00:00:00Z"))
                .action("NOTE").build())).isInstanceOf(PersistenceException.class).hasMessageContaining("head");
        });
    }

    /**
     * A row stored at a position below 1 is an inserted entry that anyone reading the table sees (here, an award
     * proposal to another bid), so the verification must name it where the stored trail begins: position 1, as edited
     * (an entry cannot stand at position 0) or out of place: the store reads the trail from the lowest position
     * stored, not from 1.
     */
    @Test
    void aRowInsertedBeforeTheFirstPositionIsNamed() throws Exception {
        AuditEntry award = entry(22);
        withTamperedStore(c -> change(c, 1, "INSERT INTO otp_audit_entry SELECT 0, aggregate_type, aggregate_id, "
                + "version_before, version_after, actor, changed_at, action, CAST(? AS VARCHAR(200)), details, "
                + "previous_hash, hash, hash_format, document_hash FROM otp_audit_entry WHERE entry_position = ?",
                "award proposed to B2 of B12345674", award.position()), store -> {
            for (AuditVerification v : List.of(store.auditTrail().verify(), store.auditTrail().verify(checkpoint))) {
                assertThat(v.problem()).as("%s", v).hasValueSatisfying(p -> assertThat(p).isIn(EDITED, POSITION));
                assertThat(v.firstBadPosition()).as("%s", v).contains(1L);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The stored documents

    @TestFactory
    Stream<DynamicTest> everyStoredDocumentEditedDeletedOrAddedIsNamed() {
        return documents.stream().flatMap(d -> {
            String other = d.id() + "-BIS";
            return Stream.of(
                Tampering.of(d.name() + ": a digit of its first amount changed",
                    c -> setDocument(c, d, firstAmountChanged(d.json())), Expected.of(DOCUMENT_EDITED, d)),
                Tampering.of(d.name() + ": its first member written twice, first as null",
                    c -> setDocument(c, d, firstMemberTwice(d.json())), Expected.of(DOCUMENT_EDITED, d)),
                Tampering.of(d.name() + ": cut short, no longer JSON", c -> setDocument(c, d,
                    d.json().substring(0, d.json().length() - 1)), Expected.of(DOCUMENT_EDITED, d)),
                Tampering.of(d.name() + ": spaces added, the same document",
                    c -> setDocument(c, d, d.json().replace(",\"", ", \"")), Expected.intact()),
                Tampering.of(d.name() + ": version raised", c -> setVersion(c, d, d.version() + 1),
                    Expected.of(DOCUMENT_VERSION, d)),
                Tampering.of(d.name() + ": version lowered", c -> setVersion(c, d, d.version() - 1),
                    Expected.of(DOCUMENT_VERSION, d)),
                Tampering.of(d.name() + ": row deleted", c -> deleteDocument(c, d), Expected.of(DOCUMENT_MISSING, d)),
                Tampering.of(d.name() + ": copied to " + other, c -> onRow(c, d, "INSERT INTO otp_aggregate SELECT "
                    + "aggregate_type, CAST(? AS VARCHAR(255)), version, events, document FROM otp_aggregate", other),
                    Expected.unrecorded(d.type(), other)),
                Tampering.of(d.name() + ": moved to " + other, c -> onRow(c, d,
                    "UPDATE otp_aggregate SET aggregate_id = ?", other), Expected.unrecorded(d.type(), other)));
        }).collect(started());
    }

    @TestFactory
    Stream<DynamicTest> documentEditsAnInsiderWouldTryAreNamed() {
        Document b1 = document("bid", "B1");
        Document b2 = document("bid", "B2");
        Document lot1 = document("evaluation", L1);
        Document contract = documents.stream().filter(d -> d.type().equals("contract")).findFirst().orElseThrow();
        String raised = firstAmountChanged(b1.json());
        AuditEntry created = entry(b1.written());
        return Stream.of(
            Tampering.of("lot L1's evaluation with the results of bids B1 and B2 swapped, so that B2 is proposed",
                c -> setDocument(c, lot1, awardSwapped(lot1.json())), Expected.of(DOCUMENT_EDITED, lot1)),
            Tampering.of("the contract awarded to bid B2", c -> setDocument(c, contract, swapped(contract.json(),
                "\"awardedBid\":\"B1\"", "\"awardedBid\":\"B2\"")), Expected.of(DOCUMENT_EDITED, contract)),
            Tampering.of("the documents of bids B1 and B2 swapped", c -> {
                setDocument(c, b1, b2.json());
                setDocument(c, b2, b1.json());
            }, Expected.of(DOCUMENT_EDITED, b1)),
            Tampering.of("bid B1's offer edited and the digest its create recorded replaced", c -> {
                setDocument(c, b1, raised);
                edit(c, created.position(), "document_hash", AuditChain.documentHash(raised));
            }, Expected.at(EDITED, created.position())),
            new Tampering("bid B1's offer edited and the chain rewritten from its create with the new digest", c -> {
                setDocument(c, b1, raised);
                AuditChange withDigest = with(created.change(), created.change().summary(),
                    Optional.of(AuditChain.documentHash(raised)));
                forge(c, created.position(), AuditChain.FORMAT_DOCUMENTS, rewritten(created.position(), withDigest));
            }, Expected.intact(), Expected.at(CHECKPOINT, checkpoint.position())),
            new Tampering("bid B1's offer edited, the whole chain rewritten in format 1, covering no document", c -> {
                setDocument(c, b1, raised);
                List<AuditChange> withoutDigests = trail.stream().map(e -> with(e.change(), e.change().summary(),
                    Optional.empty())).toList();
                forge(c, 1, AuditChain.FORMAT_CHAIN, withoutDigests);
            }, Expected.intact(), Expected.at(CHECKPOINT, checkpoint.position())))
            .collect(started());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rewrites and forgeries by someone who knows the format

    @TestFactory
    Stream<DynamicTest> aConsistentRewriteOfTheChainFromAnyPositionIsCaughtOnlyByTheCheckpoint() {
        return REWRITTEN_FROM.stream().map(TamperTest::entry).map(e -> new Tampering(
            "the chain rewritten from " + label(e) + " with its summary edited",
            c -> forge(c, e.position(), AuditChain.FORMAT_DOCUMENTS, rewritten(e.position(),
                with(e.change(), e.change().summary() + " (rectificado)", e.change().documentHash()))),
            Expected.intact(), Expected.at(CHECKPOINT, checkpoint.position()))).collect(started());
    }

    /** Out of reach: see the class comment. */
    @TestFactory
    Stream<DynamicTest> forgedEntriesAppendedWithTheHeadMovedAreNotDetectedEvenWithTheCheckpoint() {
        long after = last().position() + 1;
        Document lot1 = document("evaluation", L1);
        String swapped = awardSwapped(lot1.json());
        AuditChange update = AuditChange.builder().aggregateType(lot1.type()).aggregateId(lot1.id())
            .versionBefore(lot1.version()).versionAfter(lot1.version() + 1).actor(ServiceDeskTender.BELTRAN)
            .at(Instant.parse("2026-05-13T09:00:00Z")).action("update").summary("corrección de la propuesta")
            .documentHash(AuditChain.documentHash(swapped)).build();
        return Stream.of(
            Tampering.of("a forged step appended, the head moved",
                c -> { forge(c, after, AuditChain.FORMAT_DOCUMENTS, List.of(forgedStep(1))); head(c, after); },
                Expected.intact()),
            Tampering.of("three forged steps appended, the head moved", c -> {
                forge(c, after, AuditChain.FORMAT_DOCUMENTS, List.of(forgedStep(1), forgedStep(2), forgedStep(3)));
                head(c, after + 2);
            }, Expected.intact()),
            Tampering.of("lot L1's award swapped, its version raised, a forged update with its digest appended", c -> {
                setDocument(c, lot1, swapped);
                setVersion(c, lot1, lot1.version() + 1);
                forge(c, after, AuditChain.FORMAT_DOCUMENTS, List.of(update));
                head(c, after);
            }, Expected.intact())).collect(started());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What no hash covers

    /**
     * The {@code events} column says how many domain events of a document are already in the trail. Lowered to 0, it
     * is not detected, and the next save of the unchanged evaluation records its 14 steps again (after its update)
     * as if they had just happened, in a chain that verifies.
     */
    @Test
    void anEditedEventsCountIsNotDetectedAndTheNextSaveRecordsTheStepsAgain() throws Exception {
        Document lot1 = document("evaluation", L1);
        List<String> steps = trail.stream().filter(e -> e.change().aggregateId().equals(L1)
            && !AuditChain.isWrite(e.change().action())).map(e -> e.change().action()).toList();
        withTamperedStore(c -> onRow(c, lot1, "UPDATE otp_aggregate SET events = 0"), store -> {
            verifies(store, Expected.intact(), Expected.intact());
            Repository<Evaluation, EvaluationId> evaluations = store.repository(Evaluation.class);
            Stored<Evaluation> stored = evaluations.find(EvaluationId.of(lot1.id())).orElseThrow();
            evaluations.save(stored.value(), stored.version(), ChangeContext.of(ServiceDeskTender.BELTRAN,
                Instant.parse("2026-05-13T09:00:00Z"), "nueva lectura"));
            List<String> appended = store.auditTrail().read(last().position() + 1, AuditTrail.VERIFY_PAGE).stream()
                .map(e -> e.change().action()).toList();
            assertThat(steps).hasSize(14);
            assertThat(appended).first().isEqualTo("update");
            assertThat(appended.subList(1, appended.size())).isEqualTo(steps);
            Expected.intact().check("verify() after the save", store.auditTrail().verify());
        });
    }

    /** A query value edited is not detected: a query for the bids of lot L2 answers with bid B3 of lot L1. */
    @Test
    void anEditedQueryValueIsNotDetectedAndQueriesAnswerFromIt() throws Exception {
        withTamperedStore(c -> change(c, 1, "UPDATE otp_query_value SET value_text = ? WHERE aggregate_type = 'bid' "
                + "AND aggregate_id = 'B3' AND value_name = ?", ServiceDeskTender.LOT_2.value(), Aggregate.LOT),
            store -> {
            verifies(store, Expected.intact(), Expected.intact());
            List<Stored<Bid>> lot2 = bidsOfLot(store, ServiceDeskTender.LOT_2.value());
            assertThat(lot2).extracting(s -> s.value().id().value()).containsExactly("B3", "B4", "B5", "B6");
            assertThat(lot2.get(0).value().lot()).isEqualTo(ServiceDeskTender.LOT_1);
        });
    }

    /** A query value deleted is not detected: a query for the bids of lot L1 leaves bid B1 out. */
    @Test
    void aDeletedQueryValueIsNotDetectedAndQueriesLeaveTheAggregateOut() throws Exception {
        withTamperedStore(c -> change(c, 1, "DELETE FROM otp_query_value WHERE aggregate_type = 'bid' AND "
                + "aggregate_id = 'B1' AND value_name = ?", Aggregate.LOT), store -> {
            verifies(store, Expected.intact(), Expected.intact());
            assertThat(bidsOfLot(store, ServiceDeskTender.LOT_1.value())).extracting(s -> s.value().id().value())
                .containsExactly("B2", "B3");
        });
    }

    private static List<Stored<Bid>> bidsOfLot(JdbcPersistenceProvider store, String lot) {
        return store.repository(Bid.class).find(Query.all().tender(ServiceDeskTender.TENDER).where(Aggregate.LOT, lot));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // How a case runs

    /** Work on the database behind the store's back. */
    @FunctionalInterface
    private interface Sql {
        void apply(Connection c) throws SQLException;

        default Sql then(Sql next) {
            return c -> {
                apply(c);
                next.apply(c);
            };
        }
    }

    /** Checks on the reopened store. */
    @FunctionalInterface
    private interface OnStore {
        void check(JdbcPersistenceProvider store) throws Exception;
    }

    /** One change made to the closed store, and what {@code verify()} and {@code verify(checkpoint)} must report. */
    private record Tampering(String name, Sql change, Expected plain, Expected checked) {

        static Tampering of(String name, Sql change, Expected both) {
            return new Tampering(name, change, both, both);
        }

        /** Starts the case on the runner, and gives the test that waits for it and reports its outcome. */
        DynamicTest start() {
            Future<?> run = runner.submit(() -> {
                withTamperedStore(change, store -> verifies(store, plain, checked));
                return null;
            });
            String outcome = checked.equals(plain) ? plain.toString()
                : plain + " without the checkpoint, " + checked + " with it";
            return DynamicTest.dynamicTest(name + " -> " + outcome, () -> {
                try {
                    run.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
            });
        }
    }

    /**
     * Starts every case at once and gives their tests: the cases run side by side on the runner, each on a copy of its
     * own, and each test reports one of them.
     */
    private static Collector<Tampering, ?, Stream<DynamicTest>> started() {
        return Collectors.collectingAndThen(Collectors.mapping(Tampering::start, Collectors.toList()), List::stream);
    }

    /**
     * What a verification must report: intact, or a problem with the position and the aggregate it names, each
     * compared exactly (an absent position or aggregate must be absent).
     */
    private record Expected(Optional<AuditProblem> problem, Optional<Long> position, Optional<String> type,
                            Optional<String> id) {

        static Expected intact() {
            return new Expected(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A problem of the chain, the head or the checkpoint: a position, no aggregate. */
        static Expected at(AuditProblem problem, long position) {
            return new Expected(Optional.of(problem), Optional.of(position), Optional.empty(), Optional.empty());
        }

        /** A problem of a stored document: the aggregate, and the position of its last audited write. */
        static Expected of(AuditProblem problem, Document d) {
            return new Expected(Optional.of(problem), Optional.of(d.written()), Optional.of(d.type()),
                Optional.of(d.id()));
        }

        /** A document stored without any audited write: the aggregate, no position. */
        static Expected unrecorded(String type, String id) {
            return new Expected(Optional.of(AuditProblem.DOCUMENT_UNRECORDED), Optional.empty(), Optional.of(type),
                Optional.of(id));
        }

        void check(String verification, AuditVerification v) {
            assertThat(List.of(v.problem(), v.firstBadPosition(), v.aggregateType(), v.aggregateId()))
                .as("%s gave: %s", verification, v).isEqualTo(List.of(problem, position, type, id));
        }

        @Override
        public String toString() {
            return problem.map(p -> p + position.map(n -> " at " + n).orElse("")
                + id.map(i -> " for " + type.orElseThrow() + " " + i).orElse("")).orElse("intact");
        }
    }

    /** Checks what {@code verify()} and {@code verify(checkpoint)} report. */
    private static void verifies(JdbcPersistenceProvider store, Expected plain, Expected checked) {
        plain.check("verify()", store.auditTrail().verify());
        checked.check("verify(checkpoint)", store.auditTrail().verify(checkpoint));
    }

    /** A pristine aggregate row and the position of its one audited write. */
    private record Document(String type, String id, long version, String json, long written) {

        String name() {
            return type + " " + id;
        }
    }

    /**
     * Copies the pristine store, makes the change with the DBA's own JDBC connection while the store is closed,
     * reopens the copy and runs the checks. The DBA's session commits the change before the store opens and stays
     * open until the store is closed again, so that H2 keeps the database open in between instead of closing the file
     * and reading it again: the store reads the same committed rows.
     */
    private static void withTamperedStore(Sql change, OnStore check) throws Exception {
        Path copy = Files.createDirectory(work.resolve("case-" + CASES.incrementAndGet()));
        String file = H2FileStore.DATABASE + ".mv.db";
        Files.copy(pristine.resolve(file), copy.resolve(file));
        try (Connection dba = dba(copy)) {
            change.apply(dba);
            try (JdbcPersistenceProvider store = H2FileStore.openExisting(copy)) {
                check.check(store);
            }
        }
        try (Stream<Path> files = Files.list(copy)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(copy);
    }

    private static Connection dba(Path directory) throws SQLException {
        return DriverManager.getConnection(H2FileStore.url(directory) + DBA_SETTINGS);
    }

    /** Runs a statement that must change exactly {@code rows} rows, so that no tampering silently does nothing. */
    private static void change(Connection c, int rows, String sql, Object... parameters) throws SQLException {
        assertThat(update(c, sql, parameters)).as(sql).isEqualTo(rows);
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Changes to audit rows

    /** A column of an audit row, an edit of its value, and a value that no longer reads back as an entry. */
    private enum Column {
        AGGREGATE_TYPE("aggregate_type", e -> e.change().aggregateType().equals("tender") ? "contract" : "tender",
            e -> "Tender"),
        AGGREGATE_ID("aggregate_id", e -> e.change().aggregateId() + "-2", e -> " "),
        // Every entry of the demo goes from version 0 to 1, so any other version before no longer reads back.
        VERSION_BEFORE("version_before", e -> e.change().versionBefore() + 1, e -> -1L),
        VERSION_AFTER("version_after", e -> e.change().versionAfter() + 1, e -> e.change().versionBefore()),
        ACTOR("actor", e -> "P-INTRUDER", e -> "P INTRUDER"),
        CHANGED_AT("changed_at", e -> e.change().at().plusSeconds(1).toString(), e -> "12/05/2026 11:00"),
        ACTION("action", e -> e.change().action().equals("create") ? "update" : "create", e -> " "),
        SUMMARY("summary", e -> e.change().summary() + " (rectificado)",
            e -> "x".repeat(AuditChange.MAX_TEXT_LENGTH + 1)),
        // Unreadable: a name twice, which readers that keep the first and readers that keep the last would read apart.
        DETAILS("details", e -> JSON.write(withDetail(e, "proposed", "B2")),
            e -> "{\"proposed\":\"B2\",\"proposed\":\"B1\"}"),
        PREVIOUS_HASH("previous_hash", e -> otherHash(e.previousHash()), e -> "previous"),
        HASH("hash", e -> otherHash(e.hash()), e -> e.hash().toUpperCase(Locale.ROOT)),
        HASH_FORMAT("hash_format", e -> AuditChain.FORMAT_CHAIN, e -> AuditChain.FORMAT_DOCUMENTS + 1),
        DOCUMENT_HASH("document_hash", e -> e.change().documentHash().map(TamperTest::otherHash)
            .orElse(AuditChain.documentHash("{}")), e -> "digest");

        final String sql;

        final Function<AuditEntry, Object> edited;

        final Function<AuditEntry, Object> unreadable;

        Column(String sql, Function<AuditEntry, Object> edited, Function<AuditEntry, Object> unreadable) {
            this.sql = sql;
            this.edited = edited;
            this.unreadable = unreadable;
        }
    }

    private static TreeMap<String, String> withDetail(AuditEntry e, String name, String value) {
        TreeMap<String, String> details = new TreeMap<>(e.change().details());
        details.put(name, value);
        return details;
    }

    /** Another valid hash: the last hexadecimal digit changed. */
    private static String otherHash(String hash) {
        return hash.substring(0, 63) + (hash.charAt(63) == '0' ? '1' : '0');
    }

    /** Sets one column of an audit row to a value it does not hold yet. */
    private static void edit(Connection c, long position, String column, Object value) throws SQLException {
        change(c, 1, "UPDATE otp_audit_entry SET " + column + " = ? WHERE entry_position = ? AND " + column
            + " IS DISTINCT FROM ?", value, position, value);
    }

    private static void deleteEntries(Connection c, long from, long to) throws SQLException {
        change(c, (int) (to - from + 1), "DELETE FROM otp_audit_entry WHERE entry_position BETWEEN ? AND ?", from, to);
    }

    private static void head(Connection c, long position) throws SQLException {
        change(c, 1, "UPDATE otp_audit_head SET head_position = ? WHERE id = 1", position);
    }

    /** Moves the pristine rows after a position up by one, in two steps so that no two rows ever share a position. */
    private static void shift(Connection c, long after) throws SQLException {
        int rows = (int) (last().position() - after);
        change(c, rows, "UPDATE otp_audit_entry SET entry_position = entry_position + 1000000 WHERE entry_position > ?",
            after);
        change(c, rows, "UPDATE otp_audit_entry SET entry_position = entry_position - 999999 "
            + "WHERE entry_position > 1000000");
    }

    private static void swapPositions(Connection c, long a, long b) throws SQLException {
        String move = "UPDATE otp_audit_entry SET entry_position = ? WHERE entry_position = ?";
        change(c, 1, move, -1L, a);
        change(c, 1, move, a, b);
        change(c, 1, move, b, -1L);
    }

    /** Writes an entry's row as the store does, over the row at its position if there is one. */
    private static void put(Connection c, AuditEntry e) throws SQLException {
        AuditChange ch = e.change();
        change(c, 1, "MERGE INTO otp_audit_entry (entry_position, aggregate_type, aggregate_id, version_before, "
            + "version_after, actor, changed_at, action, summary, details, previous_hash, hash, hash_format, "
            + "document_hash) KEY (entry_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.position(),
            ch.aggregateType(), ch.aggregateId(), ch.versionBefore(), ch.versionAfter(), ch.actor().toString(),
            ch.at().toString(), ch.action(), ch.summary(), JSON.write(ch.details()), e.previousHash(), e.hash(),
            e.format(), ch.documentHash().orElse(null));
    }

    /**
     * Writes entries from a position on, each chained to the one before it (the pristine entry before
     * {@code from} for the first) with the hash {@link AuditChain#hash} gives: what someone who knows the format can
     * do.
     */
    private static void forge(Connection c, long from, int format, List<AuditChange> changes) throws SQLException {
        String previous = from == 1 ? AuditChain.GENESIS : entry(from - 1).hash();
        long position = from;
        for (AuditChange change : changes) {
            AuditEntry e = sealed(format, position++, change, previous);
            put(c, e);
            previous = e.hash();
        }
    }

    /** An entry with the hash its contents give. */
    private static AuditEntry sealed(int format, long position, AuditChange change, String previousHash) {
        return AuditEntry.builder().format(format).position(position).change(change).previousHash(previousHash)
            .hash(AuditChain.hash(format, position, change, previousHash)).build();
    }

    /** An entry moved to another position, its hashes kept. */
    private static AuditEntry moved(AuditEntry e, long position) {
        return AuditEntry.builder().format(e.format()).position(position).change(e.change())
            .previousHash(e.previousHash()).hash(e.hash()).build();
    }

    /** An entry holding another change, its position and hashes kept. */
    private static AuditEntry withChange(AuditEntry e, AuditChange change) {
        return AuditEntry.builder().format(e.format()).position(e.position()).change(change)
            .previousHash(e.previousHash()).hash(e.hash()).build();
    }

    /** The pristine changes from a position to the last, the first of them replaced. */
    private static List<AuditChange> rewritten(long from, AuditChange first) {
        List<AuditChange> changes = new ArrayList<>();
        changes.add(first);
        trail.subList((int) from, trail.size()).forEach(e -> changes.add(e.change()));
        return changes;
    }

    private static AuditChange with(AuditChange c, String summary, Optional<String> documentHash) {
        return AuditChange.builder().aggregateType(c.aggregateType()).aggregateId(c.aggregateId())
            .versionBefore(c.versionBefore()).versionAfter(c.versionAfter()).actor(c.actor()).at(c.at())
            .action(c.action()).summary(summary).putAllDetails(c.details()).documentHash(documentHash).build();
    }

    /** A step of lot L1's evaluation that never happened: the award proposed to bid B2. */
    private static AuditChange forgedStep(int n) {
        return AuditChange.builder().aggregateType("evaluation").aggregateId(L1).versionBefore(0).versionAfter(1)
            .actor(ServiceDeskTender.NAVARRO).at(Instant.parse("2026-05-12T10:40:00Z").plusSeconds(n))
            .action("AWARD_PROPOSED").summary("award proposed to B2 of B12345674").putDetails("proposed", "B2").build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Changes to stored documents

    /** Runs a statement on a document's row (the statement up to its condition), which must change one row. */
    private static void onRow(Connection c, Document d, String sql, Object... values) throws SQLException {
        Object[] parameters = Arrays.copyOf(values, values.length + 2);
        parameters[values.length] = d.type();
        parameters[values.length + 1] = d.id();
        change(c, 1, sql + OF_THE_AGGREGATE, parameters);
    }

    private static void setDocument(Connection c, Document d, String json) throws SQLException {
        assertThat(json).isNotEqualTo(d.json());
        onRow(c, d, "UPDATE otp_aggregate SET document = ?", json);
    }

    private static void setVersion(Connection c, Document d, long version) throws SQLException {
        onRow(c, d, "UPDATE otp_aggregate SET version = ?", version);
    }

    private static void deleteDocument(Connection c, Document d) throws SQLException {
        onRow(c, d, "DELETE FROM otp_aggregate");
    }

    /** Deletes the documents whose audited write is at or after a position, and their query values. */
    private static void deleteDocumentsWrittenFrom(Connection c, long from) throws SQLException {
        for (Document d : documents) {
            if (d.written() >= from) {
                deleteDocument(c, d);
                update(c, "DELETE FROM otp_query_value" + OF_THE_AGGREGATE, d.type(), d.id());
            }
        }
    }

    /** One digit changed: the first of the first amount written as a number (an offer, a budget, a price). */
    private static String firstAmountChanged(String json) {
        Matcher amount = Pattern.compile("\"amount\":([1-9])").matcher(json);
        assertThat(amount.find()).as("an amount in %s", json).isTrue();
        char digit = amount.group(1).charAt(0);
        char other = digit == '9' ? '1' : (char) (digit + 1);
        return json.substring(0, amount.start(1)) + other + json.substring(amount.end(1));
    }

    /** The first member of the document written once more before it, as null: strict readers refuse it. */
    private static String firstMemberTwice(String json) {
        String name = json.substring(1, json.indexOf(':') + 1);
        return "{" + name + "null," + json.substring(1);
    }

    /** Lot L1's evaluation with bids B1 and B2 (bidder and all their results) exchanged, so that B2 is proposed. */
    private static String awardSwapped(String json) {
        return swapped(json, "\"bid\":\"B1\",\"bidder\":\"A58818501\"", "\"bid\":\"B2\",\"bidder\":\"B12345674\"");
    }

    private static String swapped(String text, String a, String b) {
        assertThat(text).contains(a);
        String hole = "\u0000";
        return text.replace(a, hole).replace(b, a).replace(hole, b);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The pristine demo

    private static AuditEntry entry(long position) {
        return trail.get((int) position - 1);
    }

    private static AuditEntry last() {
        return trail.get(trail.size() - 1);
    }

    private static Document document(String type, String id) {
        return documents.stream().filter(d -> d.type().equals(type) && d.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * What verify() reports when every audit row from a position on is gone and the head agrees: the first document, in
     * the order the store verifies them, whose one audited write (its create) was among those rows is stored without
     * any audited write. The documents before it still match their creates.
     */
    private static Expected firstUnrecordedFrom(long from) {
        Document d = documents.stream().filter(x -> x.written() >= from).findFirst().orElseThrow();
        return Expected.unrecorded(d.type(), d.id());
    }

    private static String label(AuditEntry e) {
        return "audit row " + e.position() + " (" + e.change().aggregateType() + " " + e.change().aggregateId() + " "
            + e.change().action() + ")";
    }
}
