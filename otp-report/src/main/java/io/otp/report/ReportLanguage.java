package io.otp.report;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The language of a report: Spanish as written in Spain ({@code es-ES}) or English ({@code en}). It
 * formats the numbers people read and looks up the report texts in the bundles
 * {@code io/otp/report/ReportMessages.properties} (English) and {@code ReportMessages_es.properties}
 * (Spanish).
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
 * <p>This class is immutable and thread-safe.
 */
public enum ReportLanguage {

    /** Spanish as written in Spain ({@code es-ES}). */
    SPANISH(Locale.forLanguageTag("es-ES"), "es", '.', ',', "ReportMessages_es.properties"),

    /** English ({@code en}). */
    ENGLISH(Locale.ENGLISH, "en", ',', '.', "ReportMessages.properties");

    private static final String MINUS = "\u2212";
    private static final String[] ENGLISH_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final Locale locale;
    private final String tag;
    private final char groupingSeparator;
    private final char decimalSeparator;
    private final Map<String, String> messages;

    ReportLanguage(Locale locale, String tag, char groupingSeparator, char decimalSeparator, String bundle) {
        this.locale = locale;
        this.tag = tag;
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
        this.messages = load(bundle);
    }

    private static Map<String, String> load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("report bundle io/otp/report/" + bundle + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("report bundle io/otp/report/" + bundle + " cannot be read", e);
        }
        Map<String, String> map = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the language for a BCP 47 language tag: {@code es} (any region) is Spanish, everything
     * else English.
     *
     * @param languageTag a tag such as {@code es-ES} or {@code en}; not null
     * @return the language; not null
     * @throws NullPointerException if {@code languageTag} is null
     */
    public static ReportLanguage forTag(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        return Locale.forLanguageTag(languageTag).getLanguage().equals("es") ? SPANISH : ENGLISH;
    }

    /**
     * Returns the locale of this language.
     *
     * @return {@code es-ES} or {@code en}; not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the value of the HTML {@code lang} attribute.
     *
     * @return {@code es} or {@code en}; not null
     */
    public String htmlLang() {
        return tag;
    }

    /**
     * Returns the field separator of CSV written with locale-formatted numbers: a semicolon for Spanish,
     * whose decimal separator is the comma (as spreadsheet programs in Spain expect), a comma for
     * English.
     *
     * @return {@code ';'} or {@code ','}
     */
    public char csvSeparator() {
        return this == SPANISH ? ';' : ',';
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
        if (this == SPANISH) {
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
        return this == SPANISH ? number + " %" : number + "%";
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
        if (this == SPANISH) {
            return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
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
        return messages.containsKey(Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the text of a key in this language, with the placeholders {@code {0}}, {@code {1}}...
     * replaced by the arguments. Arguments are written with {@link String#valueOf(Object)}: format
     * numbers, money and dates with this language first. No other character of the text is special
     * (unlike {@link java.text.MessageFormat}, apostrophes need no doubling).
     *
     * @param key the message key, such as {@code chart.noData}; not null
     * @param args the arguments; not null, elements may not be null
     * @return the text; not null
     * @throws NullPointerException if {@code key}, {@code args} or an argument is null
     * @throws ReportException if the key is not in the bundle
     */
    public String text(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(args, "args");
        String pattern = messages.get(key);
        if (pattern == null) {
            throw new ReportException("report message key '" + key + "' is not in the " + tag
                + " bundle io/otp/report/ReportMessages");
        }
        String text = pattern;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(Objects.requireNonNull(args[i], "args[" + i + "]")));
        }
        return text;
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
