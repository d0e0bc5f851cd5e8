package io.otp.persistence.audit;

import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The text limits of {@link AuditChange}, at and one past each, and their purpose: every entry a store
 * accepts reads back through the SDK's JSON, in every store.
 */
class AuditChangeLimitsTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final int TEXT = AuditChange.MAX_TEXT_LENGTH;

    private static final AuditChange BASE = AuditChange.builder().aggregateType("need").aggregateId("N-1")
        .versionBefore(0).versionAfter(1).actor(PersonId.of("P1")).at(Instant.parse("2026-05-04T09:00:00Z"))
        .action("NOTE").build();

    private static AuditChange change(Consumer<AuditHistories.ChangeFields> edit) {
        return AuditHistories.edited(BASE, edit);
    }

    @Test
    void theLimitsAreTheDocumentedNumbers() {
        assertThat(AuditChange.MAX_TYPE_LENGTH).isEqualTo(100);
        assertThat(AuditChange.MAX_ID_LENGTH).isEqualTo(255);
        assertThat(AuditChange.MAX_ACTION_LENGTH).isEqualTo(200);
        assertThat(TEXT).isEqualTo(OtpJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_048_576);
        assertThat(AuditChange.MAX_TOTAL_TEXT_LENGTH).isEqualTo(2 * 1_048_576);
    }

    @Test
    void eachTextIsAcceptedAtItsLimitAndRefusedOnePast() {
        String type = "a" + "-b".repeat(49) + "c";
        assertThat(type).hasSize(100);
        assertThat(change(f -> f.type = type).aggregateType()).isEqualTo(type);
        assertOnlyViolation(() -> change(f -> f.type = type + "d"), "aggregateType", "OTP-AUDIT-TYPE",
            "aggregate type \"" + type + "d\" must be lower-case words joined by hyphens, e.g. tender or evaluation,"
                + " of at most 100 characters");
        assertThat(change(f -> f.id = "i".repeat(255)).aggregateId()).hasSize(255);
        assertOnlyViolation(() -> change(f -> f.id = "i".repeat(256)), "aggregateId", "OTP-AUDIT-LENGTH",
            "this text has 256 characters; every store keeps at most 255");
        assertThat(change(f -> f.action = "A".repeat(200)).action()).hasSize(200);
        assertOnlyViolation(() -> change(f -> f.action = "A".repeat(201)), "action", "OTP-AUDIT-LENGTH",
            "this text has 201 characters; every store keeps at most 200");
        assertThat(change(f -> f.summary = "s".repeat(TEXT)).summary()).hasSize(TEXT);
        assertOnlyViolation(() -> change(f -> f.summary = "s".repeat(TEXT + 1)), "summary", "OTP-AUDIT-LENGTH",
            "this text has 1048577 characters; every store keeps at most 1048576");
        assertOnlyViolation(() -> change(f -> f.details.put("note", "v".repeat(TEXT + 1))), "details[note]",
            "OTP-AUDIT-LENGTH", "this text has 1048577 characters; every store keeps at most 1048576");
    }

    @Test
    void theSummaryAndDetailsTogetherAreAcceptedUpToTwiceTheTextLimit() {
        // 1,048,576 + (1 + 1,048,575) = 2,097,152 characters: at the limit; one more is over it
        AuditChange atLimit = change(f -> {
            f.summary = "s".repeat(TEXT);
            f.details.put("k", "v".repeat(TEXT - 1));
        });
        assertThat(atLimit.details()).containsKey("k");
        assertOnlyViolation(() -> change(f -> {
            f.summary = "s".repeat(TEXT);
            f.details.put("k", "v".repeat(TEXT));
        }), "details", "OTP-AUDIT-LENGTH", "the summary and details have 2097153 characters together; an entry"
            + " holds at most 2097152");
    }

    @Test
    void aChangeIsRefusedExactlyWhenATextIsOverItsLimit() {
        qt().withExamples(100).forAll(integers().between(1, 260), integers().between(1, 210), integers().between(1, 110))
            .checkAssert((id, action, type) -> {
                boolean over = id > 255 || action > 200 || type > 100;
                Optional<ValidationException> refused = refusal(() -> change(f -> {
                    f.id = "i".repeat(id);
                    f.action = "A".repeat(action);
                    f.type = "t".repeat(type);
                }));
                assertThat(refused.isPresent()).as("id %d, action %d, type %d", id, action, type).isEqualTo(over);
                refused.ifPresent(e -> assertThat(e.violations()).hasSize((id > 255 ? 1 : 0) + (action > 200 ? 1 : 0)
                    + (type > 100 ? 1 : 0)));
            });
    }

    private static Optional<ValidationException> refusal(Runnable build) {
        try {
            build.run();
            return Optional.empty();
        } catch (ValidationException e) {
            return Optional.of(e);
        }
    }

    @Test
    void anEntryWhoseEveryCharacterMustBeEscapedReadsBackAtTheLimits() {
        // U+0001 is written as six characters: 2,097,152 of them make an entry of about 12 MiB, under 16 MiB
        String control = "\u0001";
        AuditChange c = change(f -> {
            f.summary = control.repeat(TEXT);
            f.details.put(control, control.repeat(TEXT - 1));
        });
        AuditEntry e = AuditChain.next(Optional.empty(), c);
        String text = JSON.write(e);
        assertThat(text.length()).isGreaterThan(12_000_000).isLessThan((int) OtpJson.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThat(JSON.read(text, AuditEntry.class)).isEqualTo(e);
    }

    /**
     * The class Javadoc: each detail's name has at most {@value AuditChange#MAX_DETAIL_NAME_LENGTH} characters,
     * "so that every entry a store accepts also reads back, in every store": a detail's name is a JSON name,
     * which the SDK's reader takes up to Jackson's default of 50,000 characters only.
     */
    @Test
    void anEntryWithTheLongestDetailNameAcceptedReadsBack() {
        int longest = AuditChange.MAX_DETAIL_NAME_LENGTH;
        AuditChange c = change(f -> f.details.put("k".repeat(longest), "v"));
        AuditEntry e = AuditChain.next(Optional.empty(), c);
        assertThat(readBack(JSON.write(e))).isEqualTo(e);
        for (int length : List.of(longest + 1, 50_001, TEXT)) {
            assertThatThrownBy(() -> change(f -> f.details.put("k".repeat(length), "v"))).as("a name of %d", length)
                .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations())
                    .extracting(Violation::ruleId).containsExactly("OTP-AUDIT-LENGTH"));
        }
    }

    private static AuditEntry readBack(String text) {
        try {
            return JSON.read(text, AuditEntry.class);
        } catch (ValidationException e) {
            throw new AssertionError("not read back: " + e.violations().stream().map(Violation::toString).toList(), e);
        }
    }
}
