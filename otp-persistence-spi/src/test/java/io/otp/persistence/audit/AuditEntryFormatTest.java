package io.otp.persistence.audit;

import static io.otp.persistence.audit.AuditHistories.edited;
import static io.otp.persistence.audit.AuditHistories.withChange;
import static io.otp.persistence.audit.JsonDocuments.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.audit.AuditHistories.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The entry formats: what each format's hash covers ({@value AuditChain#FORMAT_CHAIN}: the change and the
 * chain; {@value AuditChain#FORMAT_DOCUMENTS}: also the document's digest and the format), that entries of
 * both verify, alone or mixed, and what an entry of either may hold.
 */
class AuditEntryFormatTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** The digest of the document {"id":"T-1"}, canonical as written. */
    private static final String DOCUMENT = sha256("{\"id\":\"T-1\"}");

    private static AuditChange.Builder creation() {
        return AuditChange.builder().aggregateType("tender").aggregateId("T-1").versionBefore(0).versionAfter(1)
            .actor(PersonId.of("P1")).at(AuditHistories.T0).action("create").summary("alta")
            .putDetails("status", "DRAFT");
    }

    @Test
    void eachFormatsCanonicalJsonIsTheDocumentedText() {
        // the keys of AuditChain#canonicalJson in alphabetical order, written by hand
        String head = "{\"action\":\"create\",\"actor\":\"P1\",\"aggregateId\":\"T-1\",\"aggregateType\":\"tender\","
            + "\"at\":\"2026-05-04T09:00:00Z\",\"details\":{\"status\":\"DRAFT\"},";
        String tail = "\"position\":1,\"previousHash\":\"" + "0".repeat(64) + "\",\"summary\":\"alta\","
            + "\"versionAfter\":1,\"versionBefore\":0}";
        AuditChange plain = creation().build();
        AuditChange digested = creation().documentHash(DOCUMENT).build();
        assertThat(AuditChain.canonicalJson(1, 1, plain, AuditChain.GENESIS)).isEqualTo(head + tail);
        assertThat(AuditChain.canonicalJson(2, 1, plain, AuditChain.GENESIS)).isEqualTo(head + "\"format\":2," + tail);
        assertThat(AuditChain.canonicalJson(2, 1, digested, AuditChain.GENESIS))
            .isEqualTo(head + "\"documentHash\":\"" + DOCUMENT + "\",\"format\":2," + tail);
        // format 1 does not cover the document: its text is the same with or without one
        assertThat(AuditChain.canonicalJson(1, 1, digested, AuditChain.GENESIS)).isEqualTo(head + tail);
        assertThat(AuditChain.hash(2, 1, digested, AuditChain.GENESIS))
            .isEqualTo(sha256(head + "\"documentHash\":\"" + DOCUMENT + "\",\"format\":2," + tail));
        assertThat(AuditChain.hash(1, 1, plain, AuditChain.GENESIS)).isEqualTo(sha256(head + tail));
    }

    @Test
    void theChainMakesEntriesOfTheDocumentsFormat() {
        AuditEntry first = AuditChain.next(Optional.empty(), creation().documentHash(DOCUMENT).build());
        assertThat(first.format()).isEqualTo(AuditChain.FORMAT_DOCUMENTS).isEqualTo(2);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.hash()).isEqualTo(AuditChain.hash(2, 1, first.change(), AuditChain.GENESIS));
        assertThat(AuditChain.FORMAT_CHAIN).isEqualTo(1);
    }

    @Test
    void formatOneEntriesBuiltByHandVerifyIntact() {
        // 1 create T-1, 2 its domain event, 3 create B-1, 4 delete T-1: all of format 1, built by hand
        List<AuditEntry> chain = new AuditHistories.Builder(99).write("tender", "T-1", false, 1)
            .write("bid", "B-1", false, 0).write("tender", "T-1", true, 0).history().entries();
        assertThat(chain).hasSize(4).allSatisfy(e -> assertThat(e.format()).isEqualTo(AuditChain.FORMAT_CHAIN));
        assertThat(chain).allSatisfy(e -> assertThat(e.change().documentHash()).isEmpty());
        AuditVerification v = AuditChain.verify(chain);
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(4);
        assertThat(v.lastHash()).isEqualTo(chain.get(3).hash());
    }

    @Test
    void anEntryBuiltOrReadWithoutAFormatIsOfFormatOne() {
        AuditChange change = creation().build();
        String hash = AuditChain.hash(1, 1, change, AuditChain.GENESIS);
        AuditEntry built = AuditEntry.builder().position(1).change(change).previousHash(AuditChain.GENESIS).hash(hash)
            .build();
        assertThat(built.format()).isEqualTo(AuditChain.FORMAT_CHAIN);
        String text = JSON.write(built).replace("\"format\":1,", "");
        assertThat(text).doesNotContain("format");
        AuditEntry read = JSON.read(text, AuditEntry.class);
        assertThat(read.format()).isEqualTo(AuditChain.FORMAT_CHAIN);
        assertThat(AuditChain.verify(List.of(read)).isIntact()).isTrue();
    }

    @Test
    void editingOnlyTheDocumentHashOfAStoredEntryIsFound() {
        // 1 create T-1, 2 create B-1, 3 update T-1
        List<AuditEntry> chain = new ArrayList<>(new AuditHistories.Builder(0).write("tender", "T-1", false, 0)
            .write("bid", "B-1", false, 0).write("tender", "T-1", false, 0).history().entries());
        AuditEntry e = chain.get(2);
        assertThat(e.change().documentHash()).isPresent();
        AuditChange other = edited(e.change(), f -> f.documentHash = Optional.of(sha256("{\"id\":\"forged\"}")));
        chain.set(2, withChange(e, other));
        AuditVerification v = AuditChain.verify(chain);
        assertThat(v.problem()).contains(AuditProblem.EDITED);
        assertThat(v.firstBadPosition()).contains(3L);
        assertThat(v.detail().orElseThrow()).contains("entry 3").contains(e.hash());
    }

    @Test
    void droppingTheDocumentHashOrChangingTheFormatOfAStoredEntryIsFound() {
        AuditEntry e = AuditChain.next(Optional.empty(), creation().documentHash(DOCUMENT).build());
        AuditEntry withoutDigest = withChange(e, creation().build());
        assertThat(AuditChain.verify(List.of(withoutDigest)).problem()).contains(AuditProblem.EDITED);
        AuditEntry plain = AuditChain.next(Optional.empty(), creation().build());
        AuditEntry downgraded = AuditEntry.builder().format(AuditChain.FORMAT_CHAIN).position(1).change(plain.change())
            .previousHash(plain.previousHash()).hash(plain.hash()).build();
        assertThat(AuditChain.verify(List.of(downgraded)).problem()).contains(AuditProblem.EDITED);
    }

    @Test
    void aFormatOneEntryCarryingADocumentHashIsRefused() {
        AuditChange digested = creation().documentHash(DOCUMENT).build();
        assertThatThrownBy(() -> AuditEntry.builder().format(1).position(1).change(digested)
            .previousHash(AuditChain.GENESIS).hash(AuditChain.hash(1, 1, digested, AuditChain.GENESIS)).build())
            .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations())
                .extracting(Violation::path, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("change.documentHash", "OTP-AUDIT-FORMAT")));
        String text = JSON.write(AuditChain.next(Optional.empty(), digested)).replace("\"format\":2", "\"format\":1");
        assertThatThrownBy(() -> JSON.read(text, AuditEntry.class)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("OTP-AUDIT-FORMAT");
    }

    @Test
    void unknownFormatsAreRefused() {
        AuditChange change = creation().build();
        for (int format : new int[] {0, 3, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> AuditEntry.builder().format(format).position(1).change(change)
                .previousHash(AuditChain.GENESIS).hash(AuditChain.GENESIS).build()).as("format %d", format)
                .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations())
                    .extracting(Violation::path, Violation::ruleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("format", "OTP-AUDIT-FORMAT")));
            assertThatThrownBy(() -> AuditChain.canonicalJson(format, 1, change, AuditChain.GENESIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(format));
            assertThatThrownBy(() -> AuditChain.hash(format, 1, change, AuditChain.GENESIS))
                .isInstanceOf(IllegalArgumentException.class);
        }
        String text = JSON.write(AuditChain.next(Optional.empty(), change)).replace("\"format\":2", "\"format\":3");
        assertThatThrownBy(() -> JSON.read(text, AuditEntry.class)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("OTP-AUDIT-FORMAT");
    }

    @Test
    void aChainOfFormatOneThenFormatTwoEntriesVerifiesWithItsDocuments() {
        // format 1: 1 create T-1, 2 its event, 3 create B-1; format 2: 4 update T-1, 5 create B-2, 6 and 7 its events
        History h = new AuditHistories.Builder(3).write("tender", "T-1", false, 1).write("bid", "B-1", false, 0)
            .write("tender", "T-1", false, 0).write("bid", "B-2", false, 2).history();
        assertThat(h.entries()).extracting(AuditEntry::format).containsExactly(1, 1, 1, 2, 2, 2, 2);
        AuditVerification v = AuditHistories.verify(AuditCheckpoint.empty(), h.entries(), h.entries().size(),
            h.documents());
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.documents()).isEqualTo(h.documents().size()).isPositive();
        assertThat(v.checkpoint()).contains(AuditCheckpoint.of(h.entries().get(6)));
    }

    @Test
    void aDocumentWrittenUnderFormatOneIsCheckedForItsVersionOnly() {
        // tender T-1 is created by entry 1 of format 1, which records no digest
        History h = new AuditHistories.Builder(1).write("tender", "T-1", false, 0).history();
        AuditHistories.Document stored = h.documents().get(0);
        AuditVerification edited = AuditHistories.verify(AuditCheckpoint.empty(), h.entries(), AuditHistories.NO_HEAD,
            List.of(stored.withJson("{\"id\":\"T-1\",\"edited\":true}")));
        assertThat(edited.isIntact()).as(edited.toString()).isTrue();
        AuditVerification versioned = AuditHistories.verify(AuditCheckpoint.empty(), h.entries(), AuditHistories.NO_HEAD,
            List.of(stored.atVersion(2)));
        assertThat(versioned.problem()).contains(AuditProblem.DOCUMENT_VERSION);
    }

    @Test
    void everyFieldAndTheFormatAreCoveredByTheHash() {
        qt().withExamples(200).forAll(AuditHistories.histories(), integers().between(0, 1_000))
            .checkAssert((h, at) -> {
                if (h.entries().isEmpty()) {
                    return;
                }
                AuditEntry e = h.entries().get(at % h.entries().size());
                AuditChange c = e.change();
                long p = e.position();
                String prev = e.previousHash();
                String hash = AuditChain.hash(e.format(), p, c, prev);
                assertThat(hash).isEqualTo(e.hash());
                List<AuditChange> edits = new ArrayList<>(List.of(
                    edited(c, f -> f.summary += "."),
                    edited(c, f -> f.action += "X"),
                    edited(c, f -> f.actor = PersonId.of("INTRUDER")),
                    edited(c, f -> f.at = f.at.plusMillis(1)),
                    edited(c, f -> f.id += "0"),
                    edited(c, f -> f.type = "other"),
                    edited(c, f -> f.after++),
                    edited(c, f -> f.details.put("note", "added"))));
                if (c.versionBefore() > 0) {
                    edits.add(edited(c, f -> f.before--));
                }
                for (AuditChange edit : edits) {
                    assertThat(AuditChain.hash(e.format(), p, edit, prev)).as(edit.toString()).isNotEqualTo(hash);
                }
                assertThat(AuditChain.hash(e.format(), p + 1, c, prev)).isNotEqualTo(hash);
                assertThat(AuditChain.hash(e.format(), p, c, "f".repeat(64))).isNotEqualTo(hash);
                if (e.format() == AuditChain.FORMAT_DOCUMENTS) {
                    assertThat(AuditChain.hash(2, p, edited(c, f -> f.documentHash = Optional.of(sha256(hash))), prev))
                        .isNotEqualTo(hash);
                    assertThat(AuditChain.hash(1, p, edited(c, f -> f.documentHash = Optional.empty()), prev))
                        .isNotEqualTo(hash);
                }
            });
    }
}
