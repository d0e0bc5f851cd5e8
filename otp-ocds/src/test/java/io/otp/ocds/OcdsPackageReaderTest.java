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
