package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A horizontal stacked bar chart: one bar per category, split into segments that share a legend, such as
 * the rank acceptability of each bid (the share of simulations in which it takes rank 1, 2, 3...;
 * Lahdelma and Salminen, SMAA-2, 2001). Values are zero or more; the axis runs from zero to a nice
 * value at or above the longest bar.
 *
 * <p>Marks: one {@code <g class="otp-bar" data-category="...">} per category holding one
 * {@code <rect class="otp-segment" data-category data-segment data-value>} per segment, in segment
 * order, with zero-width rectangles for zero values so every value has its mark.
 *
 * <pre>{@code
 * Svg svg = StackedBarChart.builder("Rank acceptability", "Share of simulations giving each bid each rank")
 *     .segments("1st", "2nd", "3rd")
 *     .bar("ACME S.L.", new BigDecimal("0.70"), new BigDecimal("0.20"), new BigDecimal("0.10"))
 *     .bar("Beta S.A.", new BigDecimal("0.30"), new BigDecimal("0.60"), new BigDecimal("0.10"))
 *     .build()
 *     .render(ReportLanguage.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StackedBarChart {

    private static final int WIDTH = 640;
    private static final double BAR = 22;
    private static final double GAP = 10;

    private final String title;
    private final String description;
    private final List<String> segments;
    private final Map<String, List<BigDecimal>> bars;

    private StackedBarChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.segments = List.copyOf(b.segments);
        Map<String, List<BigDecimal>> copy = new LinkedHashMap<>();
        b.bars.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.bars = java.util.Collections.unmodifiableMap(copy);
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
     * Returns the segment names, in legend order.
     *
     * @return the names; not null, unmodifiable
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Returns the values of each category, in the order added.
     *
     * @return the categories and their values; not null, unmodifiable
     */
    public Map<String, List<BigDecimal>> bars() {
        return bars;
    }

    /**
     * Draws the chart. A chart without bars says "no data".
     *
     * @param language the language of labels and numbers; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        if (bars.isEmpty()) {
            return new SvgCanvas(WIDTH, 120).noData(language).finish("otp-stacked-bar-chart", title, description);
        }
        double labelWidth = 0;
        BigDecimal longest = BigDecimal.ZERO;
        for (Map.Entry<String, List<BigDecimal>> bar : bars.entrySet()) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(bar.getKey(), 12));
            BigDecimal total = bar.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            longest = longest.max(total);
        }
        double left = Math.min(Math.max(labelWidth + 12, 60), WIDTH * 0.4);
        double right = WIDTH - 20.0;
        double top = 16;
        double plotHeight = bars.size() * (BAR + GAP);
        int height = (int) Math.ceil(top + plotHeight + 30 + 20 + 16 * (1 + segments.size() / 5));
        Axis axis = Axis.of(AxisType.NUMBER, BigDecimal.ZERO, longest, 6);
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);
        double bottom = top + plotHeight;
        canvas.openGroup("otp-axis otp-axis-x");
        for (BigDecimal tick : axis.ticks()) {
            double x = left + axis.fraction(tick) * (right - left);
            canvas.line(x, top, x, bottom, SvgCanvas.GRID_COLOUR, "otp-grid");
            canvas.text(x, bottom + 14, "middle", 10, SvgCanvas.AXIS_COLOUR, axis.label(tick, language));
        }
        canvas.closeGroup();
        double y = top + GAP / 2;
        for (Map.Entry<String, List<BigDecimal>> bar : bars.entrySet()) {
            String category = bar.getKey();
            canvas.openGroup("otp-bar", "category", category);
            canvas.text(left - 6, y + BAR / 2 + 4, "end", 12, "#1f2328", category);
            BigDecimal cumulative = BigDecimal.ZERO;
            List<BigDecimal> values = bar.getValue();
            for (int s = 0; s < values.size(); s++) {
                BigDecimal value = values.get(s);
                double x0 = left + axis.fraction(cumulative) * (right - left);
                cumulative = cumulative.add(value);
                double x1 = left + axis.fraction(cumulative) * (right - left);
                canvas.element("rect").attr("class", "otp-segment")
                    .data("category", category, "segment", segments.get(s), "value", value.toPlainString())
                    .num("x", x0).num("y", y).num("width", x1 - x0).num("height", BAR)
                    .attr("fill", SvgCanvas.colour(s)).attr("stroke", "#ffffff").attr("stroke-width", "0.5")
                    .withTitle(category + " – " + segments.get(s) + ": " + language.number(value, value.scale()));
            }
            canvas.closeGroup();
            y += BAR + GAP;
        }
        canvas.line(left, top, left, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line");
        List<String> colours = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            colours.add(SvgCanvas.colour(s));
        }
        canvas.legend(left, bottom + 40, segments, colours, language.text("chart.legend"));
        return canvas.finish("otp-stacked-bar-chart", title, description);
    }

    /**
     * Builds a {@link StackedBarChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private final List<String> segments = new ArrayList<>();
        private final Map<String, List<BigDecimal>> bars = new LinkedHashMap<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /**
         * Sets the segment names, in the order of the values of each bar and of the legend.
         *
         * @param names the names; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code names} or a name is null
         * @throws IllegalStateException if bars were already added
         */
        public Builder segments(String... names) {
            if (!bars.isEmpty()) {
                throw new IllegalStateException("segments set after the first bar");
            }
            segments.clear();
            for (String name : Objects.requireNonNull(names, "names")) {
                segments.add(Objects.requireNonNull(name, "name"));
            }
            return this;
        }

        /**
         * Adds a bar.
         *
         * @param category the category, such as the bidder's name; not null and not added before
         * @param values one value per segment, zero or more; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if an argument or a value is null
         * @throws IllegalArgumentException if the category was added before, the number of values is not
         *     the number of segments, or a value is negative
         */
        public Builder bar(String category, BigDecimal... values) {
            Objects.requireNonNull(category, "category");
            List<BigDecimal> list = Arrays.asList(Objects.requireNonNull(values, "values"));
            if (bars.containsKey(category)) {
                throw new IllegalArgumentException("bar '" + category + "' was added before");
            }
            if (list.size() != segments.size()) {
                throw new IllegalArgumentException("bar '" + category + "' has " + list.size() + " values, expected "
                    + segments.size() + " (one per segment)");
            }
            for (BigDecimal value : list) {
                if (Objects.requireNonNull(value, "value").signum() < 0) {
                    throw new IllegalArgumentException("bar '" + category + "' has the negative value "
                        + value.toPlainString() + "; stacked segments are zero or more");
                }
            }
            bars.put(category, List.copyOf(list));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public StackedBarChart build() {
            return new StackedBarChart(this);
        }
    }
}
