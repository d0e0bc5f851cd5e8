package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A milestone trend analysis (MTA) chart: the report date on the x axis, the forecast date of each
 * milestone on the y axis, one line per milestone, and the diagonal where the forecast equals the report
 * date (a milestone reached meets the diagonal). A line that rises shows a milestone slipping, a flat
 * line a stable forecast (Burghardt, Projektmanagement, Meilenstein-Trendanalyse).
 *
 * <p>Drawn as a {@link LineChart} with date axes, so its marks are those of the line chart: one
 * {@code otp-series} per milestone and one {@code otp-point} per forecast, with {@code data-x} the report
 * date and {@code data-y} the forecast date (ISO 8601), plus {@code otp-diagonal}.
 *
 * <pre>{@code
 * Svg svg = MilestoneTrendChart.builder("Milestone trends", "Forecast date of each milestone by report date")
 *     .milestone("M1 Design approved", List.of(
 *         new MilestoneTrendChart.Forecast(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30)),
 *         new MilestoneTrendChart.Forecast(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 15))))
 *     .build()
 *     .render(ReportLanguage.SPANISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneTrendChart {

    private final String title;
    private final String description;
    private final Map<String, List<Forecast>> milestones;

    private MilestoneTrendChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        Map<String, List<Forecast>> copy = new LinkedHashMap<>();
        b.milestones.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.milestones = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a chart.
     *
     * @param title the title, the chart's short text alternative; not null
     * @param description the description, its long text alternative; not null
     * @return a new builder; not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(String title, String description) {
        return new Builder(Objects.requireNonNull(title, "title"), Objects.requireNonNull(description, "description"));
    }

    /**
     * Returns the milestones and their forecasts, in the order added.
     *
     * @return the milestones; not null, unmodifiable
     */
    public Map<String, List<Forecast>> milestones() {
        return milestones;
    }

    /**
     * Draws the chart. A chart without any forecast says "no data".
     *
     * @param language the language of labels and dates; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        LineChart.Builder line = LineChart.builder(title, description).cssClass("otp-milestone-trend-chart")
            .xAxis(AxisType.DATE).yAxis(AxisType.DATE).diagonal(language.text("chart.diagonal"));
        milestones.forEach((name, forecasts) -> {
            List<ChartPoint> points = new ArrayList<>();
            for (Forecast f : forecasts) {
                points.add(ChartPoint.of(f.reportDate(), f.forecastDate()));
            }
            line.series(name, points);
        });
        return line.build().render(language);
    }

    /**
     * The forecast date of a milestone as given in one report.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param reportDate the date of the report; not null
     * @param forecastDate the forecast date of the milestone in that report; not null
     */
    public record Forecast(LocalDate reportDate, LocalDate forecastDate) {

        /**
         * Checks the dates.
         *
         * @param reportDate the date of the report; not null
         * @param forecastDate the forecast date; not null
         * @throws NullPointerException if a date is null
         */
        public Forecast {
            Objects.requireNonNull(reportDate, "reportDate");
            Objects.requireNonNull(forecastDate, "forecastDate");
        }
    }

    /**
     * Builds a {@link MilestoneTrendChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private final Map<String, List<Forecast>> milestones = new LinkedHashMap<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /**
         * Adds a milestone and its forecasts, in report date order.
         *
         * @param name the milestone name; not null and not added before
         * @param forecasts the forecasts; not null, no null element; may be empty
         * @return this builder; not null
         * @throws NullPointerException if an argument or a forecast is null
         * @throws IllegalArgumentException if the name was added before
         */
        public Builder milestone(String name, List<Forecast> forecasts) {
            Objects.requireNonNull(name, "name");
            List<Forecast> copy = List.copyOf(Objects.requireNonNull(forecasts, "forecasts"));
            if (milestones.containsKey(name)) {
                throw new IllegalArgumentException("milestone '" + name + "' was added before");
            }
            milestones.put(name, copy);
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public MilestoneTrendChart build() {
            return new MilestoneTrendChart(this);
        }
    }
}
