package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCommandTest {

    private static final String JSON = CliRun.EXAMPLES.resolve("kpi/service-desk-evm.json").toString();
    private static final String CSV = CliRun.EXAMPLES.resolve("kpi/service-desk-evm.csv").toString();

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresOfTheServiceDeskAtItsStatusDate() {
        CliRun run = CliRun.of("kpi", JSON);

        // ServiceDeskContract at 2026-12-31 (month 7): PV 200,000, EV 182,000, AC 190,000, BAC 352,000:
        // SPI = 182/200 = 0.91, CPI = 182/190 = 0.9579, ES = 6 + (182-170)/(200-170) = 6.4, SPI(t) = 6.4/7.
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(period 7 of 12)", "€182,000.00", "SPI = EV / PV", "0.9100", "0.9579",
            "6.4000", "0.9143");
        assertThat(run.out()).containsPattern("Schedule performance index \\(SPI\\)\\s+0.9100\\s+Amber");
        assertThat(run.out()).containsPattern("Cost performance index \\(CPI\\)\\s+0.9579\\s+Green");
    }

    @Test
    void csvAndJsonOfTheSameSeriesGiveTheSameFigures() {
        assertThat(CliRun.of("kpi", CSV).out()).isEqualTo(CliRun.of("kpi", JSON).out());
    }

    @Test
    void writesCsvForPrograms() {
        CliRun run = CliRun.of("kpi", CSV, "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).startsWith("indicator,value,status", "BAC,352000.00,")
            .contains("SPI,0.91,AMBER", "CPI,0.9579,GREEN", "SPI(t),0.9143,AMBER", "ES,6.4,");
    }

    @Test
    void writesJsonThatOtpJsonReads() {
        CliRun run = CliRun.of("kpi", JSON, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = OtpJson.standard().read(run.out(), JsonNode.class);
        assertThat(doc.get("evm").get("ev").get("amount").decimalValue()).isEqualByComparingTo("182000");
        assertThat(doc.get("kpis")).hasSize(3);
    }

    @Test
    void speaksSpanishWhenAsked() {
        CliRun run = CliRun.of("kpi", JSON, "--lang", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Valor ganado a la fecha de estado", "182.000,00 €", "0,9100");
    }

    @Test
    void sameInputGivesTheSameOutput() {
        assertThat(CliRun.of("kpi", JSON, "--format", "json").out())
            .isEqualTo(CliRun.of("kpi", JSON, "--format", "json").out());
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun run = CliRun.of("kpi", dir.resolve("nothing.json").toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("nothing.json: file not found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"bac\": {\"amount\": 1,\n}");

        CliRun run = CliRun.of("kpi", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("broken.json: ").contains("line 3, column");
    }

    @Test
    void invalidSeriesListsEveryViolationWithPathAndRule() throws IOException {
        Path file = Files.writeString(dir.resolve("series.json"), "{\"bac\": {\"amount\": 100, \"currency\": \"EUR\"}}");

        CliRun run = CliRun.of("kpi", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(file.toString())
            .contains("[rule "));
    }

    @Test
    void badCsvCellsNameLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("series.csv"),
            "bac,1000.00\nstatusDate,2026-02-28\nperiodEnd,pv,ev,ac\n2026-01-31,500,4x0,450\n2026-02-30,1000,,\n");

        CliRun run = CliRun.of("kpi", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("line 4, column 3: \"4x0\" is not an amount")
            .contains("line 5, column 1: \"2026-02-30\" is not a date");
    }

    /** RFC 4180: a quoted field may hold the separator, and a doubled double quote stands for one. */
    @Test
    void quotedCellWithASeparatorAndADoubledQuoteIsOneCell() throws IOException {
        Path file = Files.writeString(dir.resolve("series.csv"), "bac,1000.00\nstatusDate,2026-02-28\n"
            + "periodEnd,pv,ev,ac\n2026-01-31,\"5,00\"\"0\",450,400\n2026-02-28,1000,,\n");

        CliRun run = CliRun.of("kpi", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("line 4, column 2: \"5,00\"0\" is not an amount").doesNotContain("cells");
    }

    @Test
    void quotedCellsAreReadAsTheirValues() throws IOException {
        Path file = Files.writeString(dir.resolve("series.csv"), "bac;\"1000.00\"\nstatusDate;2026-01-31\n"
            + "\"periodEnd\";pv;ev;ac\n\"2026-01-31\";\"500.00\";450.00;\"400.00\"\n2026-02-28;1000.00;;\n");

        CliRun run = CliRun.of("kpi", file.toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("indicator,value,status\r\nBAC,1000.00,\r\nPV,500.00,\r\n"
            + "EV,450.00,\r\nAC,400.00,\r\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("kpi", JSON, "--colour");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void unknownLanguageIsAUsageError() {
        assertThat(CliRun.of("kpi", JSON, "--lang", "fr").exitCode()).isEqualTo(Otp.EXIT_USAGE);
    }

    @Test
    void anyTextThatIsNoSeriesIsInvalidInputNamingTheFile() {
        qt().withExamples(60).forAll(strings().allPossible().ofLengthBetween(0, 120)).checkAssert(text -> {
            Path file = dir.resolve("random.json");
            try {
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            CliRun run = CliRun.of("kpi", file.toString());
            assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
            assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(file.toString()));
        });
    }

    /** The KPIs are assessed per month: weekly periods are the input's problem (exit 1 naming the file), not an internal error. */
    @Test
    void weeklyPeriodsAreInvalidInputNamingTheFile() throws Exception {
        Path weekly = java.nio.file.Files.writeString(dir.resolve("weekly.csv"), "bac,3000.00\nstatusDate,2026-01-21\n"
            + "periodEnd,pv,ev,ac\n2026-01-07,1000.00,900.00,950.00\n2026-01-14,2000.00,1800.00,1900.00\n"
            + "2026-01-21,3000.00,2700.00,2800.00\n");
        CliRun run = CliRun.of("kpi", weekly.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("weekly.csv: ").contains("OTP-KPI-SERIES-PERIOD").doesNotContain("internal error");
    }
}
