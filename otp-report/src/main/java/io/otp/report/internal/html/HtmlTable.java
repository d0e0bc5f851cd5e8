package io.otp.report.internal.html;

import io.otp.report.StatusTone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A semantic data table: a {@code <caption>}, column headers ({@code <th scope="col">} in
 * {@code <thead>}) and one row header per row ({@code <th scope="row">}), so screen readers announce
 * each cell with its headers (WCAG 2.1, 1.3.1 Info and Relationships; HTML Living Standard, 4.9).
 * Cells of numeric columns carry the class {@code otp-num}: right-aligned, kept on one line.
 *
 * <pre>{@code
 * HtmlTable table = HtmlTable.builder("Scores of lot 1")
 *     .rowHeader("Bidder")
 *     .column("Technical offer")
 *     .numericColumn("Total points")
 *     .row("ACME S.L.", "Good", "87,25")
 *     .cells("Beta S.A.", HtmlTable.Cell.badge(StatusTone.RED, "Excluded"), HtmlTable.Cell.text("0,00"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlTable {

    private final String caption;
    private final String rowHeader;
    private final List<String> columns;
    private final List<Boolean> numeric;
    private final List<String> rowHeaders;
    private final List<List<Cell>> rows;

    private HtmlTable(Builder b) {
        this.caption = b.caption;
        this.rowHeader = b.rowHeader;
        this.columns = List.copyOf(b.columns);
        this.numeric = List.copyOf(b.numeric);
        this.rowHeaders = List.copyOf(b.rowHeaders);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> row : b.rows) {
            copy.add(List.copyOf(row));
        }
        this.rows = List.copyOf(copy);
    }

    /**
     * Starts a table.
     *
     * @param caption the caption that names the table; not null
     * @return a new builder; not null
     * @throws NullPointerException if {@code caption} is null
     */
    public static Builder builder(String caption) {
        return new Builder(Objects.requireNonNull(caption, "caption"));
    }

    /**
     * Returns the caption.
     *
     * @return the caption; not null
     */
    public String caption() {
        return caption;
    }

    /**
     * Returns the number of body rows.
     *
     * @return the number of rows
     */
    public int rowCount() {
        return rows.size();
    }

    void writeTo(StringBuilder out) {
        out.append("<table class=\"otp-table\">\n<caption>").append(esc(caption)).append("</caption>\n");
        out.append("<thead>\n<tr><th scope=\"col\">").append(esc(rowHeader)).append("</th>");
        for (int c = 0; c < columns.size(); c++) {
            out.append("<th scope=\"col\"").append(numeric.get(c) ? " class=\"otp-num\"" : "").append('>')
                .append(esc(columns.get(c))).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            out.append("<tr><th scope=\"row\">").append(esc(rowHeaders.get(r))).append("</th>");
            List<Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                out.append(numeric.get(c) ? "<td class=\"otp-num\">" : "<td>");
                row.get(c).writeTo(out);
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String esc(String text) {
        return io.otp.report.Markup.escape(text);
    }

    /**
     * One data cell: a text, or a status badge (colour and text label).
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Cell {

        private final String text;
        private final StatusTone tone;

        private Cell(String text, StatusTone tone) {
            this.text = text;
            this.tone = tone;
        }

        /**
         * Returns a cell showing a text (for a number: the number formatted by the report language).
         *
         * @param text the text; not null
         * @return the cell; not null
         * @throws NullPointerException if {@code text} is null
         */
        public static Cell text(String text) {
            return new Cell(Objects.requireNonNull(text, "text"), null);
        }

        /**
         * Returns a cell showing a status badge.
         *
         * @param tone the status colour; not null
         * @param label the text label that says the status without the colour; not null
         * @return the cell; not null
         * @throws NullPointerException if an argument is null
         */
        public static Cell badge(StatusTone tone, String label) {
            return new Cell(Objects.requireNonNull(label, "label"), Objects.requireNonNull(tone, "tone"));
        }

        void writeTo(StringBuilder out) {
            if (tone == null) {
                out.append(esc(text));
            } else {
                HtmlWriter.appendBadge(out, tone, text);
            }
        }
    }

    /**
     * Builds an {@link HtmlTable}. A builder is not thread-safe.
     */
    public static final class Builder {

        private final String caption;
        private String rowHeader = "";
        private final List<String> columns = new ArrayList<>();
        private final List<Boolean> numeric = new ArrayList<>();
        private final List<String> rowHeaders = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String caption) {
            this.caption = caption;
        }

        /**
         * Sets the header of the first column, which holds the row headers.
         *
         * @param header the header, such as "Bidder"; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code header} is null
         */
        public Builder rowHeader(String header) {
            this.rowHeader = Objects.requireNonNull(header, "header");
            return this;
        }

        /**
         * Adds a text column.
         *
         * @param header the column header; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code header} is null
         * @throws IllegalStateException if rows were already added
         */
        public Builder column(String header) {
            return addColumn(header, false);
        }

        /**
         * Adds a numeric column: its cells are right-aligned and kept on one line.
         *
         * @param header the column header; not null
         * @return this builder; not null
         * @throws NullPointerException if {@code header} is null
         * @throws IllegalStateException if rows were already added
         */
        public Builder numericColumn(String header) {
            return addColumn(header, true);
        }

        private Builder addColumn(String header, boolean isNumeric) {
            Objects.requireNonNull(header, "header");
            if (!rows.isEmpty()) {
                throw new IllegalStateException("column '" + header + "' added after the first row");
            }
            columns.add(header);
            numeric.add(isNumeric);
            return this;
        }

        /**
         * Adds a row of texts.
         *
         * @param header the row header, such as the bidder's name; not null
         * @param cells one text per column; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument or a cell is null
         * @throws IllegalArgumentException if the number of cells is not the number of columns
         */
        public Builder row(String header, String... cells) {
            Objects.requireNonNull(cells, "cells");
            Cell[] converted = new Cell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                converted[i] = Cell.text(cells[i]);
            }
            return cells(header, converted);
        }

        /**
         * Adds a row of cells.
         *
         * @param header the row header; not null
         * @param cells one cell per column; not null
         * @return this builder; not null
         * @throws NullPointerException if an argument or a cell is null
         * @throws IllegalArgumentException if the number of cells is not the number of columns
         */
        public Builder cells(String header, Cell... cells) {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(cells, "cells");
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("row '" + header + "' has " + cells.length + " cells, expected "
                    + columns.size() + " (one per column)");
            }
            List<Cell> row = new ArrayList<>();
            for (Cell cell : cells) {
                row.add(Objects.requireNonNull(cell, "cell"));
            }
            rowHeaders.add(header);
            rows.add(row);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table; not null
         */
        public HtmlTable build() {
            return new HtmlTable(this);
        }
    }
}
