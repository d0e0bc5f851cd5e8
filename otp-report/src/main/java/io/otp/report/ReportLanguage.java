package io.otp.report;

import io.otp.core.Language;
import io.otp.core.MessageBundle;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a report writes for people in one {@link Language}: Spanish as written in Spain ({@code es-ES}) or
 * English ({@code en}). It formats the numbers people read and renders the report texts of the bundles
 * {@code io/otp/report/ReportMessages.properties} (English) and {@code ReportMessages_es.properties}
 * (Spanish) with their named placeholders ({@code {lot}}, see {@link MessageBundle}). Obtain it with
 * {@link #of(Language)}; there is one for each language.
 *
 * <p>Formatting is written out here rather than taken from {@link java.text.NumberFormat}, so that the
 * output never depends on the JVM's default locale, its time zone or the version of its locale data
 * (CLDR, for instance, leaves four-digit Spanish numbers ungrouped and puts a no-break space before the
 * euro sign). Values are {@link BigDecimal}-backed and never pass through {@code double}. The rules:
 * <ul>
 *   <li>Numbers: Spanish {@code 1.234.567,89}, English {@code 1,234,567.89}; thousands are always
 *       grouped; the number of decimals is given and the value is rounded half-up to it.</li>
 *   <li>Negative numbers start with the minus sign U+2212 ({@code −1.234,56}), not the hyphen, as
 *       typography asks; zero is never signed ({@code 0,00}, not {@code −0,00}).</li>
 *   <li>Money: Spanish {@code 1.234,56 €}, English {@code €1,234.56} (negative {@code −1.234,56 €},
 *       {@code −€1,234.56}), with the decimals of the currency; a currency other than the euro is
 *       written with its ISO 4217 code ({@code 1.234,56 USD}, {@code USD 1,234.56}).</li>
 *   <li>Percentages: Spanish {@code 12,50 %} (with a space, as the RAE and ISO 80000-1 write it),
 *       English {@code 12.50%}.</li>
 *   <li>Dates: Spanish {@code 25/11/2026}, English {@code 25 Nov 2026} (day first and the month as a
 *       word, which no English reader misreads).</li>
 * </ul>
 * The spaces written are ordinary spaces (U+0020); HTML keeps numbers on one line with CSS
 * ({@code white-space: nowrap} on numeric cells).
 *
 * <p>A text whose key the bundles lack is a mistake of the SDK: {@link #text(String, Map)} throws
 * {@link ReportException} rather than print the key, and otp-report's tests check that every key its code
 * uses exists in English and Spanish with the same placeholders.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportLanguage {

    private static final MessageBundle BUNDLE =
        MessageBundle.load("ReportMessages", resource -> ReportLanguage.class.getResourceAsStream(resource));

    /** Spanish as written in Spain ({@code es-ES}): the same as {@code of(Language.SPANISH)}. */
    public static final ReportLanguage SPANISH = new ReportLanguage(Language.SPANISH, '.', ',');

    /** English ({@code en}): the same as {@code of(Language.ENGLISH)}. */
    public static final ReportLanguage ENGLISH = new ReportLanguage(Language.ENGLISH, ',', '.');

    private static final String MINUS = "\u2212";
    private static final String[] ENGLISH_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final Language language;
    private final char groupingSeparator;
    private final char decimalSeparator;

    private ReportLanguage(Language language, char groupingSeparator, char decimalSeparator) {
        this.language = language;
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /**
     * Returns how reports write in a language.
     *
     * @param language the language; not null
     * @return {@link #ENGLISH} or {@link #SPANISH}; not null
     * @throws NullPointerException if {@code language} is null
     */
    public static ReportLanguage of(Language language) {
        return Objects.requireNonNull(language, "language") == Language.SPANISH ? SPANISH : ENGLISH;
    }

    /**
     * Returns the report language of a BCP 47 language tag: {@code es} (any region) is Spanish, everything
     * else English (see {@link Language#of(Locale)}).
     *
     * @param languageTag a tag such as {@code es-ES} or {@code en}; not null
     * @return the language; not null
     * @throws NullPointerException if {@code languageTag} is null
     */
    public static ReportLanguage forTag(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        return of(Language.of(Locale.forLanguageTag(languageTag)));
    }

    /**
     * Returns the report languages, one per {@link Language}, in the order of {@link Language#values()}.
     *
     * @return a new array: {@link #SPANISH}, {@link #ENGLISH}, as the enum this class was before; not null
     * @deprecated {@code ReportLanguage} is no longer an enum; iterate {@link Language#values()} and call
     *     {@link #of(Language)}.
     */
    @Deprecated(forRemoval = true)
    public static ReportLanguage[] values() {
        return Arrays.stream(Language.values()).map(ReportLanguage::of).toArray(ReportLanguage[]::new);
    }

    /**
     * Returns the language this report language writes.
     *
     * @return the language; not null
     */
    public Language language() {
        return language;
    }

    /**
     * Returns the locale of this language.
     *
     * @return {@code es-ES} or {@code en}, the {@link Language#locale()}; not null
     */
    public Locale locale() {
        return language.locale();
    }

    /**
     * Returns the value of the HTML {@code lang} attribute.
     *
     * @return {@code es} or {@code en}, the {@link Language#tag()}; not null
     */
    public String htmlLang() {
        return language.tag();
    }

    /**
     * Returns the field separator of CSV written with locale-formatted numbers: a semicolon for Spanish,
     * whose decimal separator is the comma (as spreadsheet programs in Spain expect), a comma for
     * English.
     *
     * @return {@code ';'} or {@code ','}
     */
    public char csvSeparator() {
        return language == Language.SPANISH ? ';' : ',';
    }

    /**
     * Formats a number with a given number of decimals, rounding half-up.
     *
     * @param value the number; not null
     * @param decimals the number of decimals, 0 or more
     * @return the number, such as {@code 1.234,50} or {@code 1,234.50}; not null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String number(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals " + decimals + " is negative, expected 0 or more");
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String magnitude = grouped(rounded.abs());
        return rounded.signum() < 0 ? MINUS + magnitude : magnitude;
    }

    /**
     * Formats a whole number.
     *
     * @param value the number
     * @return the number with thousands grouped, such as {@code 12.345} or {@code 12,345}; not null
     */
    public String number(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /**
     * Formats an amount of money with the decimals of its currency.
     *
     * @param money the amount; not null
     * @return {@code 1.234,56 €} in Spanish, {@code €1,234.56} in English; not null
     * @throws NullPointerException if {@code money} is null
     */
    public String money(Money money) {
        Objects.requireNonNull(money, "money");
        Currency currency = money.currency();
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal rounded = money.amount().setScale(decimals, RoundingMode.HALF_UP);
        String magnitude = grouped(rounded.abs());
        String sign = rounded.signum() < 0 ? MINUS : "";
        boolean euro = currency.equals(Money.EUR);
        if (language == Language.SPANISH) {
            return sign + magnitude + " " + (euro ? "€" : currency.getCurrencyCode());
        }
        return sign + (euro ? "€" : currency.getCurrencyCode() + " ") + magnitude;
    }

    /**
     * Formats a percentage with two decimals.
     *
     * @param percentage the percentage; not null
     * @return {@code 12,50 %} in Spanish, {@code 12.50%} in English; not null
     * @throws NullPointerException if {@code percentage} is null
     */
    public String percentage(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        return percentage(percentage.value(), 2);
    }

    /**
     * Formats a number of percent (12.5 for 12.5 %) with a given number of decimals.
     *
     * @param percent the number of percent; not null
     * @param decimals the number of decimals, 0 or more
     * @return {@code 12,50 %} in Spanish, {@code 12.50%} in English; not null
     * @throws NullPointerException if {@code percent} is null
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String percentage(BigDecimal percent, int decimals) {
        String number = number(percent, decimals);
        return language == Language.SPANISH ? number + " %" : number + "%";
    }

    /**
     * Formats points with two decimals.
     *
     * @param points the points; not null
     * @return {@code 87,25} in Spanish, {@code 87.25} in English; not null
     * @throws NullPointerException if {@code points} is null
     */
    public String points(Points points) {
        Objects.requireNonNull(points, "points");
        return number(points.value(), 2);
    }

    /**
     * Formats a date.
     *
     * @param date the date; not null
     * @return {@code 25/11/2026} in Spanish, {@code 25 Nov 2026} in English; not null
     * @throws NullPointerException if {@code date} is null
     */
    public String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (language == Language.SPANISH) {
            return zeroPadded(date.getDayOfMonth(), 2) + "/" + zeroPadded(date.getMonthValue(), 2) + "/"
                + zeroPadded(date.getYear(), 4);
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * Returns whether the bundle of this language has a text for a key.
     *
     * @param key the message key; not null
     * @return true if the key is defined
     * @throws NullPointerException if {@code key} is null
     */
    public boolean hasText(String key) {
        return BUNDLE.contains(language, Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the text of a key that has no placeholders, in this language.
     *
     * @param key the message key, such as {@code chart.noData}; not null
     * @return the text; not null
     * @throws NullPointerException if {@code key} is null
     * @throws ReportException if the key is not in the bundle, or its text has a placeholder
     */
    public String text(String key) {
        return text(key, Map.of());
    }

    /**
     * Returns the text of a key in this language, with its named placeholders ({@code {lot}}) replaced by
     * the arguments of the same name, written with {@link String#valueOf(Object)}: format numbers, money
     * and dates with this language first. No other character of the text is special.
     *
     * @param key the message key, such as {@code evaluation.title}; not null
     * @param arguments the value of each placeholder by name; may hold names the text does not show; not
     *     null, values not null
     * @return the text; not null
     * @throws NullPointerException if {@code key} or {@code arguments} is null
     * @throws ReportException if the key is not in the bundle, or a placeholder of its text has no argument
     */
    public String text(String key, Map<String, ?> arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        try {
            return BUNDLE.render(language, key, arguments);
        } catch (IllegalArgumentException e) {
            throw new ReportException("report text " + key + " cannot be rendered in " + language.tag()
                + " (bundle io/otp/report/ReportMessages): " + e.getMessage(), e);
        }
    }

    /**
     * Returns the text of a key in this language with positional arguments: the first argument fills the
     * placeholder named first in the English text, the second the next distinct one, and so on.
     *
     * @param key the message key; not null
     * @param args the arguments; not null, elements may not be null
     * @return the text; not null
     * @throws NullPointerException if {@code key}, {@code args} or an argument is null
     * @throws ReportException if the key is not in the bundle, or there are fewer arguments than placeholders
     * @deprecated the texts have named placeholders: use {@link #text(String, Map)}.
     */
    @Deprecated(forRemoval = true)
    public String text(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(args, "args");
        if (!BUNDLE.contains(Language.ENGLISH, key)) {
            return text(key, Map.of());
        }
        Map<String, Object> arguments = new HashMap<>();
        int i = 0;
        for (String name : MessageBundle.placeholders(BUNDLE.template(Language.ENGLISH, key))) {
            if (i < args.length) {
                arguments.put(name, Objects.requireNonNull(args[i], "args[" + i + "]"));
            }
            i++;
        }
        return text(key, arguments);
    }

    /**
     * Returns the name of the language, as the enum this class was before wrote it.
     *
     * @return {@code ENGLISH} or {@code SPANISH}; not null
     */
    @Override
    public String toString() {
        return language.name();
    }

    /** A whole number padded with zeros to a width that counts its sign, as {@code %0<width>d} writes it. */
    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int zeros = width - sign.length() - digits.length();
        return sign + (zeros > 0 ? "0".repeat(zeros) : "") + digits;
    }

    private String grouped(BigDecimal nonNegative) {
        String plain = nonNegative.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3);
        int lead = whole.length() % 3;
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(groupingSeparator);
            }
            out.append(whole.charAt(i));
        }
        if (dot >= 0) {
            out.append(decimalSeparator).append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }
}
