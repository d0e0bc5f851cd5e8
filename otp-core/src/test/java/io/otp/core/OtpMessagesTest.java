package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.TenderId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Values read from documents cannot forge log lines or flood a message (CWE-117). */
class OtpMessagesTest {

    private static boolean hasHiddenCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT);
    }

    @Test
    void aLineBreakInAValueCannotStartANewLogLine() {
        Violation v = Violation.of("bidder.name", "OTP-TEST", "io.otp.core.id.invalid", "field", "bidder.name",
            "value", "ACME\n2026-11-25 INFO evaluation approved by the president\r\u2028\u202e");
        assertThat(v.message()).doesNotContain("\n").doesNotContain("\r").contains("ACME\\u000a2026-11-25")
            .contains("\\u2028").contains("\\u202e");
        assertThat(v.toString()).doesNotContain("\n");
        assertThat(new ValidationException(v).getMessage().lines()).hasSize(1);
    }

    @Test
    void aHugeValueIsCutAndItsLengthGiven() {
        String huge = "x".repeat(10_000_000);
        String message = Violation.of("title", "OTP-TEST", "io.otp.core.id.invalid", "field", "title", "value", huge)
            .message(Locale.forLanguageTag("es"));
        assertThat(message).hasSizeLessThan(1_000).contains("(10000000 characters)");
    }

    @Test
    void printableTextIsUnchangedAndPathsAreNeutralisedToo() {
        assertThat(OtpMessages.printable("Servicio de soporte — año 2026, 1.234,56 €")).isEqualTo(
            "Servicio de soporte — año 2026, 1.234,56 €");
        assertThat(Violation.of("criteria[a\nb]", "OTP-TEST", "io.otp.core.unknown.key").toString())
            .startsWith("criteria[a\\u000ab]").doesNotContain("\n");
    }

    @Test
    void noRenderedValueHasAHiddenCharacterOrExceedsTheLimit() {
        Gen<String> values = SourceDSL.strings().allPossible().ofLengthBetween(0, 400);
        qt().forAll(values).checkAssert(value -> {
            String shown = OtpMessages.printable(value);
            assertThat(hasHiddenCharacter(shown)).as("%s", shown).isFalse();
            assertThat(shown.length()).isLessThanOrEqualTo(OtpMessages.MAX_SHOWN_LENGTH * 6 + 40);
            String rendered = OtpMessages.render("io.otp.core.id.invalid", Map.of("field", "f", "value", value),
                Locale.ENGLISH);
            assertThat(hasHiddenCharacter(rendered)).isFalse();
            if (!hasHiddenCharacter(value) && value.length() <= OtpMessages.MAX_SHOWN_LENGTH) {
                assertThat(shown).isEqualTo(value);
            }
        });
    }

    @Test
    void anInvalidIdWithABreakIsReportedOnOneLine() {
        try {
            TenderId.of("2026\nFORGED");
        } catch (ValidationException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains("2026\\u000aFORGED");
            return;
        }
        throw new AssertionError("an id with a line break was accepted");
    }

    @Test
    void escapedShowsEveryTerminalControlAsAnEscapeAndCutsNothing() {
        String hostile = "Lot\r\nFORGED\t\u001b]0;pwned\u0007\u001b[2J\u007f\u0085\u009b\u2028\u2029"
            + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
        String long1 = "€ — ñ".repeat(100) + hostile;

        String shown = OtpMessages.escaped(long1);

        assertThat(hasHiddenCharacter(shown)).as(shown).isFalse();
        assertThat(shown).startsWith("€ — ñ".repeat(100)).endsWith("Lot\\u000d\\u000aFORGED\\u0009\\u001b]0;pwned"
            + "\\u0007\\u001b[2J\\u007f\\u0085\\u009b\\u2028\\u2029\\u202a\\u202b\\u202c\\u202d\\u202e"
            + "\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c");
        assertThat(OtpMessages.escaped(shown)).isEqualTo(shown);
        assertThat(OtpMessages.escaped("Servicio — 1.234,56 €")).isEqualTo("Servicio — 1.234,56 €");
        assertThat(OtpMessages.escaped(null)).isEqualTo("null");
    }

    @Test
    void escapingKeepsEveryVisibleCharacterAndIsIdempotent() {
        qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 300)).checkAssert(value -> {
            String shown = OtpMessages.escaped(value);
            assertThat(hasHiddenCharacter(shown)).as("%s", shown).isFalse();
            assertThat(OtpMessages.escaped(shown)).isEqualTo(shown);
            if (!hasHiddenCharacter(value)) {
                assertThat(shown).isEqualTo(value);
            }
        });
    }

    /**
     * A decimal is shown without being written out: {@code toPlainString()} of {@code 1E+1000000000} needs a
     * billion characters (OutOfMemoryError in a 1 GB heap).
     */
    @Test
    void aDecimalIsShownShortWhateverItsExponent() {
        assertThat(OtpMessages.number(new BigDecimal("1234.50"))).isEqualTo("1234.50");
        assertThat(OtpMessages.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(OtpMessages.number(new BigDecimal("-0.000001"))).isEqualTo("-0.000001");
        assertThat(OtpMessages.number(new BigDecimal("9".repeat(60)))).isEqualTo("9".repeat(60));
        assertThat(OtpMessages.number(null)).isEqualTo("null");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(OtpMessages.number(new BigDecimal("1E+1000000000"))).isEqualTo("1E+1000000000");
            assertThat(OtpMessages.number(new BigDecimal("-1E+2147483647"))).isEqualTo("-1E+2147483647");
            assertThat(OtpMessages.number(new BigDecimal("1E-1000000000"))).isEqualTo("1E-1000000000");
            assertThat(OtpMessages.number(new BigDecimal("0E-1000000000"))).isEqualTo("0E-1000000000");
            assertThat(OtpMessages.number(new BigDecimal("1" + "0".repeat(60)))).isEqualTo("1E+60");
            assertThat(OtpMessages.number(new BigDecimal("1" + "0".repeat(59) + "1"))).isEqualTo("1…E+60");
            assertThat(OtpMessages.number(new BigDecimal("12345678901234567890123").scaleByPowerOfTen(100)))
                .isEqualTo("1.234567890123456789…E+122");
            assertThat(OtpMessages.number(new BigDecimal("12345." + "6".repeat(70))))
                .isEqualTo("12345.666666666666666…");
        });
    }
}
