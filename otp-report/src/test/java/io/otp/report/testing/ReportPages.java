package io.otp.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.Language;
import io.otp.report.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks common to every report page: escaping, translated texts, tables and figures. */
public final class ReportPages {

    private ReportPages() {
    }

    /**
     * The report language of every {@link Language}, for {@code @MethodSource}.
     *
     * @return one report language per language, in the order of {@link Language#values()}
     */
    public static Stream<ReportLanguage> languages() {
        return Arrays.stream(Language.values()).map(ReportLanguage::of);
    }

    /**
     * The report language of every {@link Language}.
     *
     * @return one report language per language, in the order of {@link Language#values()}
     */
    public static List<ReportLanguage> allLanguages() {
        return languages().toList();
    }

    /**
     * The keys of the English bundle.
     *
     * @return the keys
     */
    public static Set<String> bundleKeys() {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream("ReportMessages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames();
    }

    /**
     * Parses a page and asserts what every report page has: no script, the language, every table with a
     * caption and scoped headers, every inline chart with a title and a description, and no bundle key
     * left untranslated.
     *
     * @param html the page
     * @param language its language
     * @return the parsed page
     */
    public static Document parse(String html, ReportLanguage language) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("html").attr("lang")).isEqualTo(language.htmlLang());
        assertThat(doc.select("table")).isNotEmpty();
        for (Element table : doc.select("table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        }
        for (Element svg : doc.select("svg")) {
            assertThat(svg.select("title").text()).isNotBlank();
            assertThat(svg.select("desc").text()).isNotBlank();
        }
        String text = doc.text();
        for (String key : bundleKeys()) {
            assertThat(text).as("untranslated key").doesNotContain(key);
        }
        return doc;
    }

    /**
     * The rows of the table whose caption is given, keyed by row header text.
     *
     * @param doc the page
     * @param caption the caption
     * @return the table
     */
    public static Element table(Document doc, String caption) {
        for (Element table : doc.select("table")) {
            if (table.select("caption").text().equals(caption)) {
                return table;
            }
        }
        throw new AssertionError("no table captioned '" + caption + "'");
    }

    /**
     * The body row of a table whose row header is a text.
     *
     * @param table the table
     * @param header the row header
     * @return the row
     */
    public static Element row(Element table, String header) {
        for (Element tr : table.select("tbody tr")) {
            if (tr.select("th").text().equals(header)) {
                return tr;
            }
        }
        throw new AssertionError("no row '" + header + "' in " + table.select("caption").text());
    }
}
