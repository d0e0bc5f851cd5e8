package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.core.rules.OtpValidator;
import io.otp.core.testing.TenderGenerators;
import io.otp.core.tender.Tender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void validExampleTenderExitsZero() {
        CliRun r = CliRun.of("validate", CliRun.example("tender.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(r.out()).contains("tender 2026/EXP-0077 is valid", "2 lot(s)", "2026-03-02");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void invalidExampleTenderPrintsEveryViolationWithPathRuleAndMessage() {
        CliRun r = CliRun.of("validate", CliRun.example("tender-invalid.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.out()).contains("has 1 violation(s)", "estimatedValue", "[LCSP-118.1]",
            "not below 15000.00 EUR");
    }

    @Test
    void violationsInSpanishWithLangEs() {
        CliRun r = CliRun.of("validate", "--lang", "es", CliRun.example("tender-invalid.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.out()).contains("tiene 1 infracción(es)", "[LCSP-118.1]");
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun r = CliRun.of("validate", tmp.resolve("none.json").toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("none.json: file not found");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\n  \"id\": \"T-1\",\n  \"title\" \"no colon\"\n}\n");
        CliRun r = CliRun.of("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("broken.json", "[rule OTP-JSON-SYNTAX, at ", "line 3", "column");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void structuralViolationsAreReportedWithTheirPath() throws IOException {
        // Price 60 -> 55: the lot's criteria add up to 95 points instead of 100.
        String json = Files.readString(CliRun.EXAMPLES.resolve("tender.json"))
            .replaceFirst("\"maxPoints\": 60.00", "\"maxPoints\": 55.00");
        Path file = tmp.resolve("weights.json");
        Files.writeString(file, json);
        CliRun r = CliRun.of("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("weights.json", "lots[0]", "95");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliRun r = CliRun.of("validate");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("Missing required parameter", "FILE");
    }

    @Test
    void anyGeneratedTenderExitsZeroExactlyWhenTheValidatorFindsNoError() {
        OtpJson json = OtpJson.standard();
        OtpValidator validator = OtpValidator.standard();
        qt().withExamples(40).forAll(TenderGenerators.anyTenders()).checkAssert(tender -> {
            Path file = write(json.write(tender));
            List<Violation> expected = validator.validate(tender, TenderGenerators.REFERENCE_DATE);
            CliRun r = CliRun.of("validate", "--date", TenderGenerators.REFERENCE_DATE.toString(), file.toString());
            // Warnings (the latest known thresholds applied to a later publication date) do not make it invalid.
            boolean valid = expected.stream().noneMatch(Violation::isError);
            assertThat(r.exitCode()).isEqualTo(valid ? Otp.EXIT_OK : Otp.EXIT_INVALID_INPUT);
            for (Violation v : expected) {
                assertThat(r.out()).contains("[" + v.ruleId() + "]");
            }
        });
    }

    @Test
    void validGeneratedTendersRoundTripWithExitZero() {
        OtpJson json = OtpJson.standard();
        qt().withExamples(40).forAll(TenderGenerators.validTenders()).checkAssert(tender -> {
            Tender back = json.read(json.write(tender), Tender.class);
            assertThat(back).isEqualTo(tender);
            if (OtpValidator.standard().validate(tender, TenderGenerators.REFERENCE_DATE).isEmpty()) {
                CliRun r = CliRun.of("validate", "--date", TenderGenerators.REFERENCE_DATE.toString(),
                    write(json.write(tender)).toString());
                assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
            }
        });
    }

    @Test
    void randomBytesGiveExitOneAndNameTheFileWithoutAStackTrace() {
        qt().withExamples(60).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 255)).ofSizeBetween(0, 64))
            .checkAssert(bytes -> {
                byte[] b = new byte[bytes.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (int) bytes.get(i);
                }
                Path file = writeBytes(b);
                CliRun r = CliRun.of("validate", file.toString());
                assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
                assertThat(r.err().lines().findFirst().orElse("")).startsWith(file.toString());
                assertThat(r.err()).doesNotContain("\tat ");
            });
    }

    private Path write(String text) {
        return writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(tmp, "input", ".json"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
