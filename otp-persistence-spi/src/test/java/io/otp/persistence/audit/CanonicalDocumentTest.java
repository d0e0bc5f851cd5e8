package io.otp.persistence.audit;

import static io.otp.persistence.audit.JsonDocuments.anyText;
import static io.otp.persistence.audit.JsonDocuments.canonical;
import static io.otp.persistence.audit.JsonDocuments.jsonb;
import static io.otp.persistence.audit.JsonDocuments.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.persistence.audit.JsonDocuments.JNumber;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of documents ({@link AuditChain#canonicalDocument}) and their digest
 * ({@link AuditChain#documentHash}): worked examples written by hand from the Javadoc, and properties
 * checked against the canonical text {@link JsonDocuments} writes on its own.
 */
class CanonicalDocumentTest {

    // ------------------------------------------------------------------ worked examples

    @Test
    void membersAreSortedSpacesDroppedAndNumbersWrittenPlainWithTheirScale() {
        // Javadoc: sorted keys, no whitespace, 1.50 keeps its scale, 1E+3 is 1000, U+0001 is \u0001 (six characters)
        String canonical = AuditChain.canonicalDocument("{\"b\":1.50,\"a\":[true,null,\"x\\u0001\"],\"c\":1E+3}");
        assertThat(canonical).isEqualTo("{\"a\":[true,null,\"x\\u0001\"],\"b\":1.50,\"c\":1000}");
        assertThat(canonical.substring(canonical.indexOf('x') + 1, canonical.indexOf('x') + 7).toCharArray())
            .containsExactly('\\', 'u', '0', '0', '0', '1');
        assertThat(AuditChain.canonicalDocument(" {\n\t\"a\" : [ 1 ,\r\n 2 ] , \"b\" : { } } "))
            .isEqualTo("{\"a\":[1,2],\"b\":{}}");
    }

    @Test
    void namesAreOrderedByUtf16CodeUnitsNotByCodePoints() {
        // z U+007A < é U+00E9 < 😀 (high surrogate U+D83D) < U+FFFF: by code point 😀 (U+1F600) would come last
        String canonical = AuditChain.canonicalDocument(
            "{\"\\uffff\":4,\"\\ud83d\\ude00\":3,\"\\u00e9\":1,\"z\":2,\"B\":5,\"\":6,\"ab\":7,\"a\":8}");
        assertThat(canonical).isEqualTo("{\"\":6,\"B\":5,\"a\":8,\"ab\":7,\"z\":2,\"\u00e9\":1,\"\ud83d\ude00\":3,"
            + "\"\uffff\":4}");
    }

    @Test
    void numbersAreTheirExactValueInPlainNotation() {
        Map<String, String> cases = Map.ofEntries(
            Map.entry("-0", "0"),                 // an integer zero has no sign
            Map.entry("-0.0", "0.0"),             // nor a decimal zero, which keeps its scale
            Map.entry("0E+3", "0"),               // a zero of negative scale is written 0
            Map.entry("1.0e2", "100"),            // 10 × 10^1
            Map.entry("1E+3", "1000"),
            Map.entry("-1.50E+1", "-15.0"),       // 150 × 10^-2 × 10^1: scale 1
            Map.entry("2.50E-3", "0.00250"),      // 250 × 10^-5
            Map.entry("1e-3", "0.001"),
            Map.entry("12345678901234567.01", "12345678901234567.01"),
            Map.entry("123456789012345678901234567890", "123456789012345678901234567890"),
            Map.entry("-98765432109876543210987654321", "-98765432109876543210987654321"));
        cases.forEach((json, canonical) -> assertThat(AuditChain.canonicalDocument(json)).as(json).isEqualTo(canonical));
    }

    @Test
    void onlyQuotesBackslashesControlCharactersAndLoneSurrogatesAreEscaped() {
        // "\/" is "/", \u0041 is "A", U+001F is \u001f in lower case, U+2028 and U+007F stay as they are, a pair
        // written as two escapes is the character itself, lone halves are escaped in lower case
        String canonical = AuditChain.canonicalDocument("[\"\\/\\u0041\\u001F\\t\\b\\f\\n\\r\\\"\\\\\","
            + "\"\\u2028\\u007f\",\"\\uD83D\\uDE00\",\"\\uD800x\\uDC00\",\"\\uDC00\\uD800\"]");
        assertThat(canonical).isEqualTo("[\"/A\\u001f\\t\\b\\f\\n\\r\\\"\\\\\",\"\u2028\u007f\",\"\ud83d\ude00\","
            + "\"\\ud800x\\udc00\",\"\\udc00\\ud800\"]");
        assertThat(AuditChain.canonicalDocument("\"\u00e9\u2028\"")).isEqualTo("\"\u00e9\u2028\"");
    }

    @Test
    void literalsAndScalarDocumentsAreWrittenAsThemselves() {
        assertThat(AuditChain.canonicalDocument(" true ")).isEqualTo("true");
        assertThat(AuditChain.canonicalDocument("false")).isEqualTo("false");
        assertThat(AuditChain.canonicalDocument("null")).isEqualTo("null");
        assertThat(AuditChain.canonicalDocument("[]")).isEqualTo("[]");
        assertThat(AuditChain.canonicalDocument("\"\"")).isEqualTo("\"\"");
    }

    @Test
    void theDigestIsSha256OfTheCanonicalTextsUtf8Bytes() throws Exception {
        // printf '%s' '{"a":1,"b":2}' | sha256sum
        String expected = "43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
            .digest("{\"a\":1,\"b\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(String.format("%064x", new java.math.BigInteger(1, digest))).isEqualTo(expected);
        assertThat(AuditChain.documentHash("{ \"b\": 2, \"a\": 1 }")).isEqualTo(expected);
        // printf '%s' '{"amount":1.50}' | sha256sum, and '{"amount":1.5}'
        assertThat(AuditChain.documentHash("{\"amount\": 1.50}"))
            .isEqualTo("10f3953fec6500f51540ec73afdbbb9f33cb4ff261f97dfdd7c8852b59e6ef19");
        assertThat(AuditChain.documentHash("{\"amount\":15E-1}"))
            .isEqualTo("9c7cd1a8a02864a9eb4a34c2e2afafbdf972ffd9ee0e3ce15ba5a5b41add0301");
        // non-ASCII text is digested as UTF-8: é is the two bytes C3 A9
        assertThat(AuditChain.documentHash("\"\\u00e9\"")).isEqualTo(sha256("\"\u00e9\""));
    }

    @Test
    void amountsThatDifferInTheirLastCentOrTheirScaleHaveDifferentDigests() {
        assertThat(AuditChain.documentHash("{\"amount\":12345678901234567.01}"))
            .isNotEqualTo(AuditChain.documentHash("{\"amount\":12345678901234567.02}"));
        // both are 12345678901234568 as binary doubles: an RFC 8785 digest would make them equal
        assertThat(Double.parseDouble("12345678901234567.01")).isEqualTo(Double.parseDouble("12345678901234567.02"));
        assertThat(AuditChain.documentHash("1.5")).isNotEqualTo(AuditChain.documentHash("1.50"));
        assertThat(AuditChain.documentHash("1000")).isEqualTo(AuditChain.documentHash("1E+3"));
    }

    @Test
    void textThatIsNotJsonIsRefusedWithTheReadersRule() {
        assertRefused("{\"a\":1", "OTP-JSON-SYNTAX");
        assertRefused("{\"a\":1,\"a\":2}", "OTP-JSON-DUPLICATE-KEY");
        assertRefused("[1] [2]", "OTP-JSON-SYNTAX");
        assertRefused("1" + "0".repeat(150), "OTP-JSON-LIMIT");
        assertRefused("[".repeat(65) + "]".repeat(65), "OTP-JSON-LIMIT");
    }

    /**
     * The reader limits numbers to 100 digits, but an exponent writes far more digits in plain notation
     * than the text has: {@code 1e1000000} is 9 characters and a million digits, {@code 1e2147483647} more
     * than a Java string holds. The Javadoc promises a ValidationException beyond the reader's limits, which
     * count digits in plain notation as the SDK writes numbers ({@code BoundedDecimalDeserializer}).
     */
    @Test
    void numbersWhosePlainNotationExceedsTheNumberLimitAreRefused() {
        assertRefused("{\"amount\":1e1000000}", "OTP-JSON-LIMIT");
        assertRefused("1e-1000000", "OTP-JSON-LIMIT");
        assertRefused("[1e2147483647]", "OTP-JSON-LIMIT");
        assertRefused("1e101", "OTP-JSON-LIMIT");
        assertRefused("0E-1000000", "OTP-JSON-LIMIT");
        assertThat(AuditChain.canonicalDocument("1e99")).isEqualTo("1" + "0".repeat(99));
    }

    private static void assertRefused(String json, String rule) {
        assertThatThrownBy(() -> AuditChain.documentHash(json)).as(json)
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::ruleId).contains(rule));
    }

    // ------------------------------------------------------------------ properties

    @Test
    void theCanonicalTextIsTheOneDocumentedWhateverTheOrderSpacingEscapesAndExponents() {
        qt().withExamples(400).forAll(JsonDocuments.objects(), longs().all()).checkAssert((document, seed) -> {
            String text = anyText(document, seed);
            assertThat(AuditChain.canonicalDocument(text)).as(text).isEqualTo(canonical(document));
        });
    }

    @Test
    void theCanonicalFormIsIdempotent() {
        qt().withExamples(300).forAll(JsonDocuments.objects(), longs().all()).checkAssert((document, seed) -> {
            String once = AuditChain.canonicalDocument(anyText(document, seed));
            assertThat(AuditChain.canonicalDocument(once)).isEqualTo(once);
            assertThat(AuditChain.documentHash(once)).isEqualTo(sha256(once));
        });
    }

    @Test
    void reorderingMembersAndAddingWhitespaceKeepsTheDigest() {
        qt().withExamples(300).forAll(JsonDocuments.objects(), longs().all(), longs().all())
            .checkAssert((document, seed, otherSeed) -> assertThat(AuditChain.documentHash(anyText(document, seed)))
                .isEqualTo(AuditChain.documentHash(anyText(document, otherSeed)))
                .isEqualTo(sha256(canonical(document))));
    }

    @Test
    void whatPostgresqlJsonbGivesBackHasTheSameDigest() {
        qt().withExamples(300).forAll(JsonDocuments.objects(), longs().all()).checkAssert((document, seed) -> {
            String stored = jsonb(document);
            assertThat(AuditChain.documentHash(stored)).as(stored)
                .isEqualTo(AuditChain.documentHash(anyText(document, seed)));
        });
        // a worked JSONB text: "b" and "é" (two bytes) come after the one-byte names, then by bytes
        assertThat(AuditChain.canonicalDocument("{\"a\": 1.50, \"z\": [1, 2], \"\u00e9\": true, \"ab\": null}"))
            .isEqualTo("{\"a\":1.50,\"ab\":null,\"z\":[1,2],\"\u00e9\":true}");
    }

    @Test
    void differentAmountsHaveDifferentDigests() {
        qt().withExamples(500).forAll(JsonDocuments.amounts(), JsonDocuments.amounts())
            .checkAssert((a, b) -> {
                String first = AuditChain.documentHash("{\"amount\":" + JsonDocuments.plain(a) + "}");
                String second = AuditChain.documentHash("{\"amount\":" + JsonDocuments.plain(b) + "}");
                // with scales of 0 or more, equal values of equal scale are equal BigDecimals
                assertThat(first.equals(second)).as("%s and %s", value(a), value(b)).isEqualTo(value(a).equals(value(b)));
                // the same value with one more trailing zero is another amount (1.5 and 1.50)
                JNumber longer = new JNumber(a.unscaled().multiply(java.math.BigInteger.TEN), a.scale() + 1, false);
                assertThat(AuditChain.documentHash("{\"amount\":" + JsonDocuments.plain(longer) + "}")).isNotEqualTo(first);
            });
    }

    @Test
    void generatedDocumentsReachEveryKindOfValueAndEscape() {
        // the properties above are only as good as what they generate
        List<String> texts = new java.util.ArrayList<>();
        qt().withExamples(400).forAll(JsonDocuments.objects(), longs().all())
            .checkAssert((document, seed) -> texts.add(anyText(document, seed) + " " + canonical(document)));
        String all = String.join("\n", texts);
        assertThat(all).contains("\\u0000", "\\ud800", "\\udc00", "\ud83d\ude00", "\u2028", "\\/", "E-", "e+", "[",
            "{\"", "true", "null", ".", "-0");
    }

    private static java.math.BigDecimal value(JNumber n) {
        return new java.math.BigDecimal(n.unscaled(), n.scale());
    }
}
