package io.otp.report.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.report.ReportLanguage;
import io.otp.report.testing.ReportGenerators;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotesFieldsAsRfc4180Says() {
        String csv = CsvWriter.plain()
            .row("Bidder", "Note")
            .row("ACME, S.L.", "said \"fine\"")
            .row("multi\nline", "cr\rhere")
            .row("plain", "")
            .toString();
        assertThat(csv).isEqualTo("Bidder,Note\r\n\"ACME, S.L.\",\"said \"\"fine\"\"\"\r\n\"multi\nline\",\"cr\rhere\"\r\n"
            + "plain,\r\n");
    }

    @Test
    void writesPlainLocaleNeutralValues() {
        String csv = CsvWriter.plain().row(new BigDecimal("-1234.50"), Money.euros("1234.56"), Percentage.of("12.5"),
            Points.of("87.25"), LocalDate.of(2026, 11, 25), 42, 7L, null, Optional.empty(), Optional.of("x")).toString();
        assertThat(csv).isEqualTo("-1234.50,1234.56,12.50,87.25,2026-11-25,42,7,,,x\r\n");
    }

    @Test
    void writesLocalizedValuesWithTheLanguageSeparator() {
        String es = CsvWriter.localized(ReportLanguage.SPANISH)
            .row("ACME; S.L.", Money.euros("-1234.56"), Percentage.of("12.5"), LocalDate.of(2026, 11, 25)).toString();
        assertThat(es).isEqualTo("\"ACME; S.L.\";-1.234,56 €;12,50 %;25/11/2026\r\n");
        String en = CsvWriter.localized(ReportLanguage.ENGLISH).row(Money.euros("1234.56"), new BigDecimal("0.5"))
            .toString();
        assertThat(en).isEqualTo("\"€1,234.56\",0.5\r\n");
    }

    @Test
    void addsTheByteOrderMarkOnlyWhenAsked(@TempDir Path dir) throws Exception {
        CsvWriter writer = CsvWriter.plain().row("Línea");
        assertThat(writer.toBytes()).isEqualTo("Línea\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] withBom = writer.withByteOrderMark(true).toBytes();
        assertThat(Arrays.copyOf(withBom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(withBom, 3, withBom.length - 3, StandardCharsets.UTF_8)).isEqualTo("Línea\r\n");
        assertThat(Files.readAllBytes(writer.writeTo(dir.resolve("a/b.csv")))).isEqualTo(withBom);
    }

    @Test
    void refusesFloatingPoint() {
        assertThatThrownBy(() -> CsvWriter.plain().row(1.5d)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("java.lang.Double");
    }

    @Test
    void neutralisesTextCellsThatSpreadsheetsWouldRunAsFormulas() {
        String csv = CsvWriter.plain().row("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "a=b", "")
            .toString();
        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,a=b,\r\n");
    }

    @Test
    void leavesNumbersUnneutralised() {
        assertThat(CsvWriter.plain().row(new BigDecimal("-12.50"), -3L, Money.euros("-1.00")).toString())
            .isEqualTo("-12.50,-3,-1.00\r\n");
        assertThat(CsvWriter.localized(ReportLanguage.SPANISH).row(new BigDecimal("-1234.5")).toString())
            .isEqualTo("-1.234,5\r\n");
    }

    @Test
    void neutralisedTextsNeverStartLikeAFormula() {
        qt().forAll(ReportGenerators.hostileTexts()).checkAssert(text -> {
            String once = CsvWriter.neutralised(text);
            assertThat(CsvWriter.neutralised(once)).isEqualTo(once);
            assertThat(once).endsWith(text);
            assertThat(once.isEmpty() ? ' ' : once.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
        });
    }

    @Test
    void anyRecordsReadBackAsWritten() {
        qt().forAll(lists().of(lists().of(ReportGenerators.hostileTexts()).ofSizeBetween(1, 6)).ofSizeBetween(1, 8))
            .checkAssert(records -> {
                for (CsvWriter writer : List.of(CsvWriter.plain(), CsvWriter.localized(ReportLanguage.SPANISH))) {
                    for (List<String> record : records) {
                        writer.row(record);
                    }
                    String csv = writer.toString();
                    assertThat(csv).endsWith("\r\n");
                    List<List<String>> expected = new ArrayList<>();
                    for (List<String> record : records) {
                        expected.add(record.stream().map(CsvWriter::neutralised).toList());
                    }
                    assertThat(parse(csv, writer.separator())).isEqualTo(expected);
                }
            });
    }

    /** A strict RFC 4180 reader: fails on anything the grammar does not allow. */
    private static List<List<String>> parse(String csv, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            if (csv.charAt(i) == '"') {
                i++;
                while (true) {
                    char c = csv.charAt(i);
                    if (c == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
            } else {
                while (i < csv.length() && csv.charAt(i) != separator && csv.charAt(i) != '\r') {
                    char c = csv.charAt(i);
                    assertThat(c).isNotIn('"', '\n');
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (csv.charAt(i) == separator) {
                i++;
            } else {
                assertThat(csv.substring(i, i + 2)).isEqualTo("\r\n");
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }
}
