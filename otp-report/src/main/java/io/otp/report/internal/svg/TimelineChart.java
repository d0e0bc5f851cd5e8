package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A timeline (Gantt style) of milestones or tasks, one row each, showing the baseline date (hollow grey
 * diamond), the forecast date (amber diamond) and the actual date (filled black circle), with an optional
 * bar from the start date and an optional vertical line at the status date. The three kinds of date
 * differ by shape as well as colour and are named in the legend (WCAG 2.1, 1.4.1).
 *
 * <p>Marks: one {@code <g class="otp-row" data-row>} per row; inside it one
 * {@code otp-marker otp-baseline}, {@code otp-marker otp-forecast} or {@code otp-marker otp-actual}
 * element per date present, with {@code data-row} and {@code data-date} (ISO 8601), and an
 * {@code otp-bar} ({@code data-start}, {@code data-end}) when the row has a start date.
 *
 * <pre>{@code
 * Svg svg = TimelineChart.builder("Milestones", "Baseline, forecast and actual date of each milestone")
 *     .row(TimelineRow.milestone("M1 Design", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15))
 *         .withActual(LocalDate.of(2026, 4, 10)))
 *     .row(TimelineRow.milestone("M2 Pilot", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31)))
 *     .statusDate(LocalDate.of(2026, 5, 1))
 *     .build()
 *     .render(ReportLanguage.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelineChart {

    private static final int WIDTH = 640;
    private static final double ROW = 26;
    private static final String BASELINE = "#6e7781";
    private static final String FORECAST = "#b35900";
    private static final String ACTUAL = "#1f2328";

    private final String title;
    private final String description;
    private final List<TimelineRow> rows;
    private final Optional<LocalDate> statusDate;

    private TimelineChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.rows = List.copyOf(b.rows);
        this.statusDate = Optional.ofNullable(b.statusDate);
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
     * Returns the rows, top to bottom.
     *
     * @return the rows; not null, unmodifiable
     */
    public List<TimelineRow> rows() {
        return rows;
    }

    /**
     * Draws the chart. A chart without any date says "no data".
     *
     * @param language the language of labels and dates; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        List<LocalDate> dates = new ArrayList<>();
        for (TimelineRow row : rows) {
            row.start().ifPresent(dates::add);
            row.baseline().ifPresent(dates::add);
            row.forecast().ifPresent(dates::add);
            row.actual().ifPresent(dates::add);
        }
        if (dates.isEmpty()) {
            return new SvgCanvas(WIDTH, 120).noData(language).finish("otp-timeline-chart", title, description);
        }
        statusDate.ifPresent(dates::add);
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        // Fewer ticks than a line chart: the row labels leave a narrower plot, and dates are long labels.
        Axis axis = Axis.of(AxisType.DATE, ChartPoint.epochDay(first), ChartPoint.epochDay(last), 5);
        double labelWidth = 0;
        for (TimelineRow row : rows) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(row.label(), 12));
        }
        double left = Math.min(Math.max(labelWidth + 12, 60), WIDTH * 0.4);
        double right = WIDTH - 40.0;
        double top = 24;
        double bottom = top + rows.size() * ROW;
        int height = (int) Math.ceil(bottom + 60);
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);
        canvas.openGroup("otp-axis otp-axis-x");
        for (BigDecimal tick : axis.ticks()) {
            double x = left + axis.fraction(tick) * (right - left);
            canvas.line(x, top, x, bottom, SvgCanvas.GRID_COLOUR, "otp-grid");
            canvas.text(x, top - 8, "middle", 10, SvgCanvas.AXIS_COLOUR, axis.label(tick, language));
        }
        canvas.closeGroup();
        double y = top;
        for (TimelineRow row : rows) {
            double cy = y + ROW / 2;
            canvas.openGroup("otp-row", "row", row.label());
            canvas.text(left - 6, cy + 4, "end", 12, "#1f2328", row.label());
            if (row.start().isPresent() && row.end().isPresent()) {
                double x0 = x(axis, row.start().get(), left, right);
                double x1 = x(axis, row.end().get(), left, right);
                canvas.element("rect").attr("class", "otp-bar")
                    .data("row", row.label(), "start", row.start().get().toString(), "end", row.end().get().toString())
                    .num("x", Math.min(x0, x1)).num("y", cy - 5).num("width", Math.abs(x1 - x0)).num("height", 10)
                    .attr("fill", "#d0d7de").withTitle(row.label() + ": " + language.date(row.start().get()) + " – "
                        + language.date(row.end().get()));
            }
            if (row.baseline().isPresent()) {
                diamond(canvas, "otp-marker otp-baseline", row, row.baseline().get(), x(axis, row.baseline().get(),
                    left, right), cy, "#ffffff", BASELINE, language.text("chart.baseline"), language);
            }
            if (row.forecast().isPresent()) {
                diamond(canvas, "otp-marker otp-forecast", row, row.forecast().get(), x(axis, row.forecast().get(),
                    left, right), cy, FORECAST, FORECAST, language.text("chart.forecast"), language);
            }
            if (row.actual().isPresent()) {
                LocalDate date = row.actual().get();
                canvas.element("circle").attr("class", "otp-marker otp-actual")
                    .data("row", row.label(), "date", date.toString())
                    .num("cx", x(axis, date, left, right)).num("cy", cy).num("r", 4.5).attr("fill", ACTUAL)
                    .withTitle(row.label() + " – " + language.text("chart.actual") + ": " + language.date(date));
            }
            canvas.closeGroup();
            y += ROW;
        }
        canvas.line(left, bottom, right, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line");
        if (statusDate.isPresent()) {
            double x = x(axis, statusDate.get(), left, right);
            canvas.element("line").attr("class", "otp-marker-line").data("x", statusDate.get().toString())
                .num("x1", x).num("y1", top).num("x2", x).num("y2", bottom).attr("stroke", "#1f2328")
                .attr("stroke-dasharray", "3 3").empty();
            canvas.text(x, bottom + 14, "middle", 10, "#1f2328", "otp-marker-label",
                language.text("chart.statusDate") + " " + language.date(statusDate.get()));
        }
        canvas.legend(left, bottom + 40, List.of(language.text("chart.baseline"), language.text("chart.forecast"),
            language.text("chart.actual")), List.of(BASELINE, FORECAST, ACTUAL), language.text("chart.legend"));
        return canvas.finish("otp-timeline-chart", title, description);
    }

    private static double x(Axis axis, LocalDate date, double left, double right) {
        return left + axis.fraction(ChartPoint.epochDay(date)) * (right - left);
    }

    private static void diamond(SvgCanvas canvas, String cssClass, TimelineRow row, LocalDate date, double x, double y,
        String fill, String stroke, String kind, ReportLanguage language) {
        canvas.element("path").attr("class", cssClass).data("row", row.label(), "date", date.toString())
            .attr("d", "M" + SvgCanvas.n(x) + "," + SvgCanvas.n(y - 6) + " L" + SvgCanvas.n(x + 6) + "," + SvgCanvas.n(y)
                + " L" + SvgCanvas.n(x) + "," + SvgCanvas.n(y + 6) + " L" + SvgCanvas.n(x - 6) + "," + SvgCanvas.n(y)
                + " Z")
            .attr("fill", fill).attr("stroke", stroke).attr("stroke-width", "2")
            .withTitle(row.label() + " – " + kind + ": " + language.date(date));
    }

    /**
     * Builds a {@link TimelineChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private final List<TimelineRow> rows = new ArrayList<>();
        private LocalDate statusDate;

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /**
         * Adds a row below the others.
         *
         * @param row the row; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code row} is null
         */
        public Builder row(TimelineRow row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * Draws a vertical line at the status date.
         *
         * @param date the status date; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code date} is null
         */
        public Builder statusDate(LocalDate date) {
            this.statusDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public TimelineChart build() {
            return new TimelineChart(this);
        }
    }
}
