package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcdsPackageReaderTest {

    private final OcdsMapper mapper = new OcdsMapper(OcdsFixtures.settings());

    private String validPackage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OcdsPackageWriter(OcdsFixtures.settings())
            .writeReleasePackage(out, List.of(mapper.compiledRelease(OcdsFixtures.process())).iterator());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Violation> violations(String json) {
        try {
            new OcdsPackageReader().readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void readsThePackageMetadata() {
        OcdsPackageInfo info = new OcdsPackageReader().read(
            new ByteArrayInputStream(validPackage().getBytes(StandardCharsets.UTF_8)), r -> { });
        assertThat(info.releaseCount()).isEqualTo(1);
        assertThat(info.version()).contains("1.1");
        assertThat(info.publisherName()).contains("Ayuntamiento de Madrid");
        assertThat(info.extensions()).containsExactlyElementsOf(OcdsPackageWriter.EXTENSIONS);
        assertThat(info.publishedDate().orElseThrow().toInstant()).isEqualTo(OcdsFixtures.PUBLISHED);
    }

    @Test
    void malformedJsonIsAValidationErrorWithItsPosition() {
        List<Violation> v = violations("{\"releases\": [ {\"ocid\": \"x\", } ]}");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("OCDS-JSON");
            assertThat(x.path()).startsWith("line 1, column");
        });
        assertThatThrownBy(() -> new OcdsPackageReader().readAll(new ByteArrayInputStream(
            "{\"releases\": [".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(ValidationException.class)
            .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void bytesThatAreNotTextInTheDetectedEncodingAreMalformedJson() {
        // Found by OcdsImportFuzzTest: a UTF-32 byte-order mark (00 00 FE FF) before a UTF-8 package
        // was an OtpException ("reading failed") instead of a validation error.
        byte[] text = "{\"releases\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 4];
        bytes[2] = (byte) 0xFE;
        bytes[3] = (byte) 0xFF;
        System.arraycopy(text, 0, bytes, 4, text.length);
        assertThatThrownBy(() -> new OcdsPackageReader().readAll(new ByteArrayInputStream(bytes)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                .satisfies(x -> {
                    assertThat(x.ruleId()).isEqualTo("OCDS-JSON");
                    assertThat(x.path()).startsWith("line 1, column");
                    assertThat(x.arguments().get("value")).contains("Invalid UTF-32 character");
                }));
    }

    @Test
    void numbersTooLongWrittenOutOrNotWholeAreNamedWithTheirPath() {
        // Found by OcdsImportFuzzTest: 1E+1000000000 as an amount made Money round a billion digits,
        // 1e-2147483649 escaped as a NumberFormatException and a rank of 1.5 as an ArithmeticException.
        List<Violation> huge = violations(validPackage().replaceAll("\"amount\":[0-9.]+", "\"amount\":1E+1000000000"));
        assertThat(huge).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("OCDS-NUMBER");
            assertThat(x.path()).startsWith("releases[").endsWith(".amount");
            assertThat(x.arguments()).containsEntry("value", "1E+1000000000");
        });
        List<Violation> overflow = violations(validPackage().replaceFirst("\"amount\":[0-9.]+",
            "\"amount\":1e-2147483649"));
        assertThat(overflow).singleElement().satisfies(x -> assertThat(x.ruleId()).isEqualTo("OCDS-JSON"));
        List<Violation> rank = violations(validPackage().replaceFirst("\"rank\":[0-9]+", "\"rank\":1.5"));
        assertThat(rank).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("OCDS-TYPE");
            assertThat(x.path()).endsWith(".evaluation.rank");
        });
    }

    @Test
    void anObjectWhereOcdsHasAnArrayIsNamedAndItsValueShortened() {
        // Found by OcdsImportFuzzTest: "items" as an object escaped as a NullPointerException, and a
        // 10 MB string was copied whole into the violation.
        String pkg = validPackage();
        com.fasterxml.jackson.databind.node.ObjectNode tree;
        try {
            tree = (com.fasterxml.jackson.databind.node.ObjectNode) OcdsJson.MAPPER.readTree(pkg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        com.fasterxml.jackson.databind.node.ObjectNode tender =
            (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("releases").get(0).get("tender");
        tender.set("items", OcdsJson.object().set("first", tender.get("items").get(0)));
        List<Violation> items = violations(OcdsJson.toText(tree));
        assertThat(items).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("OCDS-TYPE");
            assertThat(x.path()).endsWith(".tender.items");
            assertThat(x.arguments()).containsEntry("expected", "array");
        });
        String huge = "x".repeat(10 * 1024 * 1024);
        tender.set("value", OcdsJson.object().put("amount", huge).put("currency", "EUR"));
        List<Violation> string = violations(OcdsJson.toText(tree));
        assertThat(string).isNotEmpty().allSatisfy(x -> assertThat(x.message()).hasSizeLessThan(1_000));
    }

    @Test
    void missingOcidIsNamed() {
        List<Violation> v = violations(validPackage().replaceFirst("\"ocid\":\"[^\"]*\",", ""));
        assertThat(v).extracting(Violation::path).contains("releases[0].ocid");
        assertThat(v).extracting(Violation::ruleId).contains("OCDS-REQUIRED");
    }

    @Test
    void unknownCodesAreNamedWithTheCodelist() {
        List<Violation> v = violations(validPackage().replace("\"type\":\"payment\"", "\"type\":\"bonus\""));
        assertThat(v).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("releases[0].contracts[0].implementation.milestones[1].type");
            assertThat(x.ruleId()).isEqualTo("OCDS-CODELIST");
            assertThat(x.message()).contains("bonus").contains("milestoneType");
        });
        List<Violation> status = violations(validPackage().replace("\"status\":\"valid\"", "\"status\":\"great\""));
        assertThat(status).anySatisfy(x -> assertThat(x.path()).isEqualTo("releases[0].bids.details[0].status"));
    }

    @Test
    void datesWithoutOffsetAndAmountsWithoutCurrencyAreRejected() {
        List<Violation> dates = violations(validPackage().replace("\"dueDate\":\"2026-06-03T00:00:00+02:00\"",
            "\"dueDate\":\"2026-06-03\""));
        assertThat(dates).anySatisfy(x -> {
            assertThat(x.path()).isEqualTo("releases[0].contracts[0].implementation.milestones[0].dueDate");
            assertThat(x.ruleId()).isEqualTo("OCDS-DATE");
        });
        List<Violation> amounts = violations(validPackage().replaceFirst(
            "\"value\":\\{\"amount\":120000.00,\"currency\":\"EUR\"}", "\"value\":{\"amount\":\"120000\"}"));
        assertThat(amounts).anySatisfy(x -> assertThat(x.ruleId()).isEqualTo("OCDS-AMOUNT"));
    }

    @Test
    void aDomainRuleBrokenByTheDataIsReportedUnderItsPath() {
        // Criteria of 60 + 40 points; publishing the price at 70 makes the lot add up to 110.
        List<Violation> v = violations(validPackage().replaceFirst("\"number\":60.00,\"weight\"",
            "\"number\":70.00,\"weight\""));
        assertThat(v).anySatisfy(x -> assertThat(x.path()).startsWith("releases[0].tender.lots[0]"));
    }

    @Test
    void schemaValidationCatchesABadCode() {
        String bad = validPackage().replace("\"status\":\"valid\"", "\"status\":\"great\"");
        assertThat(SchemaCheck.errors(bad)).isNotEmpty();
    }
}
