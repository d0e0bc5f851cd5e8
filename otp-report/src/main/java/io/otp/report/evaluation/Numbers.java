package io.otp.report.evaluation;

import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the evaluation report writes the numbers of the model in a language. */
final class Numbers {

    /** The most decimals shown: {@link io.otp.core.money.Points} keeps at most ten. */
    static final int MAX_DECIMALS = 10;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.:/-])\\d+(?:\\.\\d+)?(?![\\w.:/-])");

    private Numbers() {
    }

    /** The number with the decimals the model gives it (at most ten), as the language writes it. */
    static String decimal(ReportLanguage language, BigDecimal value) {
        return language.number(value, Math.min(Math.max(value.scale(), 0), MAX_DECIMALS));
    }

    /**
     * An unrounded quotient (sixteen significant digits) with the decimals that matter: trailing zeros
     * dropped, at least two and at most ten decimals.
     */
    static String unrounded(ReportLanguage language, BigDecimal value) {
        int scale = value.stripTrailingZeros().scale();
        return language.number(value, Math.min(Math.max(scale, 2), MAX_DECIMALS));
    }

    /**
     * A one-line computation of the scoring engine, such as {@code 60 × 340000.00 / 352000.00}, with each
     * number written as the language writes it ({@code 60 × 340.000,00 / 352.000,00}); ids such as
     * {@code B3} or {@code L1-PRICE}, dates, times and
     * rule ids such as {@code LCSP-146.3} are left as they are.
     */
    static String localize(ReportLanguage language, String computation) {
        Matcher m = NUMBER.matcher(computation);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decimal(language, new BigDecimal(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An instant in UTC: the date as the language writes it and the time as hh:mm. */
    static String instant(ReportLanguage language, Instant at) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        return language.date(utc.toLocalDate()) + " " + String.format(Locale.ROOT, "%02d:%02d", utc.getHour(),
            utc.getMinute()) + " UTC";
    }
}
