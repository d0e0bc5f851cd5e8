package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input size limits are checked while reading: a file over its limit is refused with exit code 1 and a
 * message naming the file, the limit and the rule, after reading no more than the limit, so that the
 * answer comes at once and in a small heap (the separate runs have 256 MiB). Under the limits, large inputs
 * are evaluated: bids are registered in one step. Timeouts here guard against hangs; they measure nothing.
 */
class InputLimitsTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
    private static final String CRITERIA = CliRun.example("criteria.csv");

    @TempDir
    Path tmp;

    private static Path sparse(Path file, String start, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(start.getBytes(StandardCharsets.UTF_8));
            f.setLength(size);
        }
        return file;
    }

    private Path bids(int rows) throws IOException {
        Path file = tmp.resolve("bids-" + rows + ".csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("bid,bidder,offer,submitted_at,DELIVERY\n");
            for (int i = 0; i < rows; i++) {
                w.write("B" + i + ",ORG" + i + "," + (80_000 + i % 20_000) + ".00,2026-04-01T10:12:00Z," + (10 + i % 50)
                    + "\n");
            }
        }
        return file;
    }

    private static void assertRefused(String err, Path file, String limit, String rule) {
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith(file + ": ").contains(limit, rule);
    }

    @Test
    @Timeout(120)
    void aJsonFileOneMebibyteOverTheLimitIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("tender.json"),
            "{\"id\": \"" + "a".repeat(17 * 1024 * 1024) + "\"}");

        CliProcess run = CliProcess.run(SMALL_HEAP, "validate", file.toString()).exits(1);

        assertRefused(run.errText(), file, "16777216 bytes", "OTP-JSON-LIMIT");
    }

    @Test
    @Timeout(120)
    void hugeJsonFilesAreRefusedAfterReadingTheLimitOnly() throws IOException {
        // Sparse files: 2.5 GB and 200 MB on disk in no time; neither is read whole.
        for (long size : new long[] {2_500_000_000L, 200_000_000L}) {
            Path file = sparse(tmp.resolve("evaluation-" + size + ".json"), "{\"tender\": \"", size);

            CliProcess run = CliProcess.run(SMALL_HEAP, "evaluate", file.toString()).exits(1);

            assertRefused(run.errText(), file, "16777216 bytes", "OTP-JSON-LIMIT");
        }
    }

    @Test
    @Timeout(120)
    void aMillionBidRowsAreRefusedAtTheMostBidsOfAnEvaluation() throws IOException {
        Path bids = bids(1_000_000);

        CliProcess run = CliProcess.run(SMALL_HEAP, "evaluate", "--criteria", CRITERIA, "--bids", bids.toString(),
            "--budget", "100000").exits(1);

        assertRefused(run.errText(), bids, "100000 bid rows", "OTP-LIMIT-BIDS");
        assertThat(run.errText()).contains("line 100002");
    }

    @Test
    @Timeout(120)
    void fortyThousandBidRowsAreEvaluated() throws IOException {
        CliRun run = CliRun.of("evaluate", "--criteria", CRITERIA, "--bids", bids(40_000).toString(), "--budget",
            "100000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.matches("\\d+ +B\\d+ +ORG\\d+ .*ranked \\d+"))).hasSize(40_000);
        assertThat(run.out()).contains("Award proposal (LCSP art. 150): ");
    }

    @Test
    void criteriaRowsBeyondTheMostCriteriaOfALotAreRefused() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,type,points,formula\n");
        for (int i = 0; i <= 200; i++) {
            csv.append("C").append(i).append(",c,QUALITY,0.1,inverse-proportional\n");
        }
        Path criteria = Files.writeString(tmp.resolve("criteria.csv"), csv);

        CliRun run = CliRun.of("evaluate", "--criteria", criteria.toString(), "--bids", CliRun.example("bids.csv"),
            "--budget", "100000");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertRefused(run.err(), criteria, "200 criterion rows", "OTP-LIMIT-CRITERIA");
    }

    @Test
    void aCsvFileOverItsByteLimitIsRefused() throws IOException {
        Path file = tmp.resolve("evm.csv");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            String comment = "#" + "x".repeat(1_000) + "\n";
            for (int i = 0; i < 33 * 1024; i++) {
                w.write(comment);
            }
        }

        CliRun run = CliRun.of("kpi", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertRefused(run.err(), file, "33554432 bytes", "OTP-CLI-LIMIT");
    }

    @Test
    void kpiPeriodsBeyondTheLimitAreRefusedInCsvAndJson() throws IOException {
        int periods = 1_201;
        StringBuilder csv = new StringBuilder("bac,1201000.00\nstatusDate,2000-01-31\nperiodEnd,pv,ev,ac\n");
        EvmSeries.Builder json = EvmSeries.builder().bac(Money.euros("1201000.00")).statusDate(LocalDate.of(2000, 1, 31));
        for (int t = 1; t <= periods; t++) {
            LocalDate end = YearMonth.of(2000, 1).plusMonths(t - 1).atEndOfMonth();
            csv.append(end).append(',').append(t * 1000).append(".00,").append(t == 1 ? "990.00,1010.00" : ",")
                .append('\n');
            json.addPeriodEnds(end).addPv(Money.euros(t * 1000 + ".00"));
        }
        json.addEv(Money.euros("990.00")).addAc(Money.euros("1010.00"));
        Path csvFile = Files.writeString(tmp.resolve("evm.csv"), csv);
        Path jsonFile = Files.writeString(tmp.resolve("evm.json"), OtpJson.standard().write(json.build()));

        for (Path file : List.of(csvFile, jsonFile)) {
            CliRun run = CliRun.of("kpi", file.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
            assertRefused(run.err(), file, "1200 periods", "OTP-CLI-LIMIT");
        }
    }

    @Test
    void anOcdsPackageOverTheJsonLimitIsRefused() throws IOException {
        Path file = sparse(tmp.resolve("package.json"), "{\"releases\": [", 17L * 1024 * 1024);

        CliRun run = CliRun.of("ocds", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertRefused(run.err(), file, "16777216 bytes", "OTP-JSON-LIMIT");
    }
}
