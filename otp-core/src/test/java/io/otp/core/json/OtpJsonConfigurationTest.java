package io.otp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.ValidationException;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.FormulaReference;
import io.otp.core.testing.JsonTestGenerators;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the single JSON configuration promises: exact decimals, ISO dates, determinism, Optional. */
class OtpJsonConfigurationTest {

    private final OtpJson json = OtpJson.standard();

    private static SampleRecord sample() {
        return SampleRecord.builder().title("Servicio de soporte").build();
    }

    @Test
    void keepsTheExactTextOfDecimals() {
        assertThat(json.write(Money.euros("0.10"))).isEqualTo("{\"amount\":0.10,\"currency\":\"EUR\"}");
        assertThat(json.read("{\"amount\":0.10,\"currency\":\"EUR\"}", Money.class).amount())
            .isEqualByComparingTo("0.10").hasToString("0.10");
        Money large = Money.euros("123456789012345.67");
        assertThat(json.write(large)).isEqualTo("{\"amount\":123456789012345.67,\"currency\":\"EUR\"}");
        assertThat(json.read(json.write(large), Money.class)).isEqualTo(large);
        assertThat(json.read("0.10", BigDecimal.class)).hasToString("0.10");
        assertThat(json.read("123456789012345678901234567890.123456789", BigDecimal.class))
            .hasToString("123456789012345678901234567890.123456789");
    }

    @Test
    void writesDecimalsInPlainNotationNeverExponent() {
        assertThat(json.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(json.write(Percentage.of("0.0000000001"))).isEqualTo("0.0000000001");
        assertThat(json.write(Points.of("1E+2"))).isEqualTo("100.00");
    }

    @Test
    void readsFloatingNumbersOfUntypedTargetsAsExactDecimals() {
        Map<String, Object> map = json.read("{\"a\":0.10,\"b\":1e2,\"c\":7}", new TypeReference<>() { });
        assertThat(map.get("a")).isInstanceOf(BigDecimal.class).hasToString("0.10");
        assertThat(map.get("b")).isInstanceOf(BigDecimal.class);
        assertThat((BigDecimal) map.get("b")).isEqualByComparingTo("100");
        assertThat(map.get("c")).isEqualTo(7);
        JsonNode tree = json.read("{\"amount\":0.10}", JsonNode.class);
        assertThat(tree.get("amount").decimalValue()).hasToString("0.10");
        assertThat(json.write(tree)).isEqualTo("{\"amount\":0.10}");
    }

    @Test
    void refusesAFractionWhereAnIntegerIsExpected() {
        assertThatThrownBy(() -> json.read("{\"title\":\"x\",\"quantity\":1.5}", SampleRecord.class))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).path()).isEqualTo("quantity");
                assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-JSON-TYPE");
            });
    }

    @Test
    void writesDatesAsIso8601Text() {
        assertThat(json.write(LocalDate.of(2026, 1, 31))).isEqualTo("\"2026-01-31\"");
        assertThat(json.write(Instant.parse("2026-01-31T09:00:00Z"))).isEqualTo("\"2026-01-31T09:00:00Z\"");
        assertThat(json.write(Duration.ofHours(8))).isEqualTo("\"PT8H\"");
        assertThat(json.write(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
            .isEqualTo("{\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}");
    }

    @Test
    void keepsTheOffsetOfDateTimesRead() {
        OffsetDateTime read = json.read("\"2026-03-01T10:15:00+01:00\"", OffsetDateTime.class);
        assertThat(read.getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(json.write(read)).isEqualTo("\"2026-03-01T10:15:00+01:00\"");
    }

    @Test
    void sameObjectGivesByteIdenticalJson() {
        qt().forAll(lists().of(JsonTestGenerators.formulaReferences()).ofSizeBetween(0, 5),
                lists().of(JsonTestGenerators.points()).ofSizeBetween(0, 5))
            .checkAssert((formulas, points) -> {
                Map<String, Points> scores = new LinkedHashMap<>();
                for (int i = points.size() - 1; i >= 0; i--) {
                    scores.put("bid-" + i, points.get(i));
                }
                SampleRecord value = SampleRecord.builder().title("t").addAllFormulas(formulas)
                    .putAllScores(scores).build();
                byte[] first = json.writeBytes(value);
                assertThat(json.writeBytes(value)).isEqualTo(first);
                assertThat(json.writeBytes(json.read(first, SampleRecord.class))).isEqualTo(first);
                assertThat(OtpJson.builder().build().writeBytes(value)).isEqualTo(first);
            });
    }

    @Test
    void equalObjectsBuiltInDifferentOrderGiveIdenticalJson() {
        SampleRecord one = SampleRecord.builder().title("t").putScores("b", Points.of(2))
            .putScores("a", Points.of(1)).putScores("c", Points.of(3)).build();
        SampleRecord other = SampleRecord.builder().title("t").putScores("c", Points.of(3))
            .putScores("a", Points.of(1)).putScores("b", Points.of(2)).build();
        assertThat(one).isEqualTo(other);
        assertThat(json.write(one)).isEqualTo(json.write(other))
            .contains("\"scores\":{\"a\":1.00,\"b\":2.00,\"c\":3.00}");
    }

    @Test
    void sortsMapEntriesAndPropertiesByName() {
        Map<String, Integer> unsorted = new LinkedHashMap<>();
        unsorted.put("zeta", 1);
        unsorted.put("alpha", 2);
        assertThat(json.write(unsorted)).isEqualTo("{\"alpha\":2,\"zeta\":1}");
        assertThat(json.write(sample())).isEqualTo(
            "{\"formulas\":[],\"quantity\":1,\"scores\":{},\"tags\":[],\"title\":\"Servicio de soporte\"}");
    }

    @Test
    void omitsAbsentOptionalsAndWritesPresentOnesAsTheirValue() {
        SampleRecord full = SampleRecord.builder().title("t").note("urgente")
            .budget(Money.euros("15000.00")).createdAt(Instant.parse("2026-02-01T08:30:00Z")).build();
        assertThat(json.write(sample())).doesNotContain("note").doesNotContain("budget");
        assertThat(json.write(full)).isEqualTo("{\"budget\":{\"amount\":15000.00,\"currency\":\"EUR\"},"
            + "\"createdAt\":\"2026-02-01T08:30:00Z\",\"formulas\":[],\"note\":\"urgente\",\"quantity\":1,"
            + "\"scores\":{},\"tags\":[],\"title\":\"t\"}");
        assertThat(json.read(json.write(full), SampleRecord.class)).isEqualTo(full);
    }

    @Test
    void readsAMissingOrNullOptionalAsEmpty() {
        SampleRecord missing = json.read("{\"title\":\"t\"}", SampleRecord.class);
        SampleRecord nulls = json.read("{\"title\":\"t\",\"note\":null,\"budget\":null,\"term\":null}",
            SampleRecord.class);
        assertThat(missing.note()).isEmpty();
        assertThat(nulls.note()).isEmpty();
        assertThat(nulls.budget()).isEmpty();
        assertThat(nulls.term()).isEmpty();
        assertThat(nulls).isEqualTo(missing);
        assertThat(json.read("{\"title\":\"t\",\"term\":{\"start\":\"2026-01-01\",\"end\":\"2026-06-30\"}}",
            SampleRecord.class).term()).contains(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void writesEmptyCollectionsAndReadsMissingOnesAsEmpty() {
        assertThat(json.write(sample())).contains("\"formulas\":[]").contains("\"tags\":[]");
        SampleRecord read = json.read("{\"title\":\"t\"}", SampleRecord.class);
        assertThat(read.formulas()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.scores()).isEmpty();
        assertThat(json.read("{\"title\":\"t\",\"tags\":null}", SampleRecord.class).tags()).isEmpty();
    }

    @Test
    void writesOptionalsInsideCollectionsAsNull() {
        assertThat(json.write(List.of(Optional.of("a"), Optional.empty()))).isEqualTo("[\"a\",null]");
        List<Optional<Money>> read = json.read("[{\"amount\":1.00},null]", new TypeReference<>() { });
        assertThat(read).containsExactly(Optional.of(Money.euros(1)), Optional.empty());
    }

    @Test
    void rejectsUnknownPropertiesByDefaultAndIgnoresThemWhenConfigured() {
        String text = "{\"title\":\"t\",\"colour\":\"red\"}";
        assertThatThrownBy(() -> json.read(text, SampleRecord.class)).isInstanceOf(ValidationException.class);
        OtpJson lenient = OtpJson.builder().failOnUnknownProperties(false).build();
        assertThat(lenient.read(text, SampleRecord.class)).isEqualTo(SampleRecord.builder().title("t").build());
    }

    @Test
    void prettyPrintsWithUnixLineEndsOnEveryPlatform() {
        OtpJson pretty = OtpJson.builder().prettyPrint(true).build();
        assertThat(pretty.write(FormulaReference.builder().id("power").putParameters("exponent",
            new BigDecimal("0.5")).build()))
            .isEqualTo("{\n  \"id\": \"power\",\n  \"parameters\": {\n    \"exponent\": 0.5\n  }\n}");
        assertThat(pretty.write(List.of(1, 2))).isEqualTo("[\n  1,\n  2\n]");
    }

    @Test
    void writesToAStreamTheSameBytesAsWriteBytesAndLeavesItOpen() {
        OtpJson pretty = OtpJson.builder().prettyPrint(true).build();
        Object value = Map.of("reference", FormulaReference.builder().id("power").putParameters("exponent",
            new BigDecimal("0.5")).build(), "amount", Money.euros("1234.50"));
        for (OtpJson j : List.of(json, pretty)) {
            boolean[] closed = {false};
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            j.write(value, out);
            assertThat(out.toByteArray()).isEqualTo(j.writeBytes(value));
            assertThat(closed[0]).isFalse();
        }
        assertThatThrownBy(() -> json.write(value, null)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("out");
    }

    @Test
    void mapperIsAnIndependentCopyWithTheSameConfiguration() throws Exception {
        ObjectMapper copy = json.mapper();
        assertThat(copy.writeValueAsString(Money.euros("0.10"))).isEqualTo(json.write(Money.euros("0.10")));
        assertThat(copy.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        copy.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(copy.readValue("{\"title\":\"t\",\"colour\":\"red\"}", SampleRecord.class).title()).isEqualTo("t");
        assertThatThrownBy(() -> json.read("{\"title\":\"t\",\"colour\":\"red\"}", SampleRecord.class))
            .isInstanceOf(ValidationException.class);
        assertThat(json.mapper()).isNotSameAs(json.mapper());
    }

    @Test
    void moduleGivesAHostMapperOptionalAndJavaTimeSupport() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new OtpJsonModule());
        SampleRecord value = SampleRecord.builder().title("t").note("n")
            .createdAt(Instant.parse("2026-02-01T08:30:00Z")).build();
        String text = host.writeValueAsString(value);
        assertThat(text).contains("\"note\":\"n\"").doesNotContain("budget");
        assertThat(host.readValue(text, SampleRecord.class)).isEqualTo(value);
        assertThat(host.readValue("{\"title\":\"t\",\"note\":null}", SampleRecord.class).note()).isEmpty();
        assertThat(host.getRegisteredModuleIds()).contains(
            OtpJsonModule.class.getName(), "jackson-datatype-jsr310");
    }

    @Test
    void convenienceMethodsOfSdkTypesAreNotJsonProperties() throws Exception {
        // Money.isPositive(), isNegative() and isZero() would otherwise be written as properties.
        ObjectMapper host = new ObjectMapper().registerModule(new OtpJsonModule());
        assertThat(host.writeValueAsString(Money.euros("5.00"))).isEqualTo("{\"amount\":5.00,\"currency\":\"EUR\"}");
        assertThat(json.write(Money.euros("-5.00"))).isEqualTo("{\"amount\":-5.00,\"currency\":\"EUR\"}");
    }

    @Test
    void moduleCanBeRegisteredTwiceWithoutEffect() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new OtpJsonModule()).registerModule(new OtpJsonModule());
        assertThat(host.writeValueAsString(new TreeMap<>(Map.of("a", Optional.of(1))))).isEqualTo("{\"a\":1}");
        assertThat(new OtpJsonModule().getModuleName()).isEqualTo("OtpJsonModule");
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> OtpJson.builder().maxNestingDepth(0))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-JSON-OPTION");
                assertThat(e.violations().get(0).path()).isEqualTo("maxNestingDepth");
                assertThat(e.getMessage()).contains("maxNestingDepth must be positive, got 0");
            });
        assertThatThrownBy(() -> OtpJson.builder().maxDocumentLength(-1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> OtpJson.builder().maxStringLength(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> OtpJson.builder().maxNumberLength(0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void standardIsSharedAndDescribesItsOptions() {
        assertThat(OtpJson.standard()).isSameAs(OtpJson.standard());
        assertThat(OtpJson.standard().toString()).isEqualTo("OtpJson[failOnUnknownProperties=true, "
            + "maxDocumentLength=16777216, maxNestingDepth=64, maxStringLength=1048576, maxNumberLength=100, "
            + "prettyPrint=false]");
    }
}
