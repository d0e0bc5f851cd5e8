package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation reports of both lots in both languages. Figures: lot 1, B1 60 × 240,000 / 352,000 =
 * 40.91 + 26 + 8 = 74.91 and B2 60 × 240,000 / 340,000 = 42.35 + 23 + 7 = 72.35, B3 excluded (LCSP art.
 * 149.6), B1 proposed; lot 2, B4 55 + 30 = 85.00 and B5 55 × 240,000 / 264,000 = 50.00 + 35 = 85.00 tied,
 * broken by LCSP art. 147.2 (b) (9.50 % against 18.00 % temporary contracts), B4 proposed.
 */
class EvaluationReportsTest {

    @TempDir
    static Path dir;

    private static List<Path> files;

    @BeforeAll
    static void write() {
        files = EvaluationReports.write(dir);
    }

    @Test
    void writesBothLotsInBothLanguagesWithChartsCsvAndJson() {
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
            "evaluation-report-L1.es.html", "evaluation-report-L1.en.html",
            "evaluation-report-L2.es.html", "evaluation-report-L2.en.html",
            "evaluation-report-L1-score-composition.es.svg", "evaluation-report-L1-score-composition.en.svg",
            "evaluation-report-L1-rank-acceptability.es.svg", "evaluation-report-L1-rank-acceptability.en.svg",
            "evaluation-report-L2-score-composition.es.svg", "evaluation-report-L2-score-composition.en.svg",
            "evaluation-report-L2-rank-acceptability.es.svg", "evaluation-report-L2-rank-acceptability.en.svg",
            "evaluation-report-L1-scores.es.csv", "evaluation-report-L1-scores.en.csv",
            "evaluation-report-L1-evaluator-scores.es.csv", "evaluation-report-L1-evaluator-scores.en.csv",
            "evaluation-report-L2-scores.es.csv", "evaluation-report-L2-scores.en.csv",
            "evaluation-report-L2-evaluator-scores.es.csv", "evaluation-report-L2-evaluator-scores.en.csv",
            "evaluation-report-L1.json", "evaluation-report-L2.json");
        assertThat(files).allMatch(Files::isRegularFile);
    }

    @Test
    void lot1PagesShowTheScoresTheExclusionAndTheProposal() throws Exception {
        Document es = Jsoup.parse(Files.readString(dir.resolve("evaluation-report-L1.es.html")));
        Document en = Jsoup.parse(Files.readString(dir.resolve("evaluation-report-L1.en.html")));
        assertThat(es.title()).isEqualTo("Informe de valoración · lote L1");
        assertThat(en.title()).isEqualTo("Evaluation report · lot L1");
        assertThat(es.select("section#scores").text()).contains("74,91").contains("72,35").contains("40,91")
            .contains("352.000,00 €").contains("Levante Sistemas, S.A.");
        assertThat(en.select("section#scores").text()).contains("74.91").contains("72.35").contains("€352,000.00");
        assertThat(es.select("section#exclusions").text()).contains("B3").contains("LCSP-149.6");
        assertThat(es.select("section#proposal").text()).contains("B1").contains("Levante Sistemas, S.A.")
            .contains("74,91");
        assertThat(es.select("section#evaluators").text()).contains("María López Ferrer")
            .contains("Organización del CAU en dos niveles");
        assertThat(es.select("script")).isEmpty();
    }

    @Test
    void lot2PagesShowTheTieBrokenByTemporaryContracts() throws Exception {
        Document es = Jsoup.parse(Files.readString(dir.resolve("evaluation-report-L2.es.html")));
        String ties = es.select("section#ties").text();
        assertThat(ties).contains("LCSP-147.2.b").contains("9,50").contains("18,00").contains("B4 > B5")
            .contains("20260512");
        assertThat(es.select("section#proposal").text()).contains("B4").contains("85,00");
        assertThat(es.select("section#history tbody tr")).isNotEmpty();
    }

    @Test
    void chartsAreWellFormedSvgWithOneBarPerBid() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Path svg : files.stream().filter(p -> p.toString().endsWith(".svg")).toList()) {
            org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            int bars = 0;
            org.w3c.dom.NodeList groups = doc.getElementsByTagNameNS("*", "g");
            for (int i = 0; i < groups.getLength(); i++) {
                if (((org.w3c.dom.Element) groups.item(i)).getAttribute("class").equals("otp-bar")) {
                    bars++;
                }
            }
            boolean acceptability = svg.getFileName().toString().contains("rank-acceptability");
            boolean lot1 = svg.getFileName().toString().contains("-L1-");
            // Lot 1 ranks 2 admitted bids (B3 excluded); lot 2 all 3.
            assertThat(bars).as(svg.toString()).isEqualTo(lot1 ? 2 : 3);
            assertThat(acceptability || bars > 0).isTrue();
        }
    }

    @Test
    void csvStartsWithTheByteOrderMarkAndHasOneRecordPerBid() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("evaluation-report-L1-scores.en.csv"));
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains("B1,A58818501,\"Levante Sistemas, S.A.\",352000.00,40.91,26.00,8.00,74.91");
    }

    @Test
    void writingAgainGivesTheSameBytes(@TempDir Path again) throws Exception {
        List<Path> second = EvaluationReports.write(again);
        assertThat(second).hasSameSizeAs(files);
        for (Path f : files) {
            assertThat(Files.readAllBytes(again.resolve(f.getFileName()))).as(f.toString())
                .isEqualTo(Files.readAllBytes(f));
        }
    }
}
