package io.otp.report.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.report.StatusTone;
import io.otp.report.testing.ReportGenerators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private static Document parse(HtmlFragment fragment) {
        return Jsoup.parseBodyFragment(fragment.markup());
    }

    @Test
    void hostileBidderNameShowsAsTextEverywhere() {
        HtmlTable table = HtmlTable.builder(HOSTILE).rowHeader(HOSTILE).column(HOSTILE).numericColumn("Points")
            .row(HOSTILE, HOSTILE, "87,25")
            .cells("ok", HtmlTable.Cell.badge(StatusTone.RED, HOSTILE), HtmlTable.Cell.text("0,00"))
            .build();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put(HOSTILE, HOSTILE);
        HtmlFragment fragment = new HtmlWriter().startSection("s1", HOSTILE).paragraph(HOSTILE)
            .definitionList(summary).table(table).statusParagraph(StatusTone.AMBER, HOSTILE, HOSTILE)
            .badge(StatusTone.GREEN, HOSTILE).endSection().toFragment();
        Document doc = parse(fragment);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("p").first().text()).isEqualTo(HOSTILE);
        assertThat(doc.select("caption").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("tbody th[scope=row]").first().text()).isEqualTo(HOSTILE);
        assertThat(doc.select("dt").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("span.otp-badge").eachText()).containsOnly(HOSTILE);
        assertThat(fragment.markup()).doesNotContain("<script>");
    }

    @Test
    void tablesAreSemantic() {
        HtmlTable table = HtmlTable.builder("Scores").rowHeader("Bidder").column("Offer").numericColumn("Points")
            .row("ACME", "Good", "87,25").row("Beta", "Fair", "60,00").build();
        Document doc = parse(new HtmlWriter().table(table).toFragment());
        assertThat(doc.select("table > caption").text()).isEqualTo("Scores");
        assertThat(doc.select("thead th").eachAttr("scope")).containsOnly("col").hasSize(3);
        assertThat(doc.select("tbody th").eachAttr("scope")).containsOnly("row").hasSize(2);
        assertThat(doc.select("tbody td.otp-num").eachText()).containsExactly("87,25", "60,00");
        assertThat(doc.select("thead th.otp-num").text()).isEqualTo("Points");
        assertThat(table.rowCount()).isEqualTo(2);
    }

    @Test
    void rejectsRowsThatDoNotMatchTheColumns() {
        HtmlTable.Builder builder = HtmlTable.builder("t").column("a");
        assertThatThrownBy(() -> builder.row("r", "1", "2")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("2 cells, expected 1");
    }

    @Test
    void badgesCarryColourAndText() {
        Document doc = parse(new HtmlWriter().badge(StatusTone.RED, "Off track").toFragment());
        Element badge = doc.selectFirst("span.otp-badge");
        assertThat(badge.hasClass("otp-status-red")).isTrue();
        assertThat(badge.attr("data-status")).isEqualTo("RED");
        assertThat(badge.text()).isEqualTo("Off track");
    }

    @Test
    void sectionsHaveIdsAndMustBeClosed() {
        Document doc = parse(new HtmlWriter().startSection("ranking", "Ranking").startSection("ties", "Ties")
            .endSection().endSection().toFragment());
        assertThat(doc.select("section").eachAttr("id")).containsExactly("ranking", "ties");
        assertThat(doc.select("section#ranking > h2").text()).isEqualTo("Ranking");
        assertThat(doc.select("section#ties > h3").text()).isEqualTo("Ties");
        assertThatThrownBy(() -> new HtmlWriter().startSection("a", "A").toFragment())
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HtmlWriter().endSection()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new HtmlWriter().startSection("\"><x", "A"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().heading(7, "A")).isInstanceOf(IllegalArgumentException.class);
    }

    // Property: whatever the text, the parsed document shows exactly that text (jsoup drops whitespace at
    // the ends of block elements, which browsers do not render either) and has no element beyond the ones
    // the writer wrote.
    @Test
    void anyTextRoundTripsThroughTheParserAsText() {
        qt().forAll(ReportGenerators.hostileNames(), ReportGenerators.hostileNames()).checkAssert((a, b) -> {
            HtmlTable table = HtmlTable.builder(a).rowHeader(b).column(a).row(b, a).build();
            HtmlFragment fragment = new HtmlWriter().heading(2, "h", a).paragraph(b).table(table)
                .badge(StatusTone.GREY, a).toFragment();
            Document doc = parse(fragment);
            assertThat(doc.selectFirst("h2").wholeText().strip()).isEqualTo(a.strip());
            assertThat(doc.selectFirst("p").wholeText().strip()).isEqualTo(b.strip());
            assertThat(doc.selectFirst("caption").wholeText().strip()).isEqualTo(a.strip());
            assertThat(doc.selectFirst("tbody th").wholeText().strip()).isEqualTo(b.strip());
            assertThat(doc.selectFirst("span.otp-badge").wholeText().strip()).isEqualTo(a.strip());
            assertThat(doc.body().select("*").stream().map(Element::tagName).collect(Collectors.toSet()))
                .isSubsetOf(List.of("body", "h2", "p", "table", "caption", "thead", "tbody", "tr", "th", "td", "span"));
        });
    }
}
