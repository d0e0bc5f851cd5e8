package io.otp.report.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Tender;
import io.otp.report.Chart;
import io.otp.report.ReportException;
import io.otp.report.ReportLanguage;
import io.otp.report.testing.ReportPages;
import io.otp.report.testing.EvaluationFixtures;
import io.otp.report.testing.ReportGenerators;
import io.otp.report.testing.SvgXml;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

class EvaluationReportTest {

    static Stream<ReportLanguage> languages() {
        return ReportPages.languages();
    }

    private static final LocalDate GENERATED = LocalDate.of(2026, 5, 12);
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final Evaluation LOT_1 = EvaluationFixtures.evaluate(EvaluationFixtures.LOT_1);
    private static final Evaluation LOT_2 = EvaluationFixtures.evaluate(EvaluationFixtures.LOT_2);
    private static final RankAcceptabilityResult ACCEPTABILITY_1 = EvaluationFixtures.acceptability(LOT_1);
    private static final RankAcceptabilityResult ACCEPTABILITY_2 = EvaluationFixtures.acceptability(LOT_2);

    private static EvaluationReport report(Evaluation e, RankAcceptabilityResult a, ReportLanguage language) {
        EvaluationReport.Builder b = EvaluationReport.builder(EvaluationFixtures.tender(), e.result(), language,
                GENERATED)
            .history(e.history())
            .rankAcceptability(a)
            .weightSensitivity(WeightSensitivity.analyse(e.result().pointsMatrix()));
        EvaluationFixtures.BIDDERS.forEach(b::bidderName);
        b.personName(EvaluationFixtures.COMMITTEE.get(0), "María López Ferrer");
        return b.build();
    }

    private static Document page(EvaluationReport report) {
        return Jsoup.parse(report.html());
    }

    private static Element table(Document page, String sectionId, int index) {
        return page.select("section#" + sectionId + " table").get(index);
    }

    private static Element row(Element table, String header) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(header)).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + header + " in " + table.selectFirst("caption").text()));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void scoreTableShowsEveryBidWithItsPointsTotalAndStatusAsTheResultGivesThem(ReportLanguage l) {
        for (Evaluation e : List.of(LOT_1, LOT_2)) {
            EvaluationResult r = e.result();
            Document page = page(report(e, acceptabilityOf(e), l));
            Element table = table(page, "scores", 0);
            assertThat(table.select("tbody tr")).hasSize(r.bids().size());
            List<CriterionScore> columns = r.bids().get(0).criteria();
            for (BidEvaluation b : r.bids()) {
                List<String> cells = row(table, b.bid().toString()).select("td").eachText();
                assertThat(cells.get(0)).contains(EvaluationFixtures.BIDDERS.get(b.bidder()))
                    .contains(b.bidder().toString());
                assertThat(cells.get(1)).isEqualTo(b.economicOffer().map(l::money).orElse("—"));
                for (int c = 0; c < columns.size(); c++) {
                    String expected = b.score(columns.get(c).criterion())
                        .map(s -> l.number(s.points(), s.points().scale())).orElse("—");
                    assertThat(cells.get(2 + c)).as(b.bid() + " " + columns.get(c).criterion()).isEqualTo(expected);
                }
                assertThat(cells.get(2 + columns.size())).isEqualTo(l.number(b.total().value(),
                    b.total().value().scale()));
                String status = cells.get(3 + columns.size());
                if (b.exclusion().isPresent()) {
                    assertThat(status).contains(b.exclusion().get().ruleId());
                } else {
                    assertThat(status).contains(l.number(b.position().orElseThrow()));
                }
            }
            assertThat(table.select("th[scope=col]")).hasSize(columns.size() + 5);
            assertThat(table.select("tbody th[scope=row]")).hasSize(r.bids().size());
        }
    }

    private static RankAcceptabilityResult acceptabilityOf(Evaluation e) {
        return e == LOT_1 ? ACCEPTABILITY_1 : ACCEPTABILITY_2;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void criteriaAreWrittenWithTheirWeightsAndFormulas(ReportLanguage l) {
        Tender tender = EvaluationFixtures.tender();
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        Element table = table(page, "criteria", 0);
        assertThat(table.select("tbody tr")).hasSize(tender.lot(EvaluationFixtures.LOT_1).orElseThrow()
            .allCriteria().size());
        List<String> price = row(table, "L1-PRICE").select("td").eachText();
        assertThat(price.get(0)).isEqualTo("Precio");
        assertThat(price.get(2)).isEqualTo(l.number(new BigDecimal("60.00"), 2));
        assertThat(price.get(3)).isEqualTo(l.percentage(new BigDecimal("60"), 2));
        assertThat(price.get(4)).isEqualTo("P = 60 × (Pmin / Pi)");
        List<String> tech = row(table, "L1-TECH").select("td").eachText();
        assertThat(tech.get(4)).contains("30").isEqualTo(l.text("evaluation.formula.valueJudgment", Map.of("maxPoints", "30")));
        assertThat(page.select("section#criteria").text()).contains(l.number(new BigDecimal("20.00"), 2));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void eachNumberIsExplainedWithTheFormulaTheValuesUsedAndThePointsBeforeAndAfterRounding(ReportLanguage l) {
        EvaluationResult r = LOT_1.result();
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        BidEvaluation b2 = r.bid(BidId.of("B2")).orElseThrow();
        Element table = page.select("section#explanations table").stream()
            .filter(t -> t.selectFirst("caption").text().contains("B2")).findFirst().orElseThrow();
        CriterionScore price = b2.score(EvaluationFixtures.L1_PRICE).orElseThrow();
        List<String> cells = row(table, "L1-PRICE · Precio").select("td").eachText();
        // 60 × 340000.00 / 352000.00 = 57.954545...: the engine's explanation with the numbers localized.
        assertThat(cells.get(0)).contains("Pmin / Pi").contains(Numbers.localize(l, price.explanation()))
            .contains(l.number(new BigDecimal("340000.00"), 2));
        assertThat(cells.get(1)).contains(l.number(new BigDecimal("340000.00"), 2));
        assertThat(cells.get(2)).isEqualTo(Numbers.unrounded(l, price.unrounded()));
        assertThat(cells.get(3)).isEqualTo(l.number(price.points(), 2));
        CriterionScore tech = b2.score(EvaluationFixtures.L1_TECH).orElseThrow();
        // Committee 22, 24, 23: mean 23.
        assertThat(row(table, "L1-TECH · " + tech.name()).select("td").get(0).text())
            .contains(l.number(new BigDecimal("22.00"), 2)).contains(l.number(new BigDecimal("24.00"), 2));
        assertThat(row(table, l.text("evaluation.column.total")).select("td").get(3).text())
            .isEqualTo(l.number(b2.total().value(), 2));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyEvaluatorScoreIsShownWithItsJustification(ReportLanguage l) {
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        String section = page.select("section#evaluators").text();
        List<EvaluatorScore> scores = LOT_1.result().bids().stream().flatMap(b -> b.criteria().stream())
            .flatMap(c -> c.evaluatorScores().stream()).toList();
        assertThat(scores).hasSize(18);
        assertThat(page.select("section#evaluators tbody tr")).hasSize(scores.size());
        for (EvaluatorScore s : scores) {
            assertThat(section).contains(s.justification());
        }
        assertThat(section).contains("María López Ferrer").contains("P-ORTEGA-RUIZ");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theAbnormallyLowOfferIsShownRejectedByColourAndTextWithItsRule(ReportLanguage l) {
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        Element table = table(page, "abnormal", 0);
        assertThat(table.select("tbody tr")).hasSize(3);
        Element b3 = table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith("B3 "))
            .findFirst().orElseThrow();
        Element badge = b3.selectFirst(".otp-badge");
        assertThat(badge.hasClass("otp-status-red")).isTrue();
        assertThat(badge.text()).isEqualTo(l.text("evaluation.enum.JustificationStatus.REJECTED"));
        // B3 240,000.00 against the mean of the others, (352,000 + 340,000) / 2 = 346,000; limit 20 % below.
        assertThat(b3.text()).contains("LCSP-149.6").contains(l.money(io.otp.core.money.Money.euros("240000.00")))
            .contains(l.money(io.otp.core.money.Money.euros("346000.00")))
            .contains(l.money(io.otp.core.money.Money.euros("276800.00")));
        assertThat(page.select("section#exclusions").text()).contains("B3")
            .contains(l.text("evaluation.enum.ExclusionReason.ABNORMALLY_LOW_NOT_JUSTIFIED"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void thePliegosRuleAsDataIsExplainedConditionByCondition(ReportLanguage l) {
        // Lot 1 with "more than 20 % below the mean of the other offers, and more than 25 % below the budget":
        // B3 (240,000.00): others' mean 346,000.00, limit 276,800.00 -> met; each row names its condition.
        io.otp.scoring.abnormal.PliegoRule pliego = io.otp.scoring.abnormal.PliegoRule.of(
            io.otp.scoring.abnormal.Combination.ALL,
            io.otp.scoring.abnormal.PliegoCondition.priceBelow(io.otp.scoring.abnormal.PriceReference.MEAN_OF_OTHERS,
                io.otp.scoring.abnormal.PriceMeasure.PERCENT, java.math.BigDecimal.valueOf(20)),
            io.otp.scoring.abnormal.PliegoCondition.priceBelow(io.otp.scoring.abnormal.PriceReference.BUDGET,
                io.otp.scoring.abnormal.PriceMeasure.PERCENT, java.math.BigDecimal.valueOf(25)));
        Evaluation e = EvaluationFixtures.evaluate(EvaluationFixtures.LOT_1, pliego);
        Document page = page(EvaluationReport.builder(EvaluationFixtures.tender(), e.result(), l, GENERATED).build());
        Element conditions = table(page, "abnormal", 1);
        List<Element> b3 = conditions.select("tbody tr").stream()
            .filter(r -> r.selectFirst("th").text().startsWith("B3 ")).toList();
        assertThat(b3).hasSize(2);
        assertThat(b3.get(0).text()).contains(l.text("evaluation.conditions.price.PERCENT", Map.of("threshold", "20",
                "reference", l.text("evaluation.enum.PriceReference.MEAN_OF_OTHERS"))))
            .contains(l.money(io.otp.core.money.Money.euros("346000.00")))
            .contains(l.money(io.otp.core.money.Money.euros("276800.00")))
            .contains(l.text("evaluation.conditions.met"));
        assertThat(conditions.selectFirst("caption").text()).contains("149.2.b");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aLotWithoutAbnormalityParametersSaysNoOfferWasChecked(ReportLanguage l) {
        Evaluation e = EvaluationFixtures.evaluate(EvaluationFixtures.LOT_1, null);
        Document page = page(EvaluationReport.builder(EvaluationFixtures.tender(), e.result(), l, GENERATED).build());
        assertThat(page.select("section#abnormal").text()).contains(l.text("evaluation.abnormal.none"))
            .contains(l.text("evaluation.abnormal.noParameters", Map.of("rule", "LCSP-149.2.b")));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void rankingTieBreakAndProposalFollowTheResult(ReportLanguage l) {
        EvaluationResult r = LOT_2.result();
        Document page = page(report(LOT_2, ACCEPTABILITY_2, l));
        Element ranking = table(page, "ranking", 0);
        List<RankedBid> ranked = r.ranking().orElseThrow().ranked();
        assertThat(ranking.select("tbody tr")).hasSize(ranked.size());
        for (RankedBid rb : ranked) {
            List<String> cells = row(ranking, l.number(rb.position())).select("td").eachText();
            assertThat(cells.get(0)).isEqualTo(rb.bid().toString());
            assertThat(cells.get(2)).isEqualTo(l.number(rb.total().value(), 2));
        }
        List<TieBreak> ties = r.ranking().orElseThrow().tieBreaks();
        assertThat(ties).isNotEmpty();
        String trace = page.select("section#ties").text();
        assertThat(trace).contains(Long.toString(EvaluationFixtures.DRAW_SEED));
        for (TieBreak tie : ties) {
            assertThat(trace).contains(l.text(EvaluationPage.enumKey(tie.step()))).contains(tie.ruleId());
            String order = r.ranking().orElseThrow().order().stream().filter(tie.bids()::contains)
                .map(BidId::toString).collect(Collectors.joining(" > "));
            assertThat(trace).contains(order);
        }
        RankedBid proposed = r.proposal().orElseThrow().proposed().orElseThrow();
        Element proposal = page.selectFirst("section#proposal");
        assertThat(proposal.selectFirst(".otp-badge.otp-status-green").text())
            .isEqualTo(l.text("evaluation.proposal.label"));
        assertThat(proposal.text()).contains(proposed.bid().toString())
            .contains(EvaluationFixtures.BIDDERS.get(proposed.bidder()))
            .contains(l.money(r.proposal().orElseThrow().penalty()));
    }

    /**
     * Lot 2's tie (B4, B5, equal totals and 2.50 % disabled workers each) is broken by the second measure of
     * LCSP art. 147.2.a: B4 3 permanent workers with a disability + 1 in inclusion = 4, B5 3 + none filed = 3.
     * The table shows both counts and the sum; the section says how the pliego's criteria relate to the chain.
     */
    @ParameterizedTest
    @MethodSource("languages")
    void theTieTableShowsBothCountsOfTheSecondMeasureAndTheModeIsStated(ReportLanguage l) {
        Document page = page(report(LOT_2, ACCEPTABILITY_2, l));
        assertThat(page.select("section#ties").text())
            .contains(l.text("evaluation.ties.mode.PLIEGO_BEFORE_STATUTORY_CHAIN"))
            .doesNotContain(l.text("evaluation.ties.mode.PLIEGO_REPLACES_STATUTORY_CHAIN"));
        Element ties = table(page, "ties", 0);
        assertThat(ties.select("thead th").eachText()).contains(l.text("evaluation.column.permanentDisabledWorkers"),
            l.text("evaluation.column.inclusionWorkers"));
        List<String> b4 = ties.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith("B4"))
            .findFirst().orElseThrow().select("td").eachText();
        List<String> b5 = ties.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().startsWith("B5"))
            .findFirst().orElseThrow().select("td").eachText();
        assertThat(b4.subList(1, 4)).containsExactly("3", "1", "4");
        assertThat(b5.subList(1, 4)).containsExactly("3", l.text("evaluation.ties.notFiled"), "3");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void historyHasOneRowPerStep(ReportLanguage l) {
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        List<EvaluationEvent> events = LOT_1.history();
        Element table = table(page, "history", 0);
        assertThat(table.select("tbody tr")).hasSize(events.size());
        for (EvaluationEvent e : events) {
            List<String> cells = row(table, l.number(e.sequence())).select("td").eachText();
            assertThat(cells.get(1)).isEqualTo(l.text(EvaluationPage.enumKey(e.kind())));
            assertThat(cells.get(2)).isEqualTo(e.ruleId());
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void weightSensitivityHasOneRowPerCriterionWithTheSmallestChanges(ReportLanguage l) {
        List<io.otp.scoring.sensitivity.CriterionSensitivity> sensitivity =
            WeightSensitivity.analyse(LOT_2.result().pointsMatrix());
        Element table = table(page(report(LOT_2, ACCEPTABILITY_2, l)), "sensitivity", 1);
        assertThat(table.select("tbody tr")).hasSize(sensitivity.size());
        for (io.otp.scoring.sensitivity.CriterionSensitivity s : sensitivity) {
            List<String> cells = row(table, s.criterion().toString()).select("td").eachText();
            assertThat(cells.get(0)).isEqualTo(l.number(s.declaredWeight(), s.declaredWeight().scale()));
            List<java.util.Optional<io.otp.scoring.sensitivity.WeightChange>> changes =
                List.of(s.increase(), s.decrease());
            for (int i = 0; i < 2; i++) {
                String cell = cells.get(1 + i);
                changes.get(i).ifPresentOrElse(
                    c -> assertThat(cell).contains(l.number(c.points(), 2)).endsWith("→ " + c.newWinner()),
                    () -> assertThat(cell).isEqualTo(l.text("evaluation.sensitivity.noChange")));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void anEvaluationThatHasOnlyRegisteredItsBidsIsReportedAsSuch(ReportLanguage l) {
        Evaluation e = EvaluationFixtures.registered();
        EvaluationReport report = EvaluationReport.builder(EvaluationFixtures.tender(), e.result(), l, GENERATED)
            .history(e.history()).build();
        Document page = page(report);
        assertThat(table(page, "scores", 0).select("tbody tr")).hasSize(3);
        assertThat(page.select("section#scores .otp-badge.otp-status-grey")).hasSize(3);
        assertThat(page.select("section#ranking").text()).contains(l.text("evaluation.ranking.none"));
        assertThat(page.select("section#proposal").text()).contains(l.text("evaluation.proposal.none"));
        assertThat(page.select("section#abnormal").text()).contains(l.text("evaluation.abnormal.none"));
        assertThat(page.select("section#history tbody tr")).hasSize(e.history().size());
        SvgXml.assertAccessibleAndFinite(report.charts().get(EvaluationReport.SCORE_COMPOSITION_CHART).standalone());
        assertThat(report.scoreTableCsv().split("\r\n")).hasSize(4);
    }

    @Test
    void sectionsOfMissingAnalysesAreLeftOut() {
        EvaluationReport bare = EvaluationReport.builder(EvaluationFixtures.tender(), LOT_1.result(),
            ReportLanguage.ENGLISH, GENERATED).build();
        Document page = page(bare);
        assertThat(page.select("section#history")).isEmpty();
        assertThat(page.select("section#sensitivity")).isEmpty();
        assertThat(bare.charts()).containsOnlyKeys(EvaluationReport.SCORE_COMPOSITION_CHART);
        assertThat(page.select("section#scores").text()).contains("A58818501");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void rankAcceptabilityChartHasOneBarPerBidAndOneSegmentPerRankWithTheShares(ReportLanguage l) {
        EvaluationReport report = report(LOT_2, ACCEPTABILITY_2, l);
        Chart chart = report.charts().get(EvaluationReport.RANK_ACCEPTABILITY_CHART);
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(chart.standalone());
        List<org.w3c.dom.Element> bars = SvgXml.marks(svg, "otp-bar");
        int ranks = ACCEPTABILITY_2.bids().size();
        assertThat(bars).hasSize(ranks);
        for (int i = 0; i < bars.size(); i++) {
            BidId bid = ACCEPTABILITY_2.bids().get(i);
            assertThat(bars.get(i).getAttribute("data-category")).isEqualTo(bid.toString());
            NodeList rects = bars.get(i).getElementsByTagNameNS("*", "rect");
            assertThat(rects.getLength()).isEqualTo(ranks);
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 1; k <= ranks; k++) {
                org.w3c.dom.Element rect = (org.w3c.dom.Element) rects.item(k - 1);
                BigDecimal value = new BigDecimal(rect.getAttribute("data-value"));
                // count / samples in percent, two decimals.
                assertThat(value.doubleValue()).isCloseTo(100 * ACCEPTABILITY_2.share(bid, k),
                    org.assertj.core.data.Offset.offset(0.005));
                assertThat(rect.getAttribute("data-segment")).isEqualTo(l.text("evaluation.rank", Map.of("rank", k)));
                sum = sum.add(value);
            }
            assertThat(sum.doubleValue()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01 * ranks));
        }
        Document page = page(report);
        assertThat(page.select("section#sensitivity figure svg")).hasSize(1);
        assertThat(page.select("section#sensitivity table").get(0).select("tbody tr")).hasSize(ranks);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void scoreCompositionChartHasOneBarPerAdmittedBidAndOneSegmentPerCriterion(ReportLanguage l) {
        EvaluationResult r = LOT_1.result();
        Chart chart = report(LOT_1, ACCEPTABILITY_1, l).charts().get(EvaluationReport.SCORE_COMPOSITION_CHART);
        org.w3c.dom.Document svg = SvgXml.assertAccessibleAndFinite(chart.standalone());
        List<BidEvaluation> admitted = r.bids().stream().filter(b -> b.exclusion().isEmpty()).toList();
        List<org.w3c.dom.Element> bars = SvgXml.marks(svg, "otp-bar");
        assertThat(bars).hasSize(admitted.size());
        for (int i = 0; i < admitted.size(); i++) {
            List<CriterionScore> scores = admitted.get(i).criteria();
            NodeList rects = bars.get(i).getElementsByTagNameNS("*", "rect");
            assertThat(rects.getLength()).isEqualTo(scores.size());
            for (int c = 0; c < scores.size(); c++) {
                assertThat(new BigDecimal(((org.w3c.dom.Element) rects.item(c)).getAttribute("data-value")))
                    .isEqualByComparingTo(scores.get(c).points());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void pageIsSelfContainedAccessibleAndInTheLanguage(ReportLanguage l) {
        Document page = page(report(LOT_1, ACCEPTABILITY_1, l));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(l.htmlLang());
        assertThat(page.select("script, link, img, iframe")).isEmpty();
        for (Element table : page.select("table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
        }
        for (Element svg : page.select("svg")) {
            assertThat(svg.select("title")).isNotEmpty();
            assertThat(svg.select("desc")).isNotEmpty();
        }
        for (Element badge : page.select(".otp-badge")) {
            assertThat(badge.text()).isNotBlank();
        }
        assertThat(page.text()).doesNotContainPattern("evaluation\\.[a-zA-Z]");
    }

    @Test
    void spanishPageHasNoEnglishLabel() throws IOException {
        Properties english = bundle("ReportMessages.properties");
        Properties spanish = bundle("ReportMessages_es.properties");
        String text = page(report(LOT_2, ACCEPTABILITY_2, ReportLanguage.SPANISH)).text();
        assertThat(text).contains("Informe de valoración").contains("Propuesta de adjudicación")
            .contains("Clasificación").contains("Desempates");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (key.startsWith("evaluation.") && !en.contains("{") && en.length() >= 4
                    && !en.equals(spanish.getProperty(key)) && Character.isLetter(en.charAt(0))) {
                assertThat(text).as(key).doesNotContainPattern("\\b" + Pattern.quote(en) + "\\b");
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyConstantTheReportShowsHasALabelInBothLanguages() {
        List<Class<? extends Enum<?>>> types = List.of(io.otp.core.tender.ProcedureType.class,
            io.otp.core.tender.ContractType.class, io.otp.core.tender.CriterionType.class,
            io.otp.scoring.evaluation.EvaluationPhase.class, io.otp.scoring.committee.AggregationStrategy.class,
            java.math.RoundingMode.class, io.otp.scoring.formula.RoundingStage.class,
            io.otp.scoring.abnormal.PercentageUnits.class, io.otp.scoring.abnormal.RecomputeAfterExclusion.class,
            io.otp.scoring.abnormal.ReferenceKind.class, io.otp.scoring.abnormal.JustificationStatus.class,
            io.otp.scoring.abnormal.PriceReference.class, io.otp.scoring.abnormal.TechnicalComparison.class,
            io.otp.scoring.abnormal.Combination.class,
            io.otp.scoring.ranking.ExclusionReason.class, io.otp.scoring.ranking.TieBreakStep.class,
            io.otp.scoring.evaluation.EvaluationEventKind.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (ReportLanguage l : ReportPages.allLanguages()) {
                    assertThat(l.hasText(EvaluationPage.enumKey(constant))).as(constant + " " + l).isTrue();
                }
            }
        }
    }

    @Test
    void hostileTextsOfTheModelShowAsText() {
        String justification = "Bien " + HOSTILE;
        Tender tender = EvaluationFixtures.tender(HOSTILE, "Técnica " + HOSTILE);
        Evaluation e = EvaluationFixtures.evaluate(tender, EvaluationFixtures.LOT_1, justification);
        EvaluationReport report = EvaluationReport.builder(tender, e.result(), ReportLanguage.SPANISH, GENERATED)
            .history(e.history()).rankAcceptability(EvaluationFixtures.acceptability(e))
            .bidderName(OrganisationId.of("A58818501"), HOSTILE)
            .personName(EvaluationFixtures.COMMITTEE.get(1), HOSTILE).build();
        Document page = Jsoup.parse(report.html());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("section#summary").text()).contains(HOSTILE);
        assertThat(page.select("section#scores").text()).contains(HOSTILE + " (A58818501)");
        assertThat(page.select("section#evaluators").text()).contains(justification + " (B1, 1)").contains(HOSTILE);
        assertThat(page.select("section#criteria").text()).contains("Técnica " + HOSTILE);
        for (Chart svg : report.charts().values()) {
            org.w3c.dom.Document doc = SvgXml.parse(svg.standalone());
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        }
    }

    @Test
    void anyBidderNameShowsAsTextInThePageAndCharts() {
        qt().withExamples(40).forAll(ReportGenerators.hostileNames()).checkAssert(name -> {
            EvaluationReport report = EvaluationReport.builder(EvaluationFixtures.tender(), LOT_2.result(),
                    ReportLanguage.ENGLISH, GENERATED).rankAcceptability(ACCEPTABILITY_2)
                .bidderName(OrganisationId.of("A28017895"), name).build();
            Document page = Jsoup.parse(report.html());
            assertThat(page.select("script")).isEmpty();
            // The HTML parser normalises white space (line breaks, tabs); every other character is kept.
            assertThat(row(table(page, "scores", 0), "B4").select("td").get(0).text())
                .isEqualTo((name + " (A28017895)").replaceAll("\\s+", " ").trim());
            report.charts().values().forEach(svg -> SvgXml.parse(svg.standalone()));
        });
    }

    @ParameterizedTest
    @MethodSource("languages")
    void sameInputGivesByteIdenticalOutput(ReportLanguage l) {
        EvaluationReport a = report(LOT_1, ACCEPTABILITY_1, l);
        EvaluationReport b = report(EvaluationFixtures.evaluate(EvaluationFixtures.LOT_1), ACCEPTABILITY_1, l);
        assertThat(a.html()).isEqualTo(b.html());
        assertThat(a.scoreTableCsv()).isEqualTo(b.scoreTableCsv());
        assertThat(a.evaluatorScoresCsv()).isEqualTo(b.evaluatorScoresCsv());
        assertThat(a.json()).isEqualTo(b.json());
        for (Map.Entry<String, Chart> chart : a.charts().entrySet()) {
            assertThat(chart.getValue().standalone()).isEqualTo(b.charts().get(chart.getKey()).standalone());
        }
    }

    @Test
    void jsonIsTheEvaluationResultAsOtpJsonWritesItAndReadsBack() {
        EvaluationReport spanish = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.SPANISH);
        EvaluationReport english = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.ENGLISH);
        assertThat(spanish.json()).isEqualTo(OtpJson.standard().write(LOT_1.result())).isEqualTo(english.json());
        assertThat(OtpJson.standard().read(spanish.json(), EvaluationResult.class)).isEqualTo(LOT_1.result());
    }

    @Test
    void scoreTableCsvHasOneRecordPerBidWithPlainNumbers() {
        EvaluationResult r = LOT_1.result();
        String csv = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.ENGLISH).scoreTableCsv();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + r.bids().size());
        assertThat(lines[0]).isEqualTo("bid,bidder_id,bidder_name,offer_vat_excluded,L1-PRICE,L1-TECH,L1-PLAN,total,"
            + "unrounded_total,position,exclusion_rule");
        BidEvaluation b1 = r.bid(BidId.of("B1")).orElseThrow();
        String b1Line = List.of(lines).stream().filter(x -> x.startsWith("B1,")).findFirst().orElseThrow();
        assertThat(b1Line).startsWith("B1,A58818501,\"Levante Sistemas, S.A.\",352000.00,"
            + b1.score(EvaluationFixtures.L1_PRICE).orElseThrow().points().toPlainString() + ",")
            .contains("," + b1.total().value().toPlainString() + ",")
            .endsWith("," + b1.position().orElseThrow() + ",");
        String b3Line = List.of(lines).stream().filter(x -> x.startsWith("B3,")).findFirst().orElseThrow();
        assertThat(b3Line).endsWith(",,LCSP-149.6");
        assertThat(report(LOT_1, ACCEPTABILITY_1, ReportLanguage.SPANISH).scoreTableCsv())
            .startsWith("oferta,nif_licitador,");
    }

    @Test
    void evaluatorScoresCsvHasOneRecordPerScoreAndNeutralisesFormulas() {
        Tender tender = EvaluationFixtures.tender();
        Evaluation e = EvaluationFixtures.evaluate(tender, EvaluationFixtures.LOT_2, "=HYPERLINK(\"http://x\")");
        EvaluationReport report = EvaluationReport.builder(tender, e.result(), ReportLanguage.ENGLISH, GENERATED)
            .bidderName(OrganisationId.of("A28017895"), "@SUM(A1)").build();
        String csv = report.evaluatorScoresCsv();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines[0]).isEqualTo("criterion,bid,bidder_id,evaluator_id,evaluator_name,points,justification");
        assertThat(lines[1]).isEqualTo("L2-TECH,B4,A28017895,P-LOPEZ-FERRER,,28.00,"
            + "\"'=HYPERLINK(\"\"http://x\"\") (B4, 1)\"");
        assertThat(report.scoreTableCsv()).contains(",'@SUM(A1),");
        byte[] bom = report.evaluatorScoresCsv(true);
        assertThat(new byte[] {bom[0], bom[1], bom[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bom, 3, bom.length - 3, StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(report.scoreTableCsv(false)).isEqualTo(report.scoreTableCsv().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesThePageChartsCsvAndJsonUnderTheDirectory(@TempDir Path dir) throws IOException {
        List<Path> files = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.SPANISH).writeAll(dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
            "evaluation-report-L1.es.html", "evaluation-report-L1-score-composition.es.svg",
            "evaluation-report-L1-rank-acceptability.es.svg", "evaluation-report-L1-scores.es.csv",
            "evaluation-report-L1-evaluator-scores.es.csv", "evaluation-report-L1.json");
        for (Path f : files) {
            assertThat(Files.size(f)).as(f.toString()).isPositive();
        }
        assertThat(Files.readString(files.get(0))).isEqualTo(report(LOT_1, ACCEPTABILITY_1,
            ReportLanguage.SPANISH).html());
        SvgXml.parse(Files.readString(files.get(2)));
    }

    @Test
    void neverWritesThroughASymbolicLinkPlantedInTheDirectory(@TempDir Path tmp) throws IOException {
        EvaluationReport report = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.SPANISH);
        List<String> names = List.of("evaluation-report-L1.es.html", "evaluation-report-L1-score-composition.es.svg",
            "evaluation-report-L1-rank-acceptability.es.svg", "evaluation-report-L1-scores.es.csv",
            "evaluation-report-L1-evaluator-scores.es.csv", "evaluation-report-L1.json");
        for (String name : names) {
            Path dir = Files.createDirectories(tmp.resolve("reports-" + names.indexOf(name)));
            Path outside = Files.writeString(tmp.resolve("outside-" + names.indexOf(name) + ".txt"), "precious");
            Path link = Files.createSymbolicLink(dir.resolve(name), outside);

            assertThatThrownBy(() -> report.writeAll(dir)).as(name).isInstanceOf(ReportException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("symbolic link");
            assertThat(Files.readString(outside)).as(name).isEqualTo("precious");
            assertThat(Files.isSymbolicLink(link)).as(name).isTrue();
        }
    }

    @Test
    void replacesAnEarlierFileAndLeavesAHardLinkedCopyOutsideAlone(@TempDir Path tmp) throws IOException {
        EvaluationReport report = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.ENGLISH);
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Path outside = Files.writeString(tmp.resolve("outside.json"), "precious");
        Path planted = Files.createLink(dir.resolve("evaluation-report-L1.json"), outside);

        report.writeAll(dir);

        assertThat(Files.readString(outside)).isEqualTo("precious");
        assertThat(Files.readString(planted)).isEqualTo(report.json());
    }

    @Test
    void aDirectoryChosenThroughALinkIsFollowedOnce(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path chosen = Files.createSymbolicLink(tmp.resolve("chosen"), real);

        List<Path> files = report(LOT_1, ACCEPTABILITY_1, ReportLanguage.ENGLISH).writeAll(chosen);

        assertThat(files).allSatisfy(f -> assertThat(f.getParent()).isEqualTo(chosen));
        assertThat(real.resolve("evaluation-report-L1.en.html")).isRegularFile();
    }

    @Test
    void writesBothLotsInBothLanguagesUnderTargetForPeopleToOpen() throws IOException {
        Path dir = Path.of("target", "otp-report-samples", "evaluation");
        for (ReportLanguage l : ReportPages.allLanguages()) {
            assertThat(report(LOT_1, ACCEPTABILITY_1, l).writeAll(dir)).hasSize(6);
            assertThat(report(LOT_2, ACCEPTABILITY_2, l).writeAll(dir)).hasSize(6);
        }
        assertThat(Files.readString(dir.resolve("evaluation-report-L2.es.html"))).contains("Informe de valoración");
    }

    @Test
    void refusesAResultOfAnotherTender() {
        Tender other = EvaluationFixtures.tender(io.otp.core.id.TenderId.of("2026/EXP-0099"));
        assertThatThrownBy(() -> EvaluationReport.builder(other, LOT_1.result(), ReportLanguage.ENGLISH, GENERATED))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026/EXP-0077")
            .hasMessageContaining("2026/EXP-0099");
    }

    @Test
    void personWithoutNameIsShownByItsId() {
        EvaluationReport report = EvaluationReport.builder(EvaluationFixtures.tender(), LOT_1.result(),
            ReportLanguage.ENGLISH, GENERATED).build();
        assertThat(report.person(PersonId.of("P-X"))).isEqualTo("P-X");
        assertThat(report.title()).isEqualTo("Evaluation report · lot L1");
        assertThat(report.fileStem()).isEqualTo("evaluation-report-L1");
    }
}
