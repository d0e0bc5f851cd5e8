package io.otp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.NullValueException;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every failure comes back as a ValidationException with the JSON path, a rule id and both languages. */
class OtpJsonErrorTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final OtpJson json = OtpJson.standard();

    /** The one violation the call reports; also checks both languages render and the cause is kept. */
    private static Violation onlyViolation(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.message()).doesNotStartWith("io.otp.core.");
        assertThat(v.message(SPANISH)).doesNotStartWith("io.otp.core.").isNotEqualTo(v.message());
        return v;
    }

    private static Violation onlyViolationCausedByJackson(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.getCause()).isInstanceOf(JacksonException.class);
        return onlyViolation(call);
    }

    private SampleRecord readSample(String text) {
        return json.read(text, SampleRecord.class);
    }

    // --- syntax -------------------------------------------------------------------------------

    @Test
    void malformedJsonIsASyntaxErrorWithLineAndColumn() {
        Violation v = onlyViolationCausedByJackson(() -> readSample("{\"title\":\"t\",}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
        assertThat(v.path()).isEqualTo("title");
        assertThat(v.arguments()).containsEntry("line", "1").containsEntry("column", "14");
        assertThat(v.message()).startsWith("$.title: malformed JSON at line 1, column 14: Unexpected character ('}'");
        assertThat(v.message(SPANISH)).startsWith("$.title: JSON mal formado en la línea 1, columna 14:");
    }

    @Test
    void malformedJsonInsideAnArrayNamesTheElement() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\n\"tags\":[\"a\" \"b\"]}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
        assertThat(v.path()).isEqualTo("tags[1]");
        assertThat(v.arguments()).containsEntry("line", "2");
    }

    @Test
    void truncatedJsonIsASyntaxError() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"formulas\":[{\"id\":\"a\""));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
        assertThat(v.message()).contains("Unexpected end-of-input").doesNotContain("Source:");
    }

    @Test
    void emptyDocumentIsASyntaxError() {
        for (String empty : List.of("", "   \n ")) {
            Violation v = onlyViolation(() -> readSample(empty));
            assertThat(v.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
            assertThat(v.path()).isEmpty();
            assertThat(v.message()).isEqualTo("the document is empty; expected a JSON value for SampleRecord");
        }
    }

    @Test
    void contentAfterTheValueIsRejected() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\"} {\"title\":\"u\"}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
        assertThat(v.path()).isEmpty();
        assertThat(v.message()).isEqualTo("$: unexpected {…} at line 1, column 15 after the end of the JSON value; "
            + "expected the end of the document");
        Violation garbage = onlyViolation(() -> json.read("\"72000000-5\" x", CpvCode.class));
        assertThat(garbage.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
    }

    @Test
    void duplicateKeysAreRejectedWithTheirPath() {
        Violation top = onlyViolationCausedByJackson(() -> readSample("{\"title\":\"a\",\"title\":\"b\"}"));
        assertThat(top.ruleId()).isEqualTo("OTP-JSON-DUPLICATE-KEY");
        assertThat(top.path()).isEqualTo("title");
        assertThat(top.arguments()).containsEntry("name", "title");
        Violation nested = onlyViolation(() -> readSample(
            "{\"title\":\"a\",\"budget\":{\"amount\":1.00,\"amount\":2.00}}"));
        assertThat(nested.ruleId()).isEqualTo("OTP-JSON-DUPLICATE-KEY");
        assertThat(nested.path()).isEqualTo("budget.amount");
        assertThat(nested.message()).startsWith("$.budget.amount: property \"amount\" appears more than once");
        Violation inTree = onlyViolation(() -> json.read("{\"a\":1,\"a\":2}",
            com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(inTree.ruleId()).isEqualTo("OTP-JSON-DUPLICATE-KEY");
    }

    // --- types --------------------------------------------------------------------------------

    @Test
    void wrongTypeNamesPathValueAndExpectedType() {
        Violation v = onlyViolationCausedByJackson(() -> readSample(
            "{\"title\":\"t\",\"budget\":{\"amount\":\"abc\"}}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("budget.amount");
        assertThat(v.message()).isEqualTo("$.budget.amount: \"abc\" cannot be read as BigDecimal");
        assertThat(v.message(SPANISH)).isEqualTo("$.budget.amount: \"abc\" no se puede leer como BigDecimal");
    }

    @Test
    void wrongDateFormatShowsTheIsoPattern() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"createdAt\":\"31/01/2026\"}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("createdAt");
        assertThat(v.message())
            .isEqualTo("$.createdAt: \"31/01/2026\" cannot be read as Instant (yyyy-MM-ddTHH:mm:ssZ)");
    }

    @Test
    void structureWhereAValueIsExpectedIsATypeError() {
        Violation v = onlyViolation(() -> readSample("{\"title\":[\"t\"]}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("title");
        assertThat(v.message()).isEqualTo("$.title: […] cannot be read as String");
        Violation list = onlyViolation(() -> readSample("{\"title\":\"t\",\"formulas\":{\"id\":\"a\"}}"));
        assertThat(list.path()).isEqualTo("formulas");
        assertThat(list.message()).isEqualTo("$.formulas: {…} cannot be read as List");
    }

    @Test
    void aNumberOrATruthValueWhereTextGoesIsATypeErrorNotText() {
        Violation number = onlyViolation(() -> readSample("{\"title\":1E+1000000000}"));
        assertThat(number.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(number.path()).isEqualTo("title");
        assertThat(number.message()).startsWith("$.title: ").endsWith(" cannot be read as String");
        Violation integer = onlyViolation(() -> readSample("{\"title\":42}"));
        assertThat(integer.path()).isEqualTo("title");
        assertThat(integer.message()).isEqualTo("$.title: 42 cannot be read as String");
        Violation truth = onlyViolation(() -> readSample("{\"title\":true}"));
        assertThat(truth.path()).isEqualTo("title");
        assertThat(truth.message()).isEqualTo("$.title: true cannot be read as String");
        assertThat(onlyViolation(() -> json.read("{\"a\":7}", new TypeReference<Map<String, String>>() { }))
            .path()).isEqualTo("a");
    }

    @Test
    void datesAndInstantsAreReadOnlyFromIsoText() {
        for (String number : List.of("1e300", "0", "99999999999", "-1", "[2026,1,31]", "true")) {
            Violation instant = onlyViolation(() -> readSample("{\"title\":\"t\",\"createdAt\":" + number + "}"));
            assertThat(instant.ruleId()).as(number).isEqualTo("OTP-JSON-TYPE");
            assertThat(instant.path()).as(number).isEqualTo("createdAt");
            Violation date = onlyViolation(() -> json.read(number, java.time.LocalDate.class));
            assertThat(date.ruleId()).as(number).isEqualTo("OTP-JSON-TYPE");
        }
        assertThat(readSample("{\"title\":\"t\",\"createdAt\":\"2026-01-31T10:00:00Z\"}").createdAt())
            .contains(java.time.Instant.parse("2026-01-31T10:00:00Z"));
        assertThat(json.read("\"2026-01-31\"", java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
    }

    @Test
    void nullForAPrimitiveIsATypeError() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"quantity\":null}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("quantity");
        assertThat(v.message()).isEqualTo("$.quantity: null cannot be read as int");
    }

    @Test
    void numberOutOfRangeIsATypeError() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"quantity\":99999999999}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("quantity");
        assertThat(v.message()).isEqualTo("$.quantity: 99999999999 cannot be read as int");
    }

    @Test
    void nullDocumentIsRejected() {
        Violation v = onlyViolation(() -> json.read("null", Money.class));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEmpty();
        assertThat(v.message()).isEqualTo("$: null cannot be read as Money");
    }

    @Test
    void wrongTypeInsideAListNamesTheIndex() {
        Violation v = onlyViolation(() -> json.read("[\"72000000-5\", 7, true]", new TypeReference<List<Money>>() { }));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-TYPE");
        assertThat(v.path()).isEqualTo("[0]");
        assertThat(v.message()).isEqualTo("$[0]: \"72000000-5\" cannot be read as Money");
    }

    // --- properties ---------------------------------------------------------------------------

    @Test
    void unknownPropertyIsNamedWithTheKnownOnes() {
        Violation v = onlyViolationCausedByJackson(() -> readSample(
            "{\"title\":\"t\",\"formulas\":[{\"id\":\"power\"},{\"id\":\"power\",\"colour\":\"red\"}]}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-UNKNOWN-PROPERTY");
        assertThat(v.path()).isEqualTo("formulas[1].colour");
        assertThat(v.message()).isEqualTo("$.formulas[1].colour: unknown property \"colour\" in FormulaReference; "
            + "expected one of: id, parameters");
        assertThat(v.message(SPANISH)).isEqualTo("$.formulas[1].colour: propiedad desconocida «colour» en "
            + "FormulaReference; se esperaba una de: id, parameters");
    }

    @Test
    void missingRequiredPropertyIsReportedAtItsPath() {
        Violation top = onlyViolation(() -> readSample("{\"note\":\"n\"}"));
        assertThat(top.ruleId()).isEqualTo("OTP-REQUIRED");
        assertThat(top.path()).isEqualTo("title");
        Violation nested = onlyViolation(() -> readSample("{\"title\":\"t\",\"formulas\":[{\"parameters\":{}}]}"));
        assertThat(nested.ruleId()).isEqualTo("OTP-REQUIRED");
        assertThat(nested.path()).isEqualTo("formulas[0].id");
        Violation amount = onlyViolation(() -> readSample("{\"title\":\"t\",\"budget\":{\"currency\":\"EUR\"}}"));
        assertThat(amount.path()).isEqualTo("budget.amount");
        assertThat(amount.message()).isEqualTo("amount is required");
    }

    /** A host type whose creator declares a required property, which Jackson itself enforces. */
    static final class Holder {
        final String code;

        @JsonCreator
        Holder(@JsonProperty(value = "code", required = true) String code) {
            this.code = code;
        }
    }

    @Test
    void missingRequiredCreatorPropertyIsReportedAtItsPath() {
        Violation v = onlyViolation(() -> json.read("{\"items\":[{\"code\":\"a\"},{}]}",
            new TypeReference<Map<String, List<Holder>>>() { }));
        assertThat(v.ruleId()).isEqualTo("OTP-REQUIRED");
        assertThat(v.path()).isEqualTo("items[1].code");
        assertThat(json.read("{\"code\":\"a\"}", Holder.class).code).isEqualTo("a");
    }

    // --- SDK invariants in nested objects ------------------------------------------------------

    @Test
    void invariantBrokenInANestedObjectIsReRootedUnderItsJsonPath() {
        String text = "{\"title\":\"t\",\"formulas\":[{\"id\":\"power\"},{\"id\":\"linear-discount\"},"
            + "{\"id\":\"Bad Id\"}]}";
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> readSample(text));
        assertThat(e.getCause()).isInstanceOf(JacksonException.class);
        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo("formulas[2].id");
        assertThat(v.ruleId()).isEqualTo("OTP-FORMULA-ID");
        assertThat(v.message()).isEqualTo("formula id \"Bad Id\" must be lowercase words joined by hyphens, "
            + "e.g. linear-discount");
        assertThat(e.getMessage()).startsWith("formulas[2].id [OTP-FORMULA-ID]");
    }

    @Test
    void invariantsOfValueTypesAreReRootedToo() {
        Violation scale = onlyViolation(() -> readSample("{\"title\":\"t\",\"budget\":{\"amount\":1.234}}"));
        assertThat(scale.ruleId()).isEqualTo("OTP-MONEY-SCALE");
        assertThat(scale.path()).isEqualTo("budget.amount");
        Violation order = onlyViolation(() -> readSample(
            "{\"title\":\"t\",\"term\":{\"start\":\"2026-12-31\",\"end\":\"2026-01-01\"}}"));
        assertThat(order.ruleId()).isEqualTo("OTP-DATES-ORDER");
        assertThat(order.path()).isEqualTo("term.end");
        Violation negative = onlyViolation(() -> readSample("{\"title\":\"t\",\"scores\":{\"bid-1\":-1}}"));
        assertThat(negative.ruleId()).isEqualTo("OTP-POINTS");
        assertThat(negative.path()).isEqualTo("scores.bid-1.points");
        Violation cpv = onlyViolation(() -> json.read("[\"72000000-5\",\"72000000-4\"]",
            new TypeReference<List<CpvCode>>() { }));
        assertThat(cpv.ruleId()).isEqualTo("CPV-CHECK-DIGIT");
        assertThat(cpv.path()).isEqualTo("[1].cpvCode");
        Violation id = onlyViolation(() -> json.read("{\"lot 2\":\"bad id\"}",
            new TypeReference<Map<String, LotId>>() { }));
        assertThat(id.ruleId()).isEqualTo("OTP-ID");
        assertThat(id.path()).isEqualTo("[\"lot 2\"].lotId");
    }

    @Test
    void invariantOfTheRootObjectKeepsItsOwnPath() {
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"quantity\":-1}"));
        assertThat(v.ruleId()).isEqualTo("TEST-QUANTITY");
        assertThat(v.path()).isEqualTo("quantity");
        Violation scale = onlyViolation(() -> json.read("{\"amount\":1.234}", Money.class));
        assertThat(scale.path()).isEqualTo("amount");
    }

    /** A host type whose factory refuses values with a plain IllegalArgumentException. */
    static final class Even {
        @JsonCreator
        static Even of(int n) {
            if (n % 2 != 0) {
                throw new IllegalArgumentException(n + " is odd");
            }
            return new Even();
        }
    }

    @Test
    void otherFailuresOfBuildingAValueNameTheTypeAndTheReason() {
        Violation v = onlyViolation(() -> json.read("{\"x\":[2,3]}", new TypeReference<Map<String, List<Even>>>() { }));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-VALUE");
        assertThat(v.path()).isEqualTo("x[1]");
        assertThat(v.message()).isEqualTo("$.x[1]: the JSON value cannot be turned into Even: 3 is odd");
    }

    @Test
    void aMissingValueInsideAValueIsSaidSoWithoutNamingAJavaException() {
        // Found by fuzzing the command line: "vatRate": "" reached Percentage.of(null)
        Violation v = onlyViolation(() -> json.read("{\"x\":[\"\"]}",
            new TypeReference<Map<String, List<io.otp.core.money.Percentage>>>() { }));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-VALUE");
        assertThat(v.message()).doesNotContain("Exception").contains("x[0]");
    }

    /** A host value whose accessor enforces an SDK rule when it is written. */
    static final class Faulty {
        private final int n;

        Faulty(int n) {
            this.n = n;
        }

        @JsonProperty("share")
        int share() {
            if (n < 0) {
                throw new ValidationException(Violation.of("share", "TEST-SHARE", "io.otp.core.points.negative",
                    "value", n));
            }
            return n;
        }
    }

    /** Holds faulty values in a list, to give the failure a path. */
    static final class Shares {
        @JsonProperty("items")
        final List<Faulty> items = List.of(new Faulty(1), new Faulty(-2));
    }

    @Test
    void invariantBrokenWhileWritingIsReRootedUnderTheObjectsPath() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> json.write(new Shares()));
        assertThat(e.getCause()).isInstanceOf(JacksonException.class);
        assertThat(e.violations()).extracting(Violation::path).containsExactly("items[1].share");
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("TEST-SHARE");
    }

    // --- limits -------------------------------------------------------------------------------

    @Test
    void documentTooLongIsRejectedForEveryKindOfInput() {
        OtpJson small = OtpJson.builder().maxDocumentLength(20).build();
        String text = "{\"title\":\"abcdefghij\"}";
        assertThat(text).hasSize(22);
        for (ThrowingCallable read : List.<ThrowingCallable>of(
                () -> small.read(text, SampleRecord.class),
                () -> small.read(text.getBytes(StandardCharsets.UTF_8), SampleRecord.class),
                () -> small.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    SampleRecord.class))) {
            Violation v = onlyViolation(read);
            assertThat(v.ruleId()).isEqualTo("OTP-JSON-LIMIT");
            assertThat(v.arguments()).containsEntry("limit", "maxDocumentLength").containsEntry("maximum", "20");
        }
        assertThat(small.read("{\"title\":\"abcdefgh\"}", SampleRecord.class).title()).isEqualTo("abcdefgh");
        assertThat(small.read(new ByteArrayInputStream("{\"title\":\"abcdefgh\"}".getBytes(StandardCharsets.UTF_8)),
            SampleRecord.class).title()).isEqualTo("abcdefgh");
    }

    @Test
    void nestingTooDeepIsRejected() {
        OtpJson shallow = OtpJson.builder().maxNestingDepth(3).build();
        Violation v = onlyViolationCausedByJackson(() -> shallow.read("[[[[1]]]]", Object.class));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-LIMIT");
        assertThat(v.path()).isEqualTo("[0][0][0]");
        assertThat(v.message()).isEqualTo("$[0][0][0]: the input exceeds the limit maxNestingDepth: 4 found, "
            + "at most 3 allowed; shorten the input or raise the limit with OtpJson.builder().maxNestingDepth(...)");
        assertThat(shallow.read("[[[1]]]", Object.class)).isEqualTo(List.of(List.of(List.of(1))));
        Violation defaults = onlyViolation(() -> json.read("[".repeat(65) + "]".repeat(65), Object.class));
        assertThat(defaults.arguments()).containsEntry("limit", "maxNestingDepth").containsEntry("maximum", "64");
    }

    @Test
    void writingDeeperThanTheLimitIsRejected() {
        OtpJson shallow = OtpJson.builder().maxNestingDepth(2).build();
        Violation v = onlyViolation(() -> shallow.write(List.of(List.of(List.of(1)))));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-LIMIT");
        assertThat(v.arguments()).containsEntry("limit", "maxNestingDepth");
    }

    @Test
    void stringTooLongIsRejected() {
        OtpJson small = OtpJson.builder().maxStringLength(10).build();
        Violation v = onlyViolation(() -> small.read("{\"title\":\"abcdefghijk\"}", SampleRecord.class));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-LIMIT");
        assertThat(v.path()).isEqualTo("title");
        assertThat(v.arguments()).containsEntry("limit", "maxStringLength").containsEntry("actual", "11")
            .containsEntry("maximum", "10");
        assertThat(small.read("{\"title\":\"abcdefghij\"}", SampleRecord.class).title()).hasSize(10);
    }

    @Test
    void numberTooLongIsRejected() {
        String amount = "1" + "0".repeat(100);
        Violation v = onlyViolation(() -> readSample("{\"title\":\"t\",\"budget\":{\"amount\":" + amount + "}}"));
        assertThat(v.ruleId()).isEqualTo("OTP-JSON-LIMIT");
        assertThat(v.path()).isEqualTo("budget.amount");
        assertThat(v.arguments()).containsEntry("limit", "maxNumberLength").containsEntry("maximum", "100");
        OtpJson small = OtpJson.builder().maxNumberLength(5).build();
        Violation integerPart = onlyViolation(() -> small.read("123456.5", java.math.BigDecimal.class));
        assertThat(integerPart.arguments()).containsEntry("limit", "maxNumberLength").containsEntry("maximum", "5");
    }

    @Test
    void exponentsThatWouldExpandBeyondTheNumberLimitAreRejected() {
        // Found by JsonFuzzTest: {"amount":-1E-1000000000} had Money print a billion digits, and
        // 1e400 was read as an amount of 401 digits that its own JSON could not be read back from.
        for (String number : List.of("1E+1000000000", "-1E-1000000000", "1e400", "1e-100", "0E-1000000000")) {
            Violation v = onlyViolation(() -> json.read("{\"amount\":" + number + ",\"currency\":\"EUR\"}",
                Money.class));
            assertThat(v.ruleId()).as(number).isEqualTo("OTP-JSON-LIMIT");
            assertThat(v.path()).as(number).isEqualTo("amount");
            assertThat(v.arguments()).as(number).containsEntry("limit", "maxNumberLength")
                .containsEntry("maximum", "100");
            Violation points = onlyViolation(() -> json.read(number, io.otp.core.money.Points.class));
            assertThat(points.ruleId()).as(number).isEqualTo("OTP-JSON-LIMIT");
            assertThat(points.path()).as(number).isEmpty();
        }
        Violation decimal = onlyViolation(() -> json.read("1E+1000000000", java.math.BigDecimal.class));
        assertThat(decimal.arguments()).containsEntry("actual", "1000000001");
        // 100 digits are allowed, and the amount written with its cents (102 digits) is read back.
        for (String number : List.of("1e99", "9".repeat(100), "0." + "0".repeat(98) + "1")) {
            java.math.BigDecimal read = json.read(number, java.math.BigDecimal.class);
            assertThat(json.read(json.write(read), java.math.BigDecimal.class)).isEqualByComparingTo(read);
        }
        // within the number limit, an amount still has at most 18 digits before the point (Money.of)
        Violation huge = onlyViolation(() -> json.read("{\"amount\":1e99,\"currency\":\"EUR\"}", Money.class));
        assertThat(huge.messageKey()).isEqualTo("io.otp.core.decimal.magnitude");
        Money largest = json.read("{\"amount\":999999999999999999.99,\"currency\":\"EUR\"}", Money.class);
        assertThat(json.read(json.write(largest), Money.class)).isEqualTo(largest);
    }

    @Test
    void bytesThatAreNotTextInTheDetectedEncodingAreMalformedJson() {
        // Found by JsonFuzzTest: a UTF-32 byte-order mark before UTF-8 text was an OtpException.
        byte[] utf32MarkBeforeUtf8 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            "\"COMPANIES\"".getBytes(StandardCharsets.UTF_8));
        Violation bytes = onlyViolation(() -> json.read(utf32MarkBeforeUtf8, String.class));
        assertThat(bytes.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
        assertThat(bytes.path()).isEmpty();
        assertThat(bytes.message()).contains("Invalid UTF-32 character");
        Violation stream = onlyViolation(() -> json.read(new ByteArrayInputStream(utf32MarkBeforeUtf8), String.class));
        assertThat(stream.ruleId()).isEqualTo("OTP-JSON-SYNTAX");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // --- programming errors, I/O, arguments -----------------------------------------------------

    @Test
    void typesWithoutJsonMappingAreReportedAsUnsupported() {
        Violation read = onlyViolation(() -> json.read("{}", Runnable.class));
        assertThat(read.ruleId()).isEqualTo("OTP-JSON-UNSUPPORTED");
        assertThat(read.message()).startsWith("$: Runnable cannot be converted to or from JSON: ");
        Violation write = onlyViolation(() -> json.write(new Object()));
        assertThat(write.ruleId()).isEqualTo("OTP-JSON-UNSUPPORTED");
    }

    @Test
    void failingStreamIsAnOtpExceptionWithTheCause() {
        IOException broken = new IOException("disk unplugged");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw broken;
            }
        };
        assertThatThrownBy(() -> json.read(failing, Money.class))
            .isExactlyInstanceOf(OtpException.class)
            .hasMessage("cannot read the JSON input: disk unplugged")
            .hasCause(broken);
    }

    @Test
    void streamFailingInsideAListIsAnOtpExceptionToo() {
        IOException broken = new IOException("connection reset");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }
        };
        InputStream partial = new java.io.SequenceInputStream(
            new ByteArrayInputStream("[{\"amount\":1.00},".getBytes(StandardCharsets.UTF_8)), failing);
        assertThatThrownBy(() -> json.read(partial, new TypeReference<List<Money>>() { }))
            .isExactlyInstanceOf(OtpException.class)
            .hasMessage("cannot read the JSON input: connection reset")
            .hasRootCause(broken);
    }

    @Test
    void readingAStreamLeavesItOpen() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("{\"amount\":1.00}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(json.read(in, Money.class)).isEqualTo(Money.euros(1));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void nullArgumentsAreValidationErrorsNotNullPointerExceptions() {
        assertThatThrownBy(() -> json.read((String) null, Money.class)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("json");
        assertThatThrownBy(() -> json.read((byte[]) null, Money.class)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> json.read((InputStream) null, Money.class)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> json.read("{}", (Class<Money>) null)).isInstanceOf(NullValueException.class)
            .hasMessageContaining("type");
        assertThatThrownBy(() -> json.read("{}", (TypeReference<Money>) null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> json.write(null)).isInstanceOf(NullValueException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> json.writeBytes(null)).isInstanceOf(NullValueException.class);
    }
}
