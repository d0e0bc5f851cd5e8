package io.otp.persistence;

import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.memory.Notebook;
import io.otp.persistence.memory.Notebook.Note;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The limits every store applies to what it saves ({@link AggregateDocument}), each refused with its rule
 * and the path of the part of the aggregate, and the audit changes of a write.
 */
class AggregateDocumentTest {

    private static final ChangeContext BY = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-05-04T09:00:00Z"),
        "alta");

    /** 100 letters outside the BMP: the longest id a TypedId takes, 200 UTF-16 code units. */
    private static final String LONGEST_ID = "\ud835\udc00".repeat(100);

    @Test
    void theLongestIdATypedIdTakesIsWithinTheStoresLimit() {
        AggregateDocument d = AggregateDocument.of(Notebook.class, Notebook.of(LONGEST_ID, "text"));
        assertThat(d.id()).isEqualTo(LONGEST_ID).hasSize(200);
        assertThat(AggregateDocument.MAX_ID).isEqualTo(AuditChange.MAX_ID_LENGTH).isEqualTo(255);
        // an id text over 255 characters cannot be made: a typed id has at most 100 code points
        assertThatThrownBy(() -> NeedId.of(LONGEST_ID + "\ud835\udc00")).isInstanceOf(ValidationException.class);
    }

    @Test
    void theAuditTrailRefusesAnIdOverTheLimit() {
        AuditChange.Builder b = AuditChange.builder().aggregateType("need").versionBefore(0).versionAfter(1)
            .actor(PersonId.of("P1")).at(Instant.EPOCH).action("NOTE");
        assertThat(b.aggregateId("x".repeat(255)).build().aggregateId()).hasSize(255);
        assertThatThrownBy(() -> AuditChange.builder().aggregateType("need").versionBefore(0).versionAfter(1)
            .actor(PersonId.of("P1")).at(Instant.EPOCH).action("NOTE").aggregateId("x".repeat(256)).build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::ruleId).containsExactly(Tuple.tuple("aggregateId", "OTP-AUDIT-LENGTH")));
    }

    @Test
    void aQueryValueNameOverOneHundredCharactersIsRefused() {
        String name = "n".repeat(101);
        Notebook n = Notebook.of("NB-1", "text").withQueryValues(Map.of(name, "v"));
        assertOnlyViolation(() -> AggregateDocument.of(Notebook.class, n), "aggregate.queryValues[" + name + "]",
            "OTP-STORE-QUERY-VALUE", "notebook query value " + name
                + " is too long: names have at most 100 characters and values at most 1000");
    }

    @Test
    void aQueryValueOverOneThousandCharactersIsRefused() {
        Notebook n = Notebook.of("NB-1", "text").withQueryValues(Map.of("status", "v".repeat(1001)));
        assertOnlyViolation(() -> AggregateDocument.of(Notebook.class, n), "aggregate.queryValues[status]",
            "OTP-STORE-QUERY-VALUE", "notebook query value status is too long: names have at most 100 characters"
                + " and values at most 1000");
    }

    @Test
    void queryValuesAtTheLimitsAreKept() {
        Map<String, String> values = Map.of("n".repeat(100), "v".repeat(1000), "date", "2026-05-04");
        AggregateDocument d = AggregateDocument.of(Notebook.class, Notebook.of("NB-1", "text").withQueryValues(values));
        assertThat(d.queryValues()).isEqualTo(new TreeMap<>(values));
        assertThat(AggregateDocument.MAX_NAME).isEqualTo(100);
        assertThat(AggregateDocument.MAX_VALUE).isEqualTo(1000);
    }

    @Test
    void aQueryValueIsRefusedExactlyWhenItsNameOrValueIsOverTheLimit() {
        qt().withExamples(200).forAll(integers().between(1, 110), integers().between(0, 1010)).checkAssert((name, value) -> {
            Notebook n = Notebook.of("NB-1", "text").withQueryValues(Map.of("k".repeat(name), "v".repeat(value)));
            boolean over = name > 100 || value > 1000;
            if (over) {
                assertThatThrownBy(() -> AggregateDocument.of(Notebook.class, n))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::ruleId).containsExactly("OTP-STORE-QUERY-VALUE"));
            } else {
                assertThat(AggregateDocument.of(Notebook.class, n).queryValues()).hasSize(1);
            }
        });
    }

    @Test
    void everyReservedActionOfADomainEventIsRefusedWithItsIndex() {
        Notebook n = Notebook.of("NB-1", "text").with(Note.of("OPENED")).with(Note.of("delete"))
            .withQueryValues(Map.of("status", "v".repeat(1001)));
        assertThatThrownBy(() -> AggregateDocument.of(Notebook.class, n))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
                    Tuple.tuple("aggregate.queryValues[status]", "OTP-STORE-QUERY-VALUE"),
                    Tuple.tuple("aggregate.domainEvents[1].action", "OTP-AUDIT-ACTION-RESERVED")));
        assertOnlyViolation(() -> AggregateDocument.of(Notebook.class, Notebook.of("NB-1", "t").with(Note.of("create"))),
            "aggregate.domainEvents[0].action", "OTP-AUDIT-ACTION-RESERVED", "action \"create\" is recorded only by a"
                + " store's own writes (create, update, delete); give a change of your own another action");
    }

    @Test
    void aDocumentTheReaderWouldRefuseIsRefusedWithTheReadersRuleAsItsReason() {
        // 1,100,000 characters: over the reader's strings of 1,048,576
        Notebook big = Notebook.of("NB-1", "x".repeat(1_100_000));
        assertThatThrownBy(() -> AggregateDocument.of(Notebook.class, big))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
                    .containsExactly(Tuple.tuple("aggregate", "OTP-STORE-DOCUMENT"));
                assertThat(e.violations().get(0).message()).startsWith("the JSON of notebook NB-1 would not read back")
                    .contains("OTP-JSON-LIMIT");
            });
        assertThat(AggregateDocument.of(Notebook.class, Notebook.of("NB-1", "x".repeat(1_048_576))).json())
            .hasSizeGreaterThan(1_048_576);
    }

    @Test
    void theDocumentIsTheSdksJsonAndItsDigest() {
        Notebook n = Notebook.of("NB-1", "caf\u00e9 1.50");
        AggregateDocument d = AggregateDocument.of(Notebook.class, n);
        assertThat(d.typeName()).isEqualTo("notebook");
        assertThat(d.json()).isEqualTo(OtpJson.standard().write(n)).isEqualTo("{\"id\":\"NB-1\",\"text\":\"caf\u00e9 1.50\"}");
        assertThat(d.hash()).isEqualTo(AuditChain.documentHash(d.json()));
        assertThat(d.aggregate()).isSameAs(n);
        assertThat(d.events()).isZero();
    }

    @Test
    void theChangesOfAWriteAreItsCreateOrUpdateThenTheNewDomainEvents() {
        Notebook n = Notebook.of("NB-1", "t").with(Note.of("OPENED")).with(Note.of("SEALED")).with(Note.of("RANKED"));
        AggregateDocument d = AggregateDocument.of(Notebook.class, n);
        List<AuditChange> created = d.changes(0, 0, BY);
        assertThat(created).extracting(AuditChange::action).containsExactly("create", "OPENED", "SEALED", "RANKED");
        assertThat(created.get(0).documentHash()).contains(d.hash());
        assertThat(created.get(0).summary()).isEqualTo("alta");
        assertThat(created.get(0).actor()).isEqualTo(PersonId.of("P1"));
        assertThat(created.subList(1, 4)).allSatisfy(c -> {
            assertThat(c.documentHash()).isEmpty();
            assertThat(c.actor()).isEqualTo(PersonId.of("P-NOTE"));
            assertThat(c.versionBefore()).isZero();
            assertThat(c.versionAfter()).isEqualTo(1);
        });
        List<AuditChange> updated = d.changes(4, 2, BY);
        assertThat(updated).extracting(AuditChange::action).containsExactly("update", "RANKED");
        assertThat(updated).allSatisfy(c -> assertThat(c.versionAfter()).isEqualTo(5));
        assertThat(d.changes(1, 3, BY)).extracting(AuditChange::action).containsExactly("update");
        AuditChange deletion = AggregateDocument.deletion("notebook", "NB-1", 5, BY);
        assertThat(deletion.action()).isEqualTo("delete");
        assertThat(deletion.versionBefore()).isEqualTo(5);
        assertThat(deletion.versionAfter()).isEqualTo(6);
        assertThat(deletion.documentHash()).isEmpty();
    }
}
