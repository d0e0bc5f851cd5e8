package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A horizontal bar chart, simple (one series) or grouped (several series side by side per category),
 * such as the budget and the executed amount of every project. Values may be negative: bars grow left or
 * right from the zero line. Series differ by colour and are named in the legend; every bar carries its
 * value as a tooltip.
 *
 * <p>Marks: one {@code <g class="otp-category" data-category>} per category holding one
 * {@code <rect class="otp-bar" data-category data-series data-value>} per series, in series order.
 *
 * <pre>{@code
 * Svg svg = BarChart.builder("Budget execution", "Budget and executed amount of each project, in euros")
 *     .series("Budget", "Executed")
 *     .category("Project A", new BigDecimal("120000.00"), new BigDecimal("80500.00"))
 *     .category("Project B", new BigDecimal("60000.00"), new BigDecimal("61200.00"))
 *     .build()
 *     .render(ReportLanguage.SPANISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BarChart {

    private static final int WIDTH = 640;
    private static final double BAR = 14;
    private static final double GAP = 12;

    private final String title;
    private final String description;
    private final List<String> series;
    private final Map<String, List<BigDecimal>> categories;

    private BarChart(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.series = List.copyOf(b.series);
        Map<String, List<BigDecimal>> copy = new LinkedHashMap<>();
        b.categories.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.categories = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a chart with one series named by the title.
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
     * Returns the series names.
     *
     * @return the names; not null, unmodifiable
     */
    public List<String> series() {
        return series;
    }

    /**
     * Returns the categories and their values, one per series.
     *
     * @return the categories; not null, unmodifiable
     */
    public Map<String, List<BigDecimal>> categories() {
        return categories;
    }

    /**
     * Draws the chart. A chart without categories says "no data".
     *
     * @param language the language of labels and numbers; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        if (categories.isEmpty()) {
            return new SvgCanvas(WIDTH, 120).noData(language).finish("otp-bar-chart", title, description);
        }
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        double labelWidth = 0;
        for (Map.Entry<String, List<BigDecimal>> c : categories.entrySet()) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(c.getKey(), 12));
            for (BigDecimal v : c.getValue()) {
                low = low.min(v);
                high = high.max(v);
            }
        }
        Axis axis = Axis.of(AxisType.NUMBER, low, high, 6);
        double left = Math.min(Math.max(labelWidth + 12, 60), WIDTH * 0.4);
        double right = WIDTH - 30.0;
        double top = 16;
        double group = series.size() * BAR + GAP;
        double bottom = top + categories.size() * group;
        int height = (int) Math.ceil(bottom + 30 + (series.size() > 1 ? 30 + 16 * (series.size() / 5) : 0));
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);
        canvas.openGroup("otp-axis otp-axis-x");
        for (BigDecimal tick : axis.ticks()) {
            double x = left + axis.fraction(tick) * (right - left);
            canvas.line(x, top, x, bottom, SvgCanvas.GRID_COLOUR, "otp-grid");
            canvas.text(x, bottom + 14, "middle", 10, SvgCanvas.AXIS_COLOUR, axis.label(tick, language));
        }
        canvas.closeGroup();
        double zero = left + axis.fraction(BigDecimal.ZERO) * (right - left);
        double y = top + GAP / 2;
        for (Map.Entry<String, List<BigDecimal>> c : categories.entrySet()) {
            String category = c.getKey();
            canvas.openGroup("otp-category", "category", category);
            canvas.text(left - 6, y + series.size() * BAR / 2 + 4, "end", 12, "#1f2328", category);
            List<BigDecimal> values = c.getValue();
            for (int s = 0; s < values.size(); s++) {
                BigDecimal value = values.get(s);
                double x = left + axis.fraction(value) * (right - left);
                canvas.element("rect").attr("class", "otp-bar")
                    .data("category", category, "series", series.get(s), "value", value.toPlainString())
                    .num("x", Math.min(zero, x)).num("y", y + s * BAR).num("width", Math.abs(x - zero))
                    .num("height", BAR - 1).attr("fill", SvgCanvas.colour(s))
                    .withTitle(category + " – " + series.get(s) + ": " + language.number(value,
                        Math.max(value.scale(), 0)));
            }
            canvas.closeGroup();
            y += group;
        }
        canvas.line(zero, top, zero, bottom, SvgCanvas.AXIS_COLOUR, "otp-axis-line otp-zero-line");
        if (series.size() > 1) {
            List<String> colours = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                colours.add(SvgCanvas.colour(s));
            }
            canvas.legend(left, bottom + 44, series, colours, language.text("chart.legend"));
        }
        return canvas.finish("otp-bar-chart", title, description);
    }

    /**
     * Builds a {@link BarChart}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private final List<String> series = new ArrayList<>();
        private final Map<String, List<BigDecimal>> categories = new LinkedHashMap<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
            this.series.add(title);
        }

        /**
         * Sets the series names, in the order of the values of each category (by default one series named
         * by the title).
         *
         * @param names the names; not null, at least one, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code names} or a name is null
         * @throws IllegalArgumentException if {@code names} is empty
         * @throws IllegalStateException if categories were already added
         */
        public Builder series(String... names) {
            Objects.requireNonNull(names, "names");
            if (!categories.isEmpty()) {
                throw new IllegalStateException("series set after the first category");
            }
            if (names.length == 0) {
                throw new IllegalArgumentException("a bar chart needs at least one series");
            }
            series.clear();
            for (String name : names) {
                series.add(Objects.requireNonNull(name, "name"));
            }
            return this;
        }

        /**
         * Adds a category.
         *
         * @param category the category, such as the project name; not null and not added before
         * @param values one value per series; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if an argument or a value is null
         * @throws IllegalArgumentException if the category was added before or the number of values is not
         *     the number of series
         */
        public Builder category(String category, BigDecimal... values) {
            Objects.requireNonNull(category, "category");
            List<BigDecimal> list = Arrays.asList(Objects.requireNonNull(values, "values"));
            if (categories.containsKey(category)) {
                throw new IllegalArgumentException("category '" + category + "' was added before");
            }
            if (list.size() != series.size()) {
                throw new IllegalArgumentException("category '" + category + "' has " + list.size()
                    + " values, expected " + series.size() + " (one per series)");
            }
            categories.put(category, List.copyOf(list));
            return this;
        }

        /**
         * Builds the chart.
         *
         * @return the chart; not null
         */
        public BarChart build() {
            return new BarChart(this);
        }
    }
}
