package io.otp.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.testing.ChildJvm;
import io.otp.core.time.DateRange;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host threshold tables: how they combine with the SDK's, the lenient format of a host's file and its
 * errors, and discovery through {@link java.util.ServiceLoader} and the class path as seen by
 * {@link ThresholdTable#standard()}, {@link OtpValidator#standard()} and {@code @LegalTender}.
 */
class HostThresholdTablesTest {

    private static final LegalThresholds P2026 = ThresholdTable.builtIns().forDate(LocalDate.of(2026, 6, 1));

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static LegalThresholds in(String range, long central) {
        return P2026.withValidity(DateRange.parse(range)).withEuThresholds(P2026.euWorksAndConcessionsThreshold(),
            Money.euros(central), P2026.euOtherSuppliesAndServicesThreshold(), P2026.euSocialServicesThreshold());
    }

    @Test
    void aHostPeriodWinsForItsDaysAndTheSdkPeriodKeepsTheRest() {
        ThresholdTable host = ThresholdTable.of(List.of(in("2027-07-01/2029-12-31", 145_000)));
        ThresholdTable combined = ThresholdTable.builtIns().overriddenBy(host);
        assertThat(combined.periods()).extracting(p -> p.validity().toString()).containsExactly(
            "2024-01-01/2025-12-31", "2026-01-01/2027-06-30", "2027-07-01/2029-12-31");
        assertThat(combined.forDate(LocalDate.of(2027, 6, 30)).euCentralSuppliesAndServicesThreshold())
            .isEqualTo(Money.euros(140_000));
        assertThat(combined.forDate(LocalDate.of(2027, 7, 1)).euCentralSuppliesAndServicesThreshold())
            .isEqualTo(Money.euros(145_000));
        ThresholdTable inside = ThresholdTable.builtIns().overriddenBy(ThresholdTable.of(List.of(
            in("2026-03-01/2026-03-31", 141_000))));
        assertThat(inside.periods()).extracting(p -> p.validity().toString()).containsExactly("2024-01-01/2025-12-31",
            "2026-01-01/2026-02-28", "2026-03-01/2026-03-31", "2026-04-01/2027-12-31");
    }

    @Test
    void twoHostTablesSharingADayAreAnErrorNamingBoth() {
        Map<String, ThresholdTable> sources = new LinkedHashMap<>();
        sources.put("provider A", ThresholdTable.of(List.of(in("2028-01-01/2029-12-31", 145_000))));
        sources.put("file:/b.json", ThresholdTable.of(List.of(in("2029-12-31/2030-12-31", 146_000))));
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> ThresholdTable.combine(ThresholdTable.builtIns(), sources));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly(ThresholdTable.HOST_OVERLAP);
        assertThat(e.violations().get(0).message()).isEqualTo("host threshold tables overlap: provider A has"
            + " 2028-01-01/2029-12-31 and file:/b.json has 2029-12-31/2030-12-31; each day may come from one host"
            + " table only");
        sources.put("file:/b.json", ThresholdTable.of(List.of(in("2030-01-01/2030-12-31", 146_000))));
        assertThat(ThresholdTable.combine(ThresholdTable.builtIns(), sources).periods()).hasSize(4);
    }

    @Test
    void aHostFileMayGiveOnlyTheValidityAndTheEuThresholdsWithComments() {
        ThresholdTable t = ThresholdTable.read(text("""
            // Commission Delegated Regulations for 2028-2029 (invented amounts for the test)
            [
              {
                "validity": {"start": "2028-01-01", "end": "2029-12-31"},
                "euWorksAndConcessionsThreshold": {"amount": 5500000.00},
                "euCentralSuppliesAndServicesThreshold": {"amount": 145000.00, "currency": "EUR"},
                "euOtherSuppliesAndServicesThreshold": {"amount": 222000.00},
                "euSocialServicesThreshold": {"amount": 750000.00},
              },
            ]
            """), "host.json");
        LegalThresholds p = t.forDate(LocalDate.of(2028, 1, 1));
        assertThat(p.euOtherSuppliesAndServicesThreshold()).isEqualTo(Money.euros(222_000));
        // Left out, so taken from the SDK period that ended before: 2026-2027.
        assertThat(p.minorWorksLimit()).isEqualTo(Money.euros(40_000));
        assertThat(p.simplifiedWorksLimit()).isEqualTo(Money.euros(2_000_000));
        assertThat(p.lotExemptionSuppliesAndServicesLimit()).isEqualTo(Money.euros(80_000));
        assertThat(p.minimumExpertCommitteeSize()).isEqualTo(3);
    }

    @Test
    void errorsInAHostFileNameTheSourceTheFieldTheValueAndTheRule() {
        ValidationException amount = catchThrowableOfType(ValidationException.class, () -> ThresholdTable.read(text(
            "[{\"validity\": {\"start\": \"2028-01-01\", \"end\": \"2029-12-31\"},"
                + " \"euOtherSuppliesAndServicesThreshold\": {\"amount\": -5}}]"), "host.json"));
        assertThat(amount.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("periods[0].euOtherSuppliesAndServicesThreshold", ThresholdTable.HOST_SOURCE));
        assertThat(amount.violations().get(0).message()).startsWith("threshold table host.json: field"
            + " periods[0].euOtherSuppliesAndServicesThreshold, value \"-5.00 EUR\", rule OTP-THRESHOLD-AMOUNT:");

        ValidationException misspelt = catchThrowableOfType(ValidationException.class, () -> ThresholdTable.read(text(
            "[{\"validity\": {\"start\": \"2028-01-01\", \"end\": \"2029-12-31\"}, \"euOtherThreshold\": 1}]"),
            "host.json"));
        assertThat(misspelt.violations().get(0).arguments()).containsEntry("source", "host.json")
            .containsEntry("value", "euOtherThreshold").containsEntry("rule", "JSON");

        ValidationException date = catchThrowableOfType(ValidationException.class, () -> ThresholdTable.read(text(
            "[{\"validity\": {\"start\": \"2028-02-30\", \"end\": \"2029-12-31\"}}]"), "host.json"));
        assertThat(date.violations().get(0).arguments()).containsEntry("source", "host.json");
        assertThat(date.violations().get(0).path()).startsWith("periods[0].validity");

        ValidationException noValidity = catchThrowableOfType(ValidationException.class,
            () -> ThresholdTable.read(text("[{}]"), "host.json"));
        assertThat(noValidity.violations()).extracting(Violation::path).containsExactly("periods[0].validity");

        ValidationException notArray = catchThrowableOfType(ValidationException.class,
            () -> ThresholdTable.read(text("{\"periods\": []}"), "host.json"));
        assertThat(notArray.violations().get(0).message()).contains("host.json").contains("array of periods");

        ValidationException syntax = catchThrowableOfType(ValidationException.class,
            () -> ThresholdTable.read(text("[{\"validity\": "), "host.json"));
        assertThat(syntax.violations()).extracting(Violation::ruleId).containsExactly(ThresholdTable.HOST_SOURCE);

        ValidationException overlap = catchThrowableOfType(ValidationException.class, () -> ThresholdTable.read(text(
            "[{\"validity\": {\"start\": \"2028-01-01\", \"end\": \"2029-12-31\"}},"
                + " {\"validity\": {\"start\": \"2029-01-01\", \"end\": \"2030-12-31\"}}]"), "host.json"));
        assertThat(overlap.violations().get(0).arguments()).containsEntry("rule", "OTP-THRESHOLDS-OVERLAP");
    }

    @Test
    void discoveryReadsTheClassPathResource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ThresholdTable.HOST_RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[{\"validity\": {\"start\": \"2028-01-01\", \"end\": \"2029-12-31\"},"
            + " \"euCentralSuppliesAndServicesThreshold\": {\"amount\": 145000.00}}]");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                HostThresholdTablesTest.class.getClassLoader())) {
            ThresholdTable found = ThresholdTable.discovered(loader);
            assertThat(found.forDate(LocalDate.of(2028, 6, 1)).euCentralSuppliesAndServicesThreshold())
                .isEqualTo(Money.euros(145_000));
            assertThat(found.periods()).hasSize(3);
        }
        // This JVM has no host table: the standard table is the SDK's.
        assertThat(ThresholdTable.standard()).isEqualTo(ThresholdTable.builtIns());
    }

    @Test
    void aProviderIsSeenByTheStandardValidatorAndByLegalTenderInAHostProcess(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + ThresholdProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, HostFixtureProvider.class.getName() + "\n");
        String output = runProbe(dir);
        assertThat(output).contains("periods=ThresholdTable[2024-01-01/2025-12-31, 2026-01-01/2027-12-31,"
            + " 2028-01-01/2029-12-31]");
        // 144,999.99 is below the host's 145,000.00 (not subject) and above the SDK's 140,000.00.
        assertThat(output).contains("violations=[]").contains("threshold=145000.00 EUR").contains("subject=false")
            .contains("jakarta=0").doesNotContain("failure=");
    }

    @Test
    void twoOverlappingHostSourcesFailTheStandardValidatorWithBothNamed(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + ThresholdProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, HostFixtureProvider.class.getName() + "\n");
        Path file = dir.resolve(ThresholdTable.HOST_RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[{\"validity\": {\"start\": \"2029-01-01\", \"end\": \"2029-12-31\"}}]");
        String output = runProbe(dir);
        assertThat(output).contains("failure=io.otp.core.ValidationException").contains("provider test fixture")
            .contains("legal-thresholds.json");
    }

    private static String runProbe(Path extraClassPath) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(ChildJvm.classPath(HostTableProbe.class) + File.pathSeparator + extraClassPath);
        command.add(HostTableProbe.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
