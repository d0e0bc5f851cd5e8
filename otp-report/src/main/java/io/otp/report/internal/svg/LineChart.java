package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A line chart of several series over a number or date x axis, with a marker at every point, such as the
 * earned value S-curve (planned value, earned value and actual cost over time; PMI, Practice Standard
 * for Earned Value Management, 2nd ed.). Optional extras: a vertical marker line (the status date), an
 * annotated point (the estimate at completion, EAC, at the planned finish) and the diagonal where
 * y equals x (used by the {@link MilestoneTrendChart}). Series are drawn with different colours AND dash
 * patterns, named in a legend.
 *
 * <p>Marks: one {@code <polyline class="otp-series" data-series>} per series and one
 * {@code <circle class="otp-point" data-series data-x data-y>} per point, in the order given; the
 * marker line is {@code otp-marker-line} ({@code data-x}), the annotation {@code otp-annotation}
 * ({@code data-x}, {@code data-y}), the diagonal {@code otp-diagonal}. Dates in {@code data-*} are ISO
 * 8601, numbers plain.
 *
 * <pre>{@code
 * Svg svg = LineChart.builder("Earned value", "PV, EV and AC by month up to the status date")
 *     .xAxis(AxisType.DATE)
 *     .series("PV", List.of(ChartPoint.of(LocalDate.of(2026, 1, 31), new BigDecimal("10000")),
 *                           ChartPoint.of(LocalDate.of(2026, 2, 28), new BigDecimal("25000"))))
 *     .series("EV", List.of(ChartPoint.of(LocalDate.of(2026, 1, 31), new BigDecimal("9000"))))
 *     .verticalMarker(LocalDate.of(2026, 2, 15), "Status date")
 *     .annotation(ChartPoint.of(LocalDate.of(2026, 6, 30), new BigDecimal("120000")), "EAC")
 *     .build()
 *     .render(ReportLanguage.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;

    private final String title;
    private final String description;
    private final String cssClass;
    private final AxisType xType;
    private final AxisType yType;
    private final Map<String, List<ChartPoint>> series;
    private final Optional<BigDecimal> markerX;
    private final String markerLabel;
    private final Optional<ChartPoint> annotation;
    private final String annotationLabel;
    private final Optional<String> diagonalLabel;

    private LineChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.cssClass = b.cssClass;
        this.xType = b.xType;
        this.yType = b.yType;
        Map<String, List<ChartPoint>> copy = new LinkedHashMap<>();
        b.series.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.series = Collections.unmodifiableMap(copy);
        this.markerX = Optional.ofNullable(b.markerX);
        this.markerLabel = b.markerLabel;
        this.annotation = Optional.ofNullable(b.annotation);
        this.annotationLabel = b.annotationLabel;
        this.diagonalLabel = Optional.ofNullable(b.diagonalLabel);
    }

    /**
     * Starts a chart with number axes.
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
     * Returns the series, in legend order.
     *
     * @return the series names and their points; not null, unmodifiable
     */
    public Map<String, List<ChartPoint>> series() {
        return series;
    }

    /**
     * Draws the chart. A chart without any point says "no data".
     *
     * @param language the language of labels and numbers; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        List<ChartPoint> all = new ArrayList<>();
        series.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return new SvgCanvas(WIDTH, 160).noData(language).finish(cssClass, title, description);
        }
        annotation.ifPresent(all::add);
        BigDecimal xMin = all.get(0).x();
        BigDecimal xMax = xMin;
        BigDecimal yMin = all.get(0).y();
        BigDecimal yMax = yMin;
        for (ChartPoint p : all) {
            xMin = xMin.min(p.x());
            xMax = xMax.max(p.x());
            yMin = yMin.min(p.y());
            yMax = yMax.max(p.y());
        }
        if (markerX.isPresent()) {
            xMin = xMin.min(markerX.get());
            xMax = xMax.max(markerX.get());
        }
        if (yType == AxisType.NUMBER && yMin.signum() > 0) {
            yMin = BigDecimal.ZERO;
        }
        if (diagonalLabel.isPresent()) {
            BigDecimal low = xMin.min(yMin);
            BigDecimal high = xMax.max(yMax);
            xMin = low;
            yMin = low;
            xMax = high;
            yMax = high;
        }
        Axis x = Axis.of(xType, xMin, xMax, 7);
        Axis y = Axis.of(yType, yMin, yMax, 6);
        double yLabelWidth = 0;
        for (BigDecimal tick : y.ticks()) {
            yLabelWidth = Math.max(yLabelWidth, SvgCanvas.textWidth(y.label(tick, language), 10));
        }
        double left = Math.max(yLabelWidth + 12, 40);
        // Room for half of the last tick label, centred on the right edge of the plot.
        double right = WIDTH - 40.0;
        double top = 20;
        double bottom = HEIGHT - 70.0;
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
        Plot plot = new Plot(x, y, left, right, top, bottom);
        canvas.openGroup("otp-axis otp-axis-y");
        for (BigDecimal tick : y.ticks()) {
            double py = plot.y(tick);
            canvas.line(left, py, right, py, SvgCanvas.GRID_COLOUR, "otp-grid");
            canvas.text(left - 6, py + 3.5, "end", 10, SvgCanvas.AXIS_COLOUR, y.label(tick, language));
        }
        canvas.closeGroup();
        canvas.openGroup("otp-axis otp-axis-x");
        for (BigDecimal tick : x.ticks()) {
            double px = plot.x(tick);
            canvas.line(px, bottom, px, bottom + 4, SvgCanvas.AXIS_COLOUR, "otp-tick");
            canvas.text(px, bottom + 16, "middle", 10, SvgCanvas.AXIS_COLOUR, x.label(tick, language));
        }
        canvas.line(left, bottom, right, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line");
        canvas.closeGroup();
        if (diagonalLabel.isPresent()) {
            BigDecimal low = x.min().max(y.min());
            BigDecimal high = x.max().min(y.max());
            canvas.element("line").attr("class", "otp-diagonal").num("x1", plot.x(low)).num("y1", plot.y(low))
                .num("x2", plot.x(high)).num("y2", plot.y(high)).attr("stroke", SvgCanvas.AXIS_COLOUR)
                .attr("stroke-dasharray", "4 4").withTitle(diagonalLabel.get());
        }
        if (markerX.isPresent()) {
            double px = plot.x(markerX.get());
            canvas.element("line").attr("class", "otp-marker-line").data("x", Axis.raw(xType, markerX.get()))
                .num("x1", px).num("y1", top).num("x2", px).num("y2", bottom).attr("stroke", "#1f2328")
                .attr("stroke-dasharray", "3 3").empty();
            canvas.text(px + 4, top + 10, "start", 10, "#1f2328", "otp-marker-label", markerLabel);
        }
        List<String> names = new ArrayList<>(series.keySet());
        List<String> colours = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<ChartPoint>> s : series.entrySet()) {
            String colour = SvgCanvas.colour(index);
            colours.add(colour);
            String name = s.getKey();
            canvas.openGroup("otp-series-group", "series", name);
            StringBuilder points = new StringBuilder();
            for (ChartPoint p : s.getValue()) {
                if (points.length() > 0) {
                    points.append(' ');
                }
                points.append(SvgCanvas.n(plot.x(p.x()))).append(',').append(SvgCanvas.n(plot.y(p.y())));
            }
            canvas.element("polyline").attr("class", "otp-series").data("series", name)
                .attr("points", points.toString()).attr("fill", "none").attr("stroke", colour)
                .attr("stroke-width", "2").attr("stroke-dasharray", SvgCanvas.dash(index)).empty();
            for (ChartPoint p : s.getValue()) {
                canvas.element("circle").attr("class", "otp-point")
                    .data("series", name, "x", Axis.raw(xType, p.x()), "y", Axis.raw(yType, p.y()))
                    .num("cx", plot.x(p.x())).num("cy", plot.y(p.y())).num("r", 3).attr("fill", colour)
                    .withTitle(name + ": " + x.label(p.x(), language) + " – " + valueLabel(y, p.y(), language));
            }
            canvas.closeGroup();
            index++;
        }
        if (annotation.isPresent()) {
            ChartPoint a = annotation.get();
            double px = plot.x(a.x());
            double py = plot.y(a.y());
            canvas.element("path").attr("class", "otp-annotation")
                .data("x", Axis.raw(xType, a.x()), "y", Axis.raw(yType, a.y()))
                .attr("d", "M" + SvgCanvas.n(px) + "," + SvgCanvas.n(py - 6) + " L" + SvgCanvas.n(px + 6) + ","
                    + SvgCanvas.n(py) + " L" + SvgCanvas.n(px) + "," + SvgCanvas.n(py + 6) + " L" + SvgCanvas.n(px - 6)
                    + "," + SvgCanvas.n(py) + " Z")
                .attr("fill", "#ffffff").attr("stroke", "#1f2328").attr("stroke-width", "2")
                .withTitle(annotationLabel + ": " + valueLabel(y, a.y(), language));
            canvas.text(px - 8, py - 8, "end", 10, "#1f2328", "otp-annotation-label",
                annotationLabel + " " + valueLabel(y, a.y(), language));
        }
        if (!names.isEmpty()) {
            canvas.legend(left, HEIGHT - 28.0, names, colours, language.text("chart.legend"));
        }
        return canvas.finish(cssClass, title, description);
    }

    private static String valueLabel(Axis axis, BigDecimal value, ReportLanguage language) {
        if (axis.type() == AxisType.DATE) {
            return axis.label(value, language);
        }
        return language.number(value, Math.max(value.scale(), 0));
    }

    /** Maps values to pixels inside the plot area. */
    static final class Plot {
        private final Axis x;
        private final Axis y;
        private final double left;
        private final double right;
        private final double top;
        private final double bottom;

        Plot(Axis x, Axis y, double left, double right, double top, double bottom) {
            this.x = x;
            this.y = y;
            this.left = left;
            this.right = right;
            this.top = top;
            this.bottom = bottom;
        }

        double x(BigDecimal value) {
            return left + x.fraction(value) * (right - left);
        }

        double y(BigDecimal value) {
            return bottom - y.fraction(value) * (bottom - top);
        }
    }

    /**
     * Builds a {@link LineChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private String cssClass = "otp-line-chart";
        private AxisType xType = AxisType.NUMBER;
        private AxisType yType = AxisType.NUMBER;
        private final Map<String, List<ChartPoint>> series = new LinkedHashMap<>();
        private BigDecimal markerX;
        private String markerLabel = "";
        private ChartPoint annotation;
        private String annotationLabel = "";
        private String diagonalLabel;

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        Builder cssClass(String value) {
            this.cssClass = value;
            return this;
        }

        /**
         * Sets what the x values are.
         *
         * @param type numbers (the default) or dates; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code type} is null
         */
        public Builder xAxis(AxisType type) {
            this.xType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets what the y values are.
         *
         * @param type numbers (the default) or dates; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code type} is null
         */
        public Builder yAxis(AxisType type) {
            this.yType = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Adds a series. Its points are joined in the order given (sort them by x for a time series).
         *
         * @param name the series name shown in the legend; not null and not added before
         * @param points the points; not null, no null element; may be empty
         * @return this builder; not null
         * @throws NullPointerException if an argument or a point is null
         * @throws IllegalArgumentException if the name was added before
         */
        public Builder series(String name, List<ChartPoint> points) {
            Objects.requireNonNull(name, "name");
            List<ChartPoint> copy = List.copyOf(Objects.requireNonNull(points, "points"));
            if (series.containsKey(name)) {
                throw new IllegalArgumentException("series '" + name + "' was added before");
            }
            series.put(name, copy);
            return this;
        }

        /**
         * Draws a vertical line at an x value, such as the status date.
         *
         * @param x the x value; not null
         * @param label the label written beside the line; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder verticalMarker(BigDecimal x, String label) {
            this.markerX = Objects.requireNonNull(x, "x");
            this.markerLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Draws a vertical line at a date, such as the status date.
         *
         * @param x the date; not null
         * @param label the label written beside the line; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder verticalMarker(LocalDate x, String label) {
            return verticalMarker(ChartPoint.epochDay(x), label);
        }

        /**
         * Draws an annotated point outside the series, such as the estimate at completion (EAC) at the
         * planned finish.
         *
         * @param point the point; not null
         * @param label the label written beside it, followed by its value; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder annotation(ChartPoint point, String label) {
            this.annotation = Objects.requireNonNull(point, "point");
            this.annotationLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Draws the diagonal where y equals x; both axes then share one range.
         *
         * @param label the tooltip of the diagonal; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code label} is null
         */
        public Builder diagonal(String label) {
            this.diagonalLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public LineChart build() {
            return new LineChart(this);
        }
    }
}
