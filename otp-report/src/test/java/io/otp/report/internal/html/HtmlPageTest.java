package io.otp.report.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.report.ReportLanguage;
import io.otp.report.internal.svg.HeatMap;
import io.otp.report.StatusTone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {

    private static final LocalDate GENERATED = LocalDate.of(2026, 11, 25);

    private static HtmlPage page(ReportLanguage language) {
        HeatMap map = HeatMap.builder("Status", "Status by dimension").columns("Cost")
            .row("P1", HeatMap.Cell.of(StatusTone.GREEN, "OK")).build();
        HtmlFragment body = new HtmlWriter().startSection("status", "Status <b>")
            .figure(map.render(language), "Heat map").paragraph("Texto con acentos: ñ, é").endSection().toFragment();
        return HtmlPage.builder(language, "Informe <de> valoración & \"lote\"", GENERATED).body(body).build();
    }

    @Test
    void isACompleteSelfContainedDocument() {
        String html = page(ReportLanguage.SPANISH).render();
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.title()).isEqualTo("Informe <de> valoración & \"lote\"");
        assertThat(doc.select("h1").text()).isEqualTo("Informe <de> valoración & \"lote\"");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, img, iframe, object, embed")).isEmpty();
        for (Element e : doc.select("[src], [href], [xlink:href]")) {
            assertThat(e.attr("src") + e.attr("href") + e.attr("xlink:href")).doesNotContain("http");
        }
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import")
            .doesNotContain("url(");
        assertThat(doc.select("svg[role=img]")).hasSize(1);
        assertThat(doc.select("figure > figcaption").text()).isEqualTo("Heat map");
        assertThat(doc.select("footer").text()).isEqualTo("Generado el 25/11/2026 con el SDK OTP");
    }

    @Test
    void printsOnA4() {
        String style = Jsoup.parse(page(ReportLanguage.ENGLISH).render()).selectFirst("style").data();
        assertThat(style).contains("@page { size: A4; margin: 15mm; }").contains("page-break-inside: avoid")
            .contains("@media print");
    }

    @Test
    void isDeterministicAndLocalised() {
        assertThat(page(ReportLanguage.ENGLISH).render()).isEqualTo(page(ReportLanguage.ENGLISH).render());
        Document doc = Jsoup.parse(page(ReportLanguage.ENGLISH).render());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("footer").text()).isEqualTo("Generated on 25 Nov 2026 by the OTP SDK");
    }

    @Test
    void writesUtf8File(@TempDir Path dir) throws Exception {
        Path file = page(ReportLanguage.SPANISH).writeTo(dir.resolve("out/report.html"));
        String read = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(read).isEqualTo(page(ReportLanguage.SPANISH).render()).contains("valoración");
    }
}
