package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.json.OtpJson;
import io.otp.scoring.evaluation.EvaluationResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that comes from input (lot titles, OCDS ocids and titles, file names, CSV cells, arguments) reaches
 * the terminal with its control characters (C0, DEL, C1), line and paragraph separators and format
 * characters (the bidirectional controls among them) escaped: it cannot forge a line, clear the screen,
 * set the window's title or reverse the text after it. The only hidden character the CLI prints is the
 * line feed that ends its own lines; printed JSON stays valid and reads back to the text given.
 */
class UntrustedTextTest {

    /** A line break forging a line, a window title, a screen clear and a right-to-left override. */
    static final String HOSTILE = "\r\nFORGED \u001b]0;pwned\u0007 \u001b[2J \u202eevil";
    /** The same with the escapes the CLI prints. */
    static final String SHOWN = "\\u000d\\u000aFORGED \\u001b]0;pwned\\u0007 \\u001b[2J \\u202eevil";
    /** Characters an argument can carry on any platform's command line. */
    static final String HOSTILE_ARGUMENT = "\r\nFORGED \u001b]0;pwned\u0007 \u001b[2J";

    @TempDir
    Path tmp;

    /** Asserts that output holds no hidden character but the line feeds ending the CLI's lines. */
    static void assertPrintable(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.FORMAT)).boxed().toList())
            .as("hidden characters in %s", text).isEmpty();
        assertThat(text.lines()).noneMatch(line -> line.startsWith("FORGED"));
    }

    private static void assertPrintable(CliProcess run) {
        assertPrintable(run.out());
        assertPrintable(run.err());
    }

    private Path evaluationWithLotTitle(String title) throws IOException {
        JsonNode doc = OtpJson.standard().read(Files.readAllBytes(CliRun.EXAMPLES.resolve("evaluation.json")),
            JsonNode.class);
        ((ObjectNode) doc.get("tender").get("lots").get(0)).put("title", title);
        return Files.writeString(tmp.resolve("evaluation.json"), OtpJson.standard().write(doc));
    }

    @Test
    @Timeout(120)
    void aLotTitleIsShownEscapedInTheRankingTable() throws IOException {
        Path file = evaluationWithLotTitle("Lot" + HOSTILE);

        CliProcess run = CliProcess.run("evaluate", file.toString()).exits(0);

        assertPrintable(run);
        assertThat(run.outText().lines().findFirst()).contains("Tender 2026/EXP-0077, lot L1: Lot" + SHOWN);
    }

    @Test
    void printedJsonHasNoHiddenCharacterAndReadsBackToTheTitleGiven() throws IOException {
        String title = "Lot" + HOSTILE + " \u2028\u2029\u007f\u0085\u009b\u2066\u200f\u061c";
        Path file = evaluationWithLotTitle(title);

        CliRun run = CliRun.of("evaluate", "--format", "json", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertPrintable(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(OtpJson.standard().read(run.out(), EvaluationResult.class).lotTitle()).isEqualTo(title);
    }

    @Test
    void ocidsAndTitlesOfAnImportedPackageAreShownEscaped() throws IOException {
        Path exported = tmp.resolve("exported.json");
        assertThat(CliRun.of("ocds", "export", CliRun.example("ocds/service-desk-process.json"), "--out",
            exported.toString()).exitCode()).isZero();
        JsonNode pkg = OtpJson.standard().read(Files.readAllBytes(exported), JsonNode.class);
        for (JsonNode release : pkg.get("releases")) {
            ((ObjectNode) release).put("ocid", "ocds-dip047-X" + HOSTILE);
            if (release.has("tender")) {
                ((ObjectNode) release.get("tender")).put("title", "T" + HOSTILE);
            }
        }
        Path file = Files.writeString(tmp.resolve("package.json"), OtpJson.standard().write(pkg));

        CliRun run = CliRun.of("ocds", "import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertPrintable(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(run.out()).contains("  ocds-dip047-X" + SHOWN + " (tender 2026/EXP-0077): T" + SHOWN + "\n");
    }

    @Test
    @Timeout(120)
    void aFileNameIsShownEscapedInTheMessageAboutIt() {
        CliProcess run = CliProcess.run("validate", tmp.resolve("tender" + HOSTILE_ARGUMENT + ".json").toString())
            .exits(1);

        assertPrintable(run);
        assertThat(run.errText()).contains("tender\\u000d\\u000aFORGED \\u001b]0;pwned\\u0007 \\u001b[2J.json: ");
    }

    @Test
    void anUnknownOptionIsShownEscapedInTheUsageError() {
        CliRun run = CliRun.of("validate", "--x" + HOSTILE, CliRun.example("tender.json"));

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertPrintable(run.err().getBytes(StandardCharsets.UTF_8));
        assertThat(run.err()).contains("--x" + SHOWN, "Usage: otp validate");
    }

    @Test
    void aCsvCellIsShownEscapedInTheMessageQuotingIt() throws IOException {
        Path bids = Files.writeString(tmp.resolve("bids.csv"), "bid,bidder,offer,DELIVERY\n"
            + "B1,A58818501,\"9" + HOSTILE + "\",30\n");

        CliRun run = CliRun.of("evaluate", "--criteria", CliRun.example("criteria.csv"), "--bids", bids.toString(),
            "--budget", "100000");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertPrintable(run.err().getBytes(StandardCharsets.UTF_8));
        assertThat(run.err()).contains("holds \"9" + SHOWN + "\"");
    }

    @Test
    void aBidderNameFromAnInvalidBundleIsShownEscaped() throws IOException {
        JsonNode bundle = OtpJson.standard().read(Files.readAllBytes(
            CliRun.EXAMPLES.resolve("ocds/service-desk-process.json")), JsonNode.class);
        ((ObjectNode) bundle.get("partyNames")).put("not an id" + HOSTILE, "ACME" + HOSTILE);
        Path file = Files.writeString(tmp.resolve("bundle.json"), OtpJson.standard().write(bundle));

        CliRun run = CliRun.of("ocds", "export", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertPrintable(run.err().getBytes(StandardCharsets.UTF_8));
        assertThat(run.err()).contains("FORGED");
    }

    /**
     * The store directory of {@code demo --data}, printed at the start and the end of the summary, is escaped with
     * its line feeds: a name holding a carriage return and a line feed, an ANSI colour and a right-to-left override
     * stays on the line it is printed in. (U+202E is left out where the platform's file names cannot hold it.)
     */
    @Test
    @Timeout(300)
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "a file name cannot hold a line feed")
    void theDemosStoreDirectoryIsShownEscaped() {
        boolean rtl = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode('\u202e');
        Path data = tmp.resolve("ctl\u001b[31mRED\r\nFORGED line" + (rtl ? "\u202e" : ""));
        String shown = tmp + File.separator + "ctl\\u001b[31mRED\\u000d\\u000aFORGED line" + (rtl ? "\\u202e" : "")
            + File.separator + "otp.mv.db";

        CliProcess run = CliProcess.run("demo", "--data", data.toString(), "--out", tmp.resolve("reports").toString())
            .exits(0);

        assertPrintable(run);
        assertThat(run.outText()).contains("Store: JDBC on the H2 file " + shown + " (emptied first)\n",
            "\n   Store: " + shown + "\n");
        assertThat(data.resolve("otp.mv.db")).isRegularFile();
    }
}
