package io.otp.report.internal.svg;

import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A grid of status cells, rows by columns, such as projects by dimensions (schedule, cost, scope,
 * risk) in a portfolio dashboard. Every cell shows its colour AND a text label (WCAG 2.1, 1.4.1 Use of
 * Color).
 *
 * <p>Marks: one {@code <rect class="otp-cell" data-row data-column data-status>} per cell, row by
 * row, each followed by its {@code <text class="otp-cell-label">}.
 *
 * <pre>{@code
 * Svg svg = HeatMap.builder("Portfolio status", "Status of each project by dimension")
 *     .columns("Schedule", "Cost", "Risk")
 *     .row("Project A", HeatMap.Cell.of(StatusTone.GREEN, "On track"),
 *         HeatMap.Cell.of(StatusTone.AMBER, "CPI 0.93"), HeatMap.Cell.of(StatusTone.RED, "2 high"))
 *     .build()
 *     .render(ReportLanguage.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeatMap {

    private static final int WIDTH = 640;
    private static final double ROW = 28;

    private final String title;
    private final String description;
    private final List<String> columns;
    private final Map<String, List<Cell>> rows;

    private HeatMap(Builder b) {
        this.title = b.title;
        this.description = b.description;
        this.columns = List.copyOf(b.columns);
        Map<String, List<Cell>> copy = new LinkedHashMap<>();
        b.rows.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.rows = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a heat map.
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
     * Returns the rows and their cells, one per column.
     *
     * @return the rows; not null, unmodifiable
     */
    public Map<String, List<Cell>> rows() {
        return rows;
    }

    /**
     * Draws the heat map. A map without rows or columns says "no data".
     *
     * @param language the language of the "no data" text; not null
     * @return the chart; not null
     * @throws NullPointerException if {@code language} is null
     */
    public Svg render(ReportLanguage language) {
        Objects.requireNonNull(language, "language");
        if (rows.isEmpty() || columns.isEmpty()) {
            return new SvgCanvas(WIDTH, 120).noData(language).finish("otp-heat-map", title, description);
        }
        double labelWidth = 0;
        for (String row : rows.keySet()) {
            labelWidth = Math.max(labelWidth, SvgCanvas.textWidth(row, 12));
        }
        double left = Math.min(Math.max(labelWidth + 12, 60), WIDTH * 0.35);
        double cellWidth = (WIDTH - 10 - left) / columns.size();
        double top = 28;
        int height = (int) Math.ceil(top + rows.size() * ROW + 10);
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);
        canvas.openGroup("otp-columns");
        for (int c = 0; c < columns.size(); c++) {
            canvas.text(left + (c + 0.5) * cellWidth, top - 10, "middle", 11, "#1f2328", "otp-column-label",
                columns.get(c));
        }
        canvas.closeGroup();
        double y = top;
        for (Map.Entry<String, List<Cell>> row : rows.entrySet()) {
            canvas.openGroup("otp-row", "row", row.getKey());
            canvas.text(left - 6, y + ROW / 2 + 4, "end", 12, "#1f2328", row.getKey());
            List<Cell> cells = row.getValue();
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                double x = left + c * cellWidth;
                canvas.element("rect").attr("class", "otp-cell " + cell.tone().cssClass())
                    .data("row", row.getKey(), "column", columns.get(c), "status", cell.tone().name())
                    .num("x", x + 1).num("y", y + 1).num("width", cellWidth - 2).num("height", ROW - 2)
                    .attr("fill", cell.tone().colour())
                    .withTitle(row.getKey() + " – " + columns.get(c) + ": " + cell.label());
                canvas.text(x + cellWidth / 2, y + ROW / 2 + 4, "middle", 11, cell.tone().textColour(),
                    "otp-cell-label", cell.label());
            }
            canvas.closeGroup();
            y += ROW;
        }
        return canvas.finish("otp-heat-map", title, description);
    }

    /**
     * One cell: a status colour and the text that says it.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param tone the status colour; not null
     * @param label the text label; not null
     */
    public record Cell(StatusTone tone, String label) {

        /**
         * Checks the values.
         *
         * @param tone the status colour; not null
         * @param label the text label; not null
         * @throws NullPointerException if a value is null
         */
        public Cell {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(label, "label");
        }

        /**
         * Returns a cell.
         *
         * @param tone the status colour; not null
         * @param label the text label; not null
         * @return the cell; not null
         * @throws NullPointerException if a value is null
         */
        public static Cell of(StatusTone tone, String label) {
            return new Cell(tone, label);
        }
    }

    /**
     * Builds a {@link HeatMap}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String title;
        private final String description;
        private final List<String> columns = new ArrayList<>();
        private final Map<String, List<Cell>> rows = new LinkedHashMap<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /**
         * Sets the column headers.
         *
         * @param names the headers, such as the dimensions; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if {@code names} or a name is null
         * @throws IllegalStateException if rows were already added
         */
        public Builder columns(String... names) {
            Objects.requireNonNull(names, "names");
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns set after the first row");
            }
            columns.clear();
            for (String name : names) {
                columns.add(Objects.requireNonNull(name, "name"));
            }
            return this;
        }

        /**
         * Adds a row.
         *
         * @param label the row label, such as the project name; not null and not added before
         * @param cells one cell per column; not null, no null element
         * @return this builder; not null
         * @throws NullPointerException if an argument or a cell is null
         * @throws IllegalArgumentException if the label was added before or the number of cells is not the
         *     number of columns
         */
        public Builder row(String label, Cell... cells) {
            Objects.requireNonNull(label, "label");
            List<Cell> list = Arrays.asList(Objects.requireNonNull(cells, "cells"));
            if (rows.containsKey(label)) {
                throw new IllegalArgumentException("row '" + label + "' was added before");
            }
            if (list.size() != columns.size()) {
                throw new IllegalArgumentException("row '" + label + "' has " + list.size() + " cells, expected "
                    + columns.size() + " (one per column)");
            }
            rows.put(label, List.copyOf(list));
            return this;
        }

        /**
         * Builds the heat map.
         *
         * @return the heat map; not null
         */
        public HeatMap build() {
            return new HeatMap(this);
        }
    }
}
