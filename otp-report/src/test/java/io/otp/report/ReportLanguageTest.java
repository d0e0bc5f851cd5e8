package io.otp.report;

import static io.otp.report.ReportLanguage.ENGLISH;
import static io.otp.report.ReportLanguage.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.Language;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.report.testing.ReportGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

    private static final String MINUS = "\u2212";

    // Worked example of issue 8: es-ES 1.234,56 €; en €1,234.56.
    @Test
    void formatsMoneyAsTheIssueShows() {
        Money money = Money.euros("1234.56");
        assertThat(SPANISH.money(money)).isEqualTo("1.234,56 €");
        assertThat(ENGLISH.money(money)).isEqualTo("€1,234.56");
    }

    @Test
    void formatsNegativeMoneyWithTheMinusSign() {
        Money money = Money.euros("-1234.56");
        assertThat(SPANISH.money(money)).isEqualTo(MINUS + "1.234,56 €");
        assertThat(ENGLISH.money(money)).isEqualTo(MINUS + "€1,234.56");
    }

    @Test
    void formatsZeroWithoutSign() {
        assertThat(SPANISH.money(Money.euros(0))).isEqualTo("0,00 €");
        assertThat(ENGLISH.money(Money.euros(0))).isEqualTo("€0.00");
        assertThat(SPANISH.number(new BigDecimal("-0.001"), 2)).isEqualTo("0,00");
        assertThat(ENGLISH.number(BigDecimal.ZERO, 0)).isEqualTo("0");
    }

    @Test
    void groupsLargeAmountsAndWritesOtherCurrenciesByCode() {
        Money dollars = Money.of(new BigDecimal("1234567.8"), Currency.getInstance("USD"));
        assertThat(SPANISH.money(dollars)).isEqualTo("1.234.567,80 USD");
        assertThat(ENGLISH.money(dollars)).isEqualTo("USD 1,234,567.80");
        assertThat(SPANISH.money(Money.euros("999.99"))).isEqualTo("999,99 €");
    }

    @Test
    void formatsNumbersWithTheDecimalsGivenRoundingHalfUp() {
        assertThat(SPANISH.number(new BigDecimal("1234.5678"), 2)).isEqualTo("1.234,57");
        assertThat(ENGLISH.number(new BigDecimal("1234.5678"), 3)).isEqualTo("1,234.568");
        assertThat(ENGLISH.number(new BigDecimal("2.5"), 0)).isEqualTo("3");
        assertThat(SPANISH.number(new BigDecimal("-1234567"), 0)).isEqualTo(MINUS + "1.234.567");
        assertThat(ENGLISH.number(12_345L)).isEqualTo("12,345");
        assertThatThrownBy(() -> ENGLISH.number(BigDecimal.ONE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsPercentagesAndPoints() {
        assertThat(SPANISH.percentage(Percentage.of("12.5"))).isEqualTo("12,50 %");
        assertThat(ENGLISH.percentage(Percentage.of("12.5"))).isEqualTo("12.50%");
        assertThat(ENGLISH.percentage(new BigDecimal("-3.456"), 1)).isEqualTo(MINUS + "3.5%");
        assertThat(SPANISH.points(Points.of("87.25"))).isEqualTo("87,25");
        assertThat(ENGLISH.points(Points.of("1000"))).isEqualTo("1,000.00");
    }

    @Test
    void formatsDates() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertThat(SPANISH.date(date)).isEqualTo("25/11/2026");
        assertThat(ENGLISH.date(date)).isEqualTo("25 Nov 2026");
        assertThat(SPANISH.date(LocalDate.of(2027, 1, 5))).isEqualTo("05/01/2027");
        assertThat(ENGLISH.date(LocalDate.of(2027, 1, 5))).isEqualTo("5 Jan 2027");
    }

    @Test
    void neverDependsOnTheDefaultLocaleOrTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(SPANISH.money(Money.euros("1234.56"))).isEqualTo("1.234,56 €");
            assertThat(ENGLISH.money(Money.euros("1234.56"))).isEqualTo("€1,234.56");
            assertThat(ENGLISH.date(LocalDate.of(2026, 11, 25))).isEqualTo("25 Nov 2026");
            assertThat(SPANISH.date(LocalDate.of(2026, 11, 25))).isEqualTo("25/11/2026");
            assertThat(SPANISH.text("status.green")).isEqualTo("En plazo");
            Locale.setDefault(Locale.GERMANY);
            assertThat(ENGLISH.percentage(Percentage.of("12.5"))).isEqualTo("12.50%");
            assertThat(ENGLISH.text("status.green")).isEqualTo("On track");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void looksUpTextsWithArguments() {
        assertThat(SPANISH.text("page.generatedOn", Map.of("date", "25/11/2026")))
            .isEqualTo("Generado el 25/11/2026 con el SDK OTP");
        assertThat(ENGLISH.text("page.generatedOn", Map.of("date", "25 Nov 2026")))
            .isEqualTo("Generated on 25 Nov 2026 by the OTP SDK");
        assertThat(SPANISH.text("chart.baseline")).isEqualTo("Línea base");
        assertThat(SPANISH.hasText("chart.noData")).isTrue();
        assertThat(ENGLISH.hasText("no.such.key")).isFalse();
        assertThatThrownBy(() -> ENGLISH.text("no.such.key")).isInstanceOf(ReportException.class)
            .hasMessageContaining("no.such.key");
    }

    @Test
    void spanishDatesAreWrittenAsTheZeroPaddedPatternDayMonthYear() {
        qt().forAll(integers().between(-9_999, 99_999), integers().between(1, 365)).checkAssert((year, day) -> {
            LocalDate date = LocalDate.ofYearDay(year, day);
            assertThat(SPANISH.date(date)).isEqualTo(String.format(Locale.ROOT, "%02d/%02d/%04d",
                date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
        });
    }

    @Test
    void refusesAMissingArgument() {
        assertThatThrownBy(() -> ENGLISH.text("page.generatedOn", Map.of("day", "25 Nov 2026")))
            .isInstanceOf(ReportException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> SPANISH.text("page.generatedOn")).isInstanceOf(ReportException.class)
            .hasMessageContaining("page.generatedOn");
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedPositionalArgumentsFillThePlaceholdersInTheOrderOfTheEnglishText() {
        assertThat(SPANISH.text("page.generatedOn", (Object) "25/11/2026"))
            .isEqualTo("Generado el 25/11/2026 con el SDK OTP");
        assertThat(ENGLISH.text("project.periodRange", "1 Jan 2026", "31 Dec 2026"))
            .isEqualTo("1 Jan 2026 to 31 Dec 2026");
        assertThat(ReportLanguage.values()).containsExactly(SPANISH, ENGLISH);
    }

    @Test
    void isObtainedFromTheCoreLanguage() {
        assertThat(ReportLanguage.of(Language.SPANISH)).isSameAs(SPANISH);
        assertThat(ReportLanguage.of(Language.ENGLISH)).isSameAs(ENGLISH);
        assertThat(SPANISH.language()).isEqualTo(Language.SPANISH);
        assertThat(SPANISH.locale()).isEqualTo(Language.SPANISH.locale());
        assertThat(ENGLISH.htmlLang()).isEqualTo(Language.ENGLISH.tag());
        assertThat(ReportLanguage.forTag("es-MX")).isSameAs(SPANISH);
        assertThat(ReportLanguage.forTag("fr")).isSameAs(ENGLISH);
    }

    @Test
    void everyStatusToneHasALabelInBothLanguages() {
        for (StatusTone tone : StatusTone.values()) {
            assertThat(tone.label(SPANISH)).isNotBlank();
            assertThat(tone.label(ENGLISH)).isNotBlank().isNotEqualTo(tone.label(SPANISH));
        }
    }

    @Test
    void mapsLanguageTags() {
        assertThat(ReportLanguage.forTag("es-ES")).isEqualTo(SPANISH);
        assertThat(ReportLanguage.forTag("es")).isEqualTo(SPANISH);
        assertThat(ReportLanguage.forTag("en-GB")).isEqualTo(ENGLISH);
        assertThat(SPANISH.htmlLang()).isEqualTo("es");
        assertThat(SPANISH.locale().toLanguageTag()).isEqualTo("es-ES");
        assertThat(SPANISH.csvSeparator()).isEqualTo(';');
        assertThat(ENGLISH.csvSeparator()).isEqualTo(',');
    }

    // Reading a formatted number back (drop grouping, restore the decimal point and the sign) gives the
    // value rounded to the decimals asked for.
    @Test
    void formattedNumbersReadBackAsTheRoundedValue() {
        qt().forAll(ReportGenerators.decimals(), integers().between(0, 4)).checkAssert((value, decimals) -> {
            BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
            String es = SPANISH.number(value, decimals).replace(".", "").replace(',', '.').replace(MINUS, "-");
            String en = ENGLISH.number(value, decimals).replace(",", "").replace(MINUS, "-");
            assertThat(new BigDecimal(es)).isEqualByComparingTo(rounded);
            assertThat(new BigDecimal(en)).isEqualByComparingTo(rounded);
            assertThat(es).doesNotContain("-0");
        });
    }
}
