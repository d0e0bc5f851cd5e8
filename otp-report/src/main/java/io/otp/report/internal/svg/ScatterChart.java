package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scatter chart of labelled points with threshold bands, such as the schedule performance index (SPI)
 * on x and the cost performance index (CPI) on y of every project of a portfolio. With thresholds
 * {@code red} below {@code amber} (for example 0.90 and 1.00), a point is green when both values reach
 * {@code amber}, red when either is below {@code red}, and amber otherwise; the bands are drawn as
 * coloured areas and every point is written with its label and its status as text, so the status never
 * rests on colour alone (WCAG 2.1, 1.4.1).
 *
 * The bands are opaque tints drawn one over the other (red everywhere, amber from the red threshold, green
 * from the amber one), so each area has one clear colour.
 *
 * <p>Marks: one {@code <circle class="otp-point" data-label data-x data-y data-status>} per point, in
 * the order given, and one {@code <rect class="otp-band" data-status>} per band.
 *
 * <pre>{@code
 * Svg svg = ScatterChart.builder("SPI and CPI", "Schedule and cost performance of each project")
 *     .axisTitles("SPI", "CPI")
 *     .bands(new BigDecimal("0.90"), new BigDecimal("1.00"))
 *     .point("Project A", new BigDecimal("0.95"), new BigDecimal("1.02"))
 *     .point("Project B", new BigDecimal("1.05"), new BigDecimal("1.10"))
 *     .build()
 *     .render(ReportLanguage.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScatterChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;

    private final String title;
    private final String description;
    private final String xTitle;
    private final String yTitle;
    private final BigDecimal red;
    private final BigDecimal amber;
    private final List<Point> points;

    private ScatterChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.xTitle = b.xTitle;
        this.yTitle = b.yTitle;
        this.red = b.red;
        this.amber = b.amber;
        this.points = List.copyOf(b.points);
    }

    /**
     * Starts a chart with the bands of performance indices: red below 0.90, amber below 1.00, green from
     * 1.00.
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
     * Returns the points, in the order added.
     *
     * @return the points; not null, unmodifiable
     */
    public List<Point> points() {
        return points;
    }

    /**
     * Returns the status of a value pair under the bands of this chart.
     *
     * @param x the x value; not null
     * @param y the y value; not null
     * @return green if both reach the amber threshold, red if either is below the red threshold, amber
     *     otherwise; not null
     * @throws NullPointerException if a value is null
     */
    public StatusTone status(BigDecimal x, BigDecimal y) {
        BigDecimal lower = Objects.requireNonNull(x, "x").min(Objects.requireNonNull(y, "y"));
        if (lower.compareTo(red) < 0) {
            return StatusTone.RED;
        }
        return lower.compareTo(amber) < 0 ? StatusTone.AMBER : StatusTone.GREEN;
    }

    /**
     * Draws the chart. A chart without points says "no data".
     *
     * @param language the language of labels and numbers; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        if (points.isEmpty()) {
            return new SvgCanvas(WIDTH, 160).noData(language).finish("otp-scatter-chart", title, description);
        }
        BigDecimal low = red;
        BigDecimal high = amber;
        for (Point p : points) {
            low = low.min(p.x()).min(p.y());
            high = high.max(p.x()).max(p.y());
        }
        Axis axis = Axis.of(AxisType.NUMBER, low, high, 7);
        double left = 56;
        double right = WIDTH - 30.0;
        double top = 20;
        double bottom = HEIGHT - 80.0;
        LineChart.Plot plot = new LineChart.Plot(axis, axis, left, right, top, bottom);
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT);
        canvas.openGroup("otp-bands");
        band(canvas, StatusTone.RED, axis.min(), axis, plot, language);
        band(canvas, StatusTone.AMBER, red.max(axis.min()), axis, plot, language);
        band(canvas, StatusTone.GREEN, amber.max(axis.min()), axis, plot, language);
        canvas.closeGroup();
        canvas.openGroup("otp-axis");
        for (BigDecimal tick : axis.ticks()) {
            double px = plot.x(tick);
            double py = plot.y(tick);
            canvas.line(px, bottom, px, bottom + 4, SvgCanvas.AXIS_COLOUR, "otp-tick");
            canvas.text(px, bottom + 16, "middle", 10, SvgCanvas.AXIS_COLOUR, axis.label(tick, language));
            canvas.line(left - 4, py, left, py, SvgCanvas.AXIS_COLOUR, "otp-tick");
            canvas.text(left - 6, py + 3.5, "end", 10, SvgCanvas.AXIS_COLOUR, axis.label(tick, language));
        }
        canvas.line(left, bottom, right, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line");
        canvas.line(left, top, left, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line");
        canvas.text((left + right) / 2, bottom + 34, "middle", 11, "#1f2328", "otp-axis-title", xTitle);
        canvas.element("text").attr("class", "otp-axis-title").num("x", 14).num("y", (top + bottom) / 2)
            .attr("text-anchor", "middle").num("font-size", 11).attr("fill", "#1f2328").raw(SvgCanvas.FONT)
            .attr("transform", "rotate(-90 14 " + SvgCanvas.n((top + bottom) / 2) + ")").text(yTitle);
        canvas.closeGroup();
        for (Point p : points) {
            StatusTone tone = status(p.x(), p.y());
            double px = plot.x(p.x());
            double py = plot.y(p.y());
            String status = tone.label(language);
            canvas.openGroup("otp-point-group", "label", p.label());
            canvas.element("circle").attr("class", "otp-point " + tone.cssClass())
                .data("label", p.label(), "x", p.x().toPlainString(), "y", p.y().toPlainString(),
                    "status", tone.name())
                .num("cx", px).num("cy", py).num("r", 5).attr("fill", "#1f2328").attr("stroke", "#ffffff")
                .attr("stroke-width", "1.5")
                .withTitle(p.label() + " – " + xTitle + " " + language.number(p.x(), Math.max(p.x().scale(), 0)) + ", "
                    + yTitle + " " + language.number(p.y(), Math.max(p.y().scale(), 0)) + " (" + status + ")");
            String label = p.label() + " (" + status + ")";
            // A label that would run past the right edge is written to the left of its point.
            boolean fits = px + 8 + SvgCanvas.textWidth(label, 10) <= WIDTH;
            canvas.text(fits ? px + 8 : px - 8, py - 6, fits ? "start" : "end", 10, "#1f2328", "otp-point-label",
                label);
            canvas.closeGroup();
        }
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (StatusTone tone : List.of(StatusTone.GREEN, StatusTone.AMBER, StatusTone.RED)) {
            names.add(tone.label(language));
            colours.add(tone.tint());
        }
        canvas.legend(left, HEIGHT - 18.0, names, colours, language.text("chart.legend"));
        return canvas.finish("otp-scatter-chart", title, description);
    }

    private static void band(SvgCanvas canvas, StatusTone tone, BigDecimal from, Axis axis, LineChart.Plot plot,
        ReportLanguage language) {
        double x0 = plot.x(from);
        double y0 = plot.y(from);
        double x1 = plot.x(axis.max());
        double y1 = plot.y(axis.max());
        canvas.element("rect").attr("class", "otp-band " + tone.cssClass()).data("status", tone.name())
            .num("x", x0).num("y", y1).num("width", Math.max(x1 - x0, 0)).num("height", Math.max(y0 - y1, 0))
            .attr("fill", tone.tint()).withTitle(tone.label(language));
    }

    /**
     * One labelled point.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param label the label, such as the project name; not null
     * @param x the x value; not null
     * @param y the y value; not null
     */
    public record Point(String label, BigDecimal x, BigDecimal y) {

        /**
         * Checks the values.
         *
         * @param label the label; not null
         * @param x the x value; not null
         * @param y the y value; not null
         * @throws NullPointerException if a value is null
         */
        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
        }
    }

    /**
     * Builds a {@link ScatterChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private String xTitle = "x";
        private String yTitle = "y";
        private BigDecimal red = new BigDecimal("0.90");
        private BigDecimal amber = new BigDecimal("1.00");
        private final List<Point> points = new ArrayList<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /**
         * Sets the axis titles.
         *
         * @param x the title of the x axis, such as "SPI"; not null
         * @param y the title of the y axis, such as "CPI"; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder axisTitles(String x, String y) {
            this.xTitle = Objects.requireNonNull(x, "x");
            this.yTitle = Objects.requireNonNull(y, "y");
            return this;
        }

        /**
         * Sets the thresholds of the bands.
         *
         * @param redBelow values below it are red; not null
         * @param greenFrom values from it are green (between the two: amber); not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code redBelow} is greater than {@code greenFrom}
         */
        public Builder bands(BigDecimal redBelow, BigDecimal greenFrom) {
            Objects.requireNonNull(redBelow, "redBelow");
            Objects.requireNonNull(greenFrom, "greenFrom");
            if (redBelow.compareTo(greenFrom) > 0) {
                throw new IllegalArgumentException("red threshold " + redBelow.toPlainString()
                    + " is above the green threshold " + greenFrom.toPlainString());
            }
            this.red = redBelow;
            this.amber = greenFrom;
            return this;
        }

        /**
         * Adds a point.
         *
         * @param label the label; not null
         * @param x the x value; not null
         * @param y the y value; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument is null
         */
        public Builder point(String label, BigDecimal x, BigDecimal y) {
            points.add(new Point(label, x, y));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public ScatterChart build() {
            return new ScatterChart(this);
        }
    }
}
