package io.otp.report.project;

import io.otp.kpi.evm.EacMethod;
import io.otp.kpi.indicator.KpiAssessment;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the follow-up report writes its values for people: KPI names, values and trends, estimate
 * methods, ratios, signed day counts and chart labels, in the language of the report.
 */
final class ProjectFormat {

    /** The decimals of performance indices (SPI, CPI, TCPI) shown to people. */
    static final int RATIO_DECIMALS = 2;

    /** What a cell without a value shows. */
    static final String DASH = "–";

    private static final int LABEL_LENGTH = 40;

    private final ReportLanguage language;
    private final Map<String, KpiDefinition> definitions;

    ProjectFormat(ReportLanguage language, Map<String, KpiDefinition> definitions) {
        this.language = language;
        this.definitions = definitions;
    }

    String kpiName(KpiAssessment a) {
        String key = "kpi.name." + a.kpi().value();
        if (language.hasText(key)) {
            return language.text(key);
        }
        KpiDefinition d = definitions.get(a.kpi().value());
        return d == null ? a.kpi().value() : d.name();
    }

    String kpiValue(KpiAssessment a, BigDecimal value) {
        String unit = Optional.ofNullable(definitions.get(a.kpi().value())).map(KpiDefinition::unit).orElse("");
        switch (unit) {
            case "%":
                return language.percentage(value, 2);
            case "count":
                return language.number(value, 0);
            case "ratio":
            case "":
                return language.number(value, RATIO_DECIMALS);
            default:
                return language.number(value, RATIO_DECIMALS) + " " + unit;
        }
    }

    String trendLabel(KpiAssessment a) {
        return a.trend().map(t -> language.text("project.kpi.trend." + t.trend().name().toLowerCase(Locale.ROOT)))
            .orElse(language.text("project.kpi.trend.none"));
    }

    String methodLabel(EacMethod method) {
        return language.text("project.eac." + method.name().toLowerCase(Locale.ROOT));
    }

    String ratio(Optional<BigDecimal> value) {
        return value.map(v -> language.number(v, RATIO_DECIMALS)).orElse(language.text("project.evm.undefined"));
    }

    String signed(long days) {
        String n = language.number(days);
        return days > 0 ? "+" + n : n;
    }

    static String label(String id, String title) {
        String text = id + " " + title;
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }
}
