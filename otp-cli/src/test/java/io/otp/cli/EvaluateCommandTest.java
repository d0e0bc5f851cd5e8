package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.cli.input.InvalidInputException;
import io.otp.core.Language;
import io.otp.core.id.BidId;
import io.otp.core.json.OtpJson;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.RankedBid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path tmp;

    private static String[] csvPair(String... more) {
        return Stream.concat(Stream.of("evaluate", "--criteria", CliRun.example("criteria.csv"), "--bids",
            CliRun.example("bids.csv"), "--budget", "100000"), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void thePliegoRuleAsDataInTheEvaluationDocumentIsAppliedAndExplained(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        // The example's threshold (20 units below the others' mean) written as a rule: the same offer is flagged,
        // and the JSON explains the condition.
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of(CliRun.example("evaluation.json")))
            .replace("\"pliegoThreshold\": {\n      \"belowMean\": 20.00\n    },", "\"pliegoRule\": {\"conditions\": [{\"kind\":"
                + " \"PRICE\", \"reference\": \"MEAN_OF_OTHERS\", \"measure\": \"PERCENT\", \"threshold\": 20}]},");
        org.assertj.core.api.Assertions.assertThat(doc).contains("pliegoRule").doesNotContain("pliegoThreshold");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("evaluation.json"), doc);
        CliRun rule = CliRun.of("evaluate", "--format", "json", file.toString());
        CliRun threshold = CliRun.of("evaluate", "--format", "json", CliRun.example("evaluation.json"));
        assertThat(rule.exitCode()).as(rule.err()).isZero();
        assertThat(rule.out()).contains("\"ruleId\":\"pliego-rule\"")
            .contains("price more than 20 % below the mean of the other offers");
        io.otp.scoring.evaluation.EvaluationResult a = io.otp.core.json.OtpJson.standard().read(rule.out(),
            io.otp.scoring.evaluation.EvaluationResult.class);
        io.otp.scoring.evaluation.EvaluationResult b = io.otp.core.json.OtpJson.standard().read(threshold.out(),
            io.otp.scoring.evaluation.EvaluationResult.class);
        assertThat(a.abnormality().orElseThrow().flagged()).isEqualTo(b.abnormality().orElseThrow().flagged())
            .isNotEmpty();
    }

    @Test
    void tablePrintsTheRankingTheExclusionAndTheProposal() {
        CliRun r = CliRun.of("evaluate", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        // ServiceDeskTender lot 1: B1 40.91 + 26 + 8 = 74.91; B2 42.35 + 23 + 7 = 72.35; B3 rejected (LCSP art. 149.6).
        assertThat(r.out()).contains("Tender 2026/EXP-0077, lot L1")
            .containsPattern("1 +B1 .*40\\.91 +26\\.00 +8\\.00 +74\\.91 +ranked 1")
            .containsPattern("2 +B2 .*72\\.35 +ranked 2")
            .containsPattern("- +B3 .*excluded: .*\\[LCSP-149\\.6\\]")
            .contains("Award proposal (LCSP art. 150): B1 (A58818501) with 74.91 points");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void tableInSpanish() {
        CliRun r = CliRun.of("evaluate", "--lang", "es", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(r.out()).contains("Licitación 2026/EXP-0077, lote L1", "clasificada 1",
                "Propuesta de adjudicación")
            .contains("74,91");
    }

    @Test
    void jsonIsTheResultAndReadsBack() {
        CliRun r = CliRun.of("evaluate", "--format", "json", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        EvaluationResult result = OtpJson.standard().read(r.out(), EvaluationResult.class);
        assertThat(result.proposal().flatMap(p -> p.proposed()).map(RankedBid::bid)).contains(BidId.of("B1"));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        CliRun first = CliRun.of("evaluate", "--format", "json", CliRun.example("evaluation.json"));
        CliRun second = CliRun.of("evaluate", "--format", "json", CliRun.example("evaluation.json"));
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void csvIsTheScoreTable() {
        CliRun r = CliRun.of("evaluate", "--format", "csv", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("L1-PRICE", "L1-TECH", "L1-PLAN");
        assertThat(lines.get(1)).startsWith("B1,A58818501").contains("74.91");
    }

    @Test
    void htmlIsWrittenIntoTheOutputDirectory() throws IOException {
        Path dir = tmp.resolve("reports");
        CliRun r = CliRun.of("evaluate", "--format", "html", "--out", dir.toString(),
            CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        Path html = dir.resolve("evaluation-report-L1.en.html");
        assertThat(r.out()).contains("Written: " + html.toAbsolutePath());
        Document doc = Jsoup.parse(Files.readString(html));
        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.text()).contains("B1", "74.91");
    }

    @Test
    void jsonIsWrittenIntoTheOutputDirectoryWhenGiven() throws IOException {
        CliRun r = CliRun.of("evaluate", "--format", "json", "--out", tmp.toString(),
            CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(Files.readString(tmp.resolve("evaluation-L1.json"))).contains("\"proposal\"");
    }

    @Test
    void outputNamesNeverLeaveTheDirectory() {
        OutputDirectory out = OutputDirectory.of(tmp, Messages.of(Language.ENGLISH));
        assertThat(out.resolve("report.html")).isEqualTo(tmp.toAbsolutePath().normalize().resolve("report.html"));
        for (String escape : List.of("../x.html", "..", "a/b.html", "/etc/passwd", "..\\x.html", "")) {
            assertThatThrownBy(() -> out.resolve(escape)).as(escape).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("would leave the output directory");
        }
    }

    @Test
    void csvPairIsEvaluated() {
        CliRun r = CliRun.of(csvPair());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        // Price 70 inverse-proportional: B2 lowest 88,500 -> 70; B3 70 * 88500 / 95000 = 65.21.
        // Delivery 30, linear between best 10 and worst 60 days: B3 20 days -> 30 * 40 / 50 = 24.00.
        assertThat(r.out()).containsPattern("1 +B3 .*65\\.21 +24\\.00 +89\\.21 +ranked 1")
            .containsPattern("4 +B2 .*70\\.00 +9\\.00 +79\\.00 +ranked 4");
    }

    @Test
    void csvWithSemicolonsAndDecimalCommas() throws IOException {
        Path criteria = tmp.resolve("criteria.csv");
        Files.writeString(criteria, "\uFEFFid;name;type;points;formula\nPRICE;Precio;PRICE;100;inverse-proportional\n");
        Path bids = tmp.resolve("bids.csv");
        Files.writeString(bids, "bid;bidder;offer\r\nB1;A58818501;80.000,00\r\nB2;B12345674;100.000,00\r\n");
        CliRun r = CliRun.of("evaluate", "--criteria", criteria.toString(), "--bids", bids.toString(), "--budget",
            "120000");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(r.out()).containsPattern("1 +B1 .*100\\.00 +ranked 1").containsPattern("2 +B2 .*80\\.00 +ranked 2");
    }

    @Test
    void csvWithABadNumberNamesFileLineAndColumn() throws IOException {
        Path bids = tmp.resolve("bids.csv");
        Files.writeString(bids, "bid,bidder,offer,DELIVERY\nB1,A58818501,ninety,30\n");
        CliRun r = CliRun.of("evaluate", "--criteria", CliRun.example("criteria.csv"), "--bids", bids.toString(),
            "--budget", "100000");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("bids.csv: line 2: column \"offer\" holds \"ninety\"");
    }

    @Test
    void csvPairWithoutBudgetIsAUsageError() {
        CliRun r = CliRun.of("evaluate", "--criteria", CliRun.example("criteria.csv"), "--bids",
            CliRun.example("bids.csv"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("--budget is required");
    }

    @Test
    void withoutInputIsAUsageError() {
        CliRun r = CliRun.of("evaluate");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("give an evaluation document FILE");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = CliRun.of("evaluate", "--format", "pdf", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void aFlaggedOfferWithoutDecisionIsInvalidInput() throws IOException {
        String json = Files.readString(CliRun.EXAMPLES.resolve("evaluation.json"));
        int start = json.indexOf("\"decisions\"");
        int end = json.indexOf("\"lot\"", start);
        Path file = tmp.resolve("undecided.json");
        Files.writeString(file, json.substring(0, start) + json.substring(end));
        CliRun r = CliRun.of("evaluate", file.toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("undecided.json: bid B3 is presumed abnormally low");
    }

    /**
     * Without {@code at}, the steps are signed at the later of the last bid (2026-04-01T12:30:00Z) and the start
     * of the day the declarations were signed (2026-04-08 in Madrid, summer time UTC+2: 2026-04-07T22:00:00Z), so
     * the declarations are not refused as signed after the scoring.
     */
    @Test
    void withoutAtTheStepsAreSignedNoEarlierThanTheDeclarations() throws IOException {
        String json = Files.readString(CliRun.EXAMPLES.resolve("evaluation.json"));
        assertThat(json).contains("\"at\": \"2026-04-17T12:00:00Z\",\n");
        Path file = tmp.resolve("no-at.json");
        Files.writeString(file, json.replace("\"at\": \"2026-04-17T12:00:00Z\",\n", ""));
        CliRun r = CliRun.of("evaluate", "--format", "json", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Otp.EXIT_OK);
        assertThat(OtpJson.standard().read(Files.readString(file), io.otp.cli.input.EvaluationInput.class).signedAt())
            .isEqualTo(java.time.Instant.parse("2026-04-07T22:00:00Z"));
    }

    @Test
    void aDocumentWithoutTenderNamesTheMissingPart() throws IOException {
        Path file = tmp.resolve("empty.json");
        Files.writeString(file, "{\"lot\": \"L1\"}");
        CliRun r = CliRun.of("evaluate", file.toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("empty.json", "tender", "[rule OTP-REQUIRED, at ");
    }

    @Test
    void documentAndCsvTogetherIsAUsageError() {
        CliRun r = CliRun.of(csvPair(CliRun.example("evaluation.json")));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("not both");
    }

    @Test
    void helpShowsTheDefaultsOfTheCsvOptions() {
        CliRun r = CliRun.of("evaluate", "--help");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(r.out()).contains("default: CSV-0001", "default: L1", "default: 72000000-5").doesNotContain("default: null");
    }
}
