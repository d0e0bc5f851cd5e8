package io.otp.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static AuditChange change(int i) {
        return AuditChange.builder().aggregateType("tender").aggregateId("2026/EXP-" + i).versionBefore(i)
            .versionAfter(i + 1L).actor(PersonId.of("P" + (i % 3))).at(Instant.parse("2026-05-04T09:00:00Z").plusSeconds(i))
            .action("update").summary("status changed").putDetails("status", "EVALUATION").build();
    }

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        Optional<AuditEntry> last = Optional.empty();
        for (int i = 0; i < n; i++) {
            AuditEntry e = AuditChain.next(last, change(i));
            out.add(e);
            last = Optional.of(e);
        }
        return out;
    }

    static AuditEntry edited(AuditEntry e) {
        AuditChange c = e.change();
        AuditChange forged = AuditChange.builder().aggregateType(c.aggregateType()).aggregateId(c.aggregateId())
            .versionBefore(c.versionBefore()).versionAfter(c.versionAfter()).actor(PersonId.of("INTRUDER")).at(c.at())
            .action(c.action()).summary(c.summary()).putAllDetails(c.details()).build();
        return AuditEntry.builder().position(e.position()).change(forged).previousHash(e.previousHash()).hash(e.hash())
            .build();
    }

    @Test
    void firstEntryFollowsTheGenesisHashAndEachEntryTheOneBefore() {
        List<AuditEntry> c = chain(3);
        assertThat(c.get(0).previousHash()).isEqualTo(AuditChain.GENESIS).hasSize(64);
        assertThat(c.get(1).previousHash()).isEqualTo(c.get(0).hash());
        assertThat(c.get(2).position()).isEqualTo(3);
        AuditVerification v = AuditChain.verify(c);
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entries()).isEqualTo(3);
        assertThat(v.lastHash()).isEqualTo(c.get(2).hash());
    }

    @Test
    void theHashIsSha256OfTheDocumentedCanonicalJson() throws Exception {
        AuditEntry e = chain(1).get(0);
        String canonical = AuditChain.canonicalJson(AuditChain.FORMAT_DOCUMENTS, 1, e.change(), AuditChain.GENESIS);
        assertThat(canonical).startsWith("{\"action\":\"update\",\"actor\":\"P0\",\"aggregateId\":\"2026/EXP-0\"")
            .contains("\"position\":1,\"previousHash\":\"" + AuditChain.GENESIS + "\"");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
            .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(e.hash()).isEqualTo(String.format("%064x", new java.math.BigInteger(1, digest)));
    }

    @Test
    void anEditedEntryIsNamed() {
        List<AuditEntry> c = new ArrayList<>(chain(5));
        c.set(2, edited(c.get(2)));
        AuditVerification v = AuditChain.verify(c);
        assertThat(v.firstBadPosition()).contains(3L);
        assertThat(v.problem()).contains(AuditProblem.EDITED);
    }

    @Test
    void aDeletedEntryIsFoundWhereTheGapIs() {
        List<AuditEntry> c = new ArrayList<>(chain(5));
        c.remove(1);
        AuditVerification v = AuditChain.verify(c);
        assertThat(v.firstBadPosition()).contains(2L);
        assertThat(v.problem()).contains(AuditProblem.POSITION);
    }

    @Test
    void reorderedEntriesAreFound() {
        List<AuditEntry> c = new ArrayList<>(chain(5));
        Collections.swap(c, 3, 4);
        assertThat(AuditChain.verify(c).firstBadPosition()).contains(4L);
    }

    @Test
    void anEntryEditedAndRehashedBreaksTheLinkOfTheNext() {
        List<AuditEntry> c = new ArrayList<>(chain(4));
        AuditEntry forged = edited(c.get(1));
        c.set(1, AuditEntry.builder().format(AuditChain.FORMAT_DOCUMENTS).position(2).change(forged.change())
            .previousHash(forged.previousHash())
            .hash(AuditChain.hash(AuditChain.FORMAT_DOCUMENTS, 2, forged.change(), forged.previousHash())).build());
        AuditVerification v = AuditChain.verify(c);
        assertThat(v.firstBadPosition()).contains(3L);
        assertThat(v.problem()).contains(AuditProblem.BROKEN_LINK);
    }

    @Test
    void anyDeletionSwapOrEditIsFoundAtTheFirstAffectedPosition() {
        // mutation 0 deletes entry k, 1 swaps k and k+1, 2 edits entry k: the first bad position is k + 1 (1-based)
        qt().withExamples(200).forAll(integers().between(2, 12), integers().between(0, 10_000), integers().between(0, 2))
            .checkAssert((n, r, m) -> {
                int k = r % (n - 1);
                List<AuditEntry> c = new ArrayList<>(chain(n));
                if (m == 0) {
                    c.remove((int) k);
                } else if (m == 1) {
                    Collections.swap(c, k, k + 1);
                } else {
                    c.set(k, edited(c.get(k)));
                }
                assertThat(AuditChain.verify(c).firstBadPosition()).contains(k + 1L);
            });
    }

    @Test
    void anEntryAppendedAfterTheEndByTheChainIsAccepted() {
        List<AuditEntry> c = new ArrayList<>(chain(3));
        c.add(AuditChain.next(Optional.of(c.get(2)), change(9)));
        assertThat(AuditChain.verify(c).isIntact()).isTrue();
    }

    @Test
    void entriesRoundTripThroughJson() {
        OtpJson json = OtpJson.standard();
        for (AuditEntry e : chain(3)) {
            String text = json.write(e);
            AuditEntry back = json.read(text, AuditEntry.class);
            assertThat(back).isEqualTo(e);
            assertThat(json.write(back)).isEqualTo(text);
        }
    }

    @Test
    void badChangesListEveryProblem() {
        assertThatThrownBy(() -> AuditChange.builder().aggregateType("Tender").aggregateId(" ").versionBefore(-1)
            .versionAfter(-1).actor(PersonId.of("P1")).at(Instant.EPOCH).action("").build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.path()).containsExactlyInAnyOrder("aggregateType", "aggregateId", "action",
                    "versionBefore", "versionAfter"));
    }

    @Test
    void malformedHashesAreRefused() {
        AuditEntry e = chain(1).get(0);
        assertThatThrownBy(() -> AuditEntry.builder().position(0).change(e.change()).previousHash("xyz")
            .hash(e.hash().toUpperCase(java.util.Locale.ROOT)).build())
            .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations())
                .extracting(v -> v.path()).containsExactlyInAnyOrder("position", "previousHash", "hash"));
    }

    @Test
    void hashesAreCheckedAsTheDocumentedSixtyFourLowerCaseHexDigits() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[0-9a-f]{64}");
        String alphabet = "0123456789abcdefABCDEFg \n";
        qt().forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(62, 66))
            .checkAssert(list -> {
                StringBuilder b = new StringBuilder();
                list.forEach(i -> b.append(alphabet.charAt(i)));
                String text = b.toString();
                assertThat(AuditEntry.isSha256Hex(text)).as(text).isEqualTo(documented.matcher(text).matches());
            });
        assertThat(AuditEntry.isSha256Hex("0123456789abcdef".repeat(4))).isTrue();
    }
}
