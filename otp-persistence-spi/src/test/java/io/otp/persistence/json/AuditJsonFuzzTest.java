package io.otp.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.testing.IdGenerators;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonRoundTrips;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonTypeScan;
import io.otp.core.testing.Texts;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.audit.AuditVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The audit trail's JSON types (a store writes entries as JSON and reads them back; an auditor may be
 * handed an export): every readable JSON-capable public type of the persistence SPI has a generator
 * here (checked against a scan of the bytecode), round-trips exactly, and mutated documents (see
 * {@link io.otp.core.testing.JsonMutations}) are read into values that round-trip or refused with a
 * {@link ValidationException} naming a path, a rule and a message, each within 1 s ({@link JsonFuzzer}).
 *
 * <p>The number of fuzz cases is {@value #DEFAULT_CASES} unless {@code otp.fuzz.cases} says otherwise.
 */
class AuditJsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    private static final OtpJson JSON = OtpJson.standard();

    /** One generator of realistic, valid instances per readable JSON-capable type of the SPI. */
    static final Map<Class<?>, Gen<?>> GENERATORS = registry();

    private static Map<Class<?>, Gen<?>> registry() {
        Map<Class<?>, Gen<?>> out = new LinkedHashMap<>();
        out.put(AuditChange.class, changes());
        out.put(AuditEntry.class, chains().map(chain -> chain.get(chain.size() - 1)));
        out.put(AuditVerification.class, verifications());
        out.put(AuditCheckpoint.class, chains().zip(integers().between(0, 6), (chain, at) -> at == 0
            ? AuditCheckpoint.empty() : AuditCheckpoint.of(chain.get(at % chain.size()))));
        return out;
    }

    @Test
    void everyReadableJsonTypeOfTheSpiHasAGeneratorAndNoneIsStale() {
        JsonTypeScan scan = JsonTypeScan.of("io.otp.persistence");
        assertThat(JsonTypeScan.namesOf(GENERATORS.keySet())).isEqualTo(scan.readableJsonCapable());
        assertThat(JsonTypeScan.forbidden(scan.attributeTypes())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyTypeRoundTripsExactlyAndItsGeneratorCoversEveryProperty() {
        return JsonRoundTrips.everyType(GENERATORS, 200);
    }

    @Test
    void mutatedAuditDocumentsAreReadOrRefusedWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = JsonFuzzer.documentsOf(GENERATORS);
        JsonFuzzer.addEnums(documents, JsonTypeScan.of("io.otp.persistence").publicEnums());
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        assertThat(JsonFuzzer.run(documents, cases, RoundTrip.EQUAL_VALUE)).as("mutated documents checked")
            .isGreaterThanOrEqualTo(JsonFuzzer.atLeast(cases));
    }

    @Test
    void aVerificationReadBackKeepsItsInvariants() {
        String hash = "a".repeat(64);
        List<String> broken = List.of(
            "{\"entries\":-1,\"lastHash\":\"" + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"lastHash\":\"" + hash.toUpperCase(java.util.Locale.ROOT) + "\"}",
            "{\"entries\":3,\"firstBadPosition\":4,\"problem\":\"EDITED\",\"lastHash\":\"" + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"firstBadPosition\":0,\"problem\":\"EDITED\",\"lastHash\":\"" + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"firstBadPosition\":2,\"lastHash\":\"" + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"firstBadPosition\":2,\"problem\":\"EDITED\",\"lastHash\":\"" + hash + "\"}",
            "{\"entries\":3,\"problem\":\"EDITED\",\"lastHash\":\"" + hash + "\"}",
            "{\"entries\":3,\"detail\":\"all is well\",\"lastHash\":\"" + hash + "\"}",
            "{\"entries\":3,\"problem\":\"DOCUMENT_EDITED\",\"lastHash\":\"" + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"problem\":\"DOCUMENT_MISSING\",\"aggregateType\":\"bid\",\"lastHash\":\""
                + AuditChain.GENESIS + "\"}",
            "{\"entries\":3,\"documents\":-2,\"lastHash\":\"" + hash + "\"}");
        List<String> fields = List.of("entries", "lastHash", "firstBadPosition", "firstBadPosition", "problem",
            "lastHash", "firstBadPosition", "detail", "aggregateId", "aggregateId", "documents");
        for (int i = 0; i < broken.size(); i++) {
            String field = fields.get(i);
            String document = broken.get(i);
            assertThatThrownBy(() -> JSON.read(document, AuditVerification.class)).as(document)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                    .extracting(Violation::path).as(document).contains(field));
        }
        assertThat(JSON.read("{\"entries\":3,\"lastHash\":\"" + hash + "\"}", AuditVerification.class).isIntact())
            .isTrue();
    }

    // ------------------------------------------------------------------ generators

    private static Gen<AuditChange> changes() {
        Gen<String> types = Generate.pick(List.of("tender", "evaluation", "need", "funding-application", "kpi-series",
            "prtr-file"));
        Gen<String> actions = Generate.pick(List.of("create", "update", "delete", "VALUE_JUDGMENT_SEALED",
            "OFFERS_OPENED"));
        Gen<Instant> instants = longs().between(1_700_000_000_000L, 1_900_000_000_000L).map(Instant::ofEpochMilli);
        Gen<String> words = Texts.of("abcdefghijklmnopqrstuvwxyz áéíóúñ=0123456789", 0, 40);
        return types.zip(IdGenerators.validIdTexts(), longs().between(0, 1_000), integers().between(1, 5),
            (type, id, before, step) -> new Object[] {type, id, before, step})
            .zip(IdGenerators.validIdTexts(), instants, actions, words, (head, actor, at, action, summary) -> {
                AuditChange.Builder b = AuditChange.builder();
                b.aggregateType((String) head[0]).aggregateId((String) head[1]).versionBefore((Long) head[2])
                    .versionAfter((Long) head[2] + (Integer) head[3]).actor(PersonId.of(actor)).at(at)
                    .action(action).summary(summary);
                if (!summary.isEmpty()) {
                    b.putDetails("status", summary).putDetails("note", action);
                }
                if (action.equals("create") || action.equals("update")) {
                    b.documentHash(AuditChain.documentHash("{\"id\":\"" + head[1] + "\",\"v\":" + head[2] + "}"));
                }
                return b.build();
            });
    }

    /**
     * Chains of 1 to 6 entries made by {@link AuditChain#next}, after 0 to 2 entries of the earlier format
     * {@value AuditChain#FORMAT_CHAIN} (without document hashes) as a store written before it would hold.
     */
    private static Gen<List<AuditEntry>> chains() {
        return Generate.intArrays(integers().between(1, 6), integers().between(0, Integer.MAX_VALUE))
            .zip(changes(), integers().between(0, 2), (seeds, first, legacy) -> {
                List<AuditEntry> chain = new ArrayList<>();
                Optional<AuditEntry> previous = Optional.empty();
                for (int i = 0; i < seeds.length; i++) {
                    AuditChange change = copy(first, first.versionBefore() + i, first.summary(), i >= legacy);
                    AuditEntry next = i >= legacy ? AuditChain.next(previous, change) : legacy(previous, change);
                    chain.add(next);
                    previous = Optional.of(next);
                }
                return chain;
            });
    }

    /** The entry of format 1 that follows another. */
    private static AuditEntry legacy(Optional<AuditEntry> previous, AuditChange change) {
        long position = previous.map(p -> p.position() + 1).orElse(1L);
        String previousHash = previous.map(AuditEntry::hash).orElse(AuditChain.GENESIS);
        return AuditEntry.builder().format(AuditChain.FORMAT_CHAIN).position(position).change(change)
            .previousHash(previousHash).hash(AuditChain.hash(AuditChain.FORMAT_CHAIN, position, change, previousHash))
            .build();
    }

    /** A copy of a change from a version before to the next, with a summary, and its document hash or none. */
    private static AuditChange copy(AuditChange c, long versionBefore, String summary, boolean documentHash) {
        return AuditChange.builder().aggregateType(c.aggregateType()).aggregateId(c.aggregateId())
            .versionBefore(versionBefore).versionAfter(versionBefore + 1).actor(c.actor()).at(c.at())
            .action(c.action()).summary(summary).putAllDetails(c.details())
            .documentHash(documentHash ? c.documentHash() : Optional.empty()).build();
    }

    /**
     * Outcomes of verifying generated chains, intact or with one entry edited, dropped or swapped, a head
     * beyond or before the end, a checkpoint the chain no longer holds, or the documents of the aggregate
     * written at the end edited, at another version, missing, or one more stored without a write.
     */
    private static Gen<AuditVerification> verifications() {
        return chains().zip(integers().between(0, 9), integers().between(0, 5), (chain, damage, at) -> {
            List<AuditEntry> entries = new ArrayList<>(chain);
            int i = at % entries.size();
            if (damage == 1) {
                AuditEntry e = entries.get(i);
                AuditChange edited = copy(e.change(), e.change().versionBefore(), e.change().summary() + " (edited)",
                    e.format() == AuditChain.FORMAT_DOCUMENTS);
                entries.set(i, AuditEntry.builder().format(e.format()).position(e.position()).change(edited)
                    .previousHash(e.previousHash()).hash(e.hash()).build());
            } else if (damage == 2 && entries.size() > 1) {
                entries.remove(i);
            } else if (damage == 3 && entries.size() > 1) {
                entries.add(entries.remove(i));
            }
            AuditVerifier verifier = AuditVerifier.create(damage == 4 ? AuditCheckpoint.of(chain.size() + 1, "b".repeat(64))
                : AuditCheckpoint.of(chain.get(i)));
            entries.forEach(verifier::entry);
            verifier.head(damage == 5 ? entries.size() + 2 : damage == 6 ? Math.max(0, entries.size() - 1) : entries.size());
            verifier.beginDocuments();
            AuditChange last = chain.get(chain.size() - 1).change();
            if (damage != 7) {
                verifier.document(last.aggregateType(), last.aggregateId(), last.versionAfter() + (damage == 8 ? 1 : 0),
                    last.documentHash().orElse(AuditChain.documentHash("{}")));
            }
            if (damage == 9) {
                verifier.document("unrecorded", "X-" + at, 1, AuditChain.documentHash("[" + at + "]"));
            }
            return verifier.result();
        });
    }
}
