package io.otp.report.internal.svg;

import io.otp.report.Markup;
import io.otp.report.ReportLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes the elements of a chart. Coordinates are written with two decimals in a locale-neutral form; a
 * coordinate that is not finite (which the charts never compute) is written as 0, so the output is
 * never NaN or Infinity.
 */
final class SvgCanvas {

    static final String FONT = "font-family=\"Segoe UI, Liberation Sans, Arial, sans-serif\"";
    static final String AXIS_COLOUR = "#57606a";
    static final String GRID_COLOUR = "#d0d7de";
    /** Okabe-Ito palette: distinguishable with the common colour vision deficiencies. */
    static final List<String> PALETTE = List.of(
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
    /** Dash patterns that tell lines apart without colour (WCAG 2.1, 1.4.1). */
    static final List<String> DASHES = List.of("", "6 3", "2 3", "9 3 2 3");

    private final int width;
    private final int height;
    private final StringBuilder out = new StringBuilder(4096);

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static String n(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    static String dash(int index) {
        return DASHES.get(Math.floorMod(index, DASHES.size()));
    }

    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.55;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Element element(String name) {
        return new Element(name);
    }

    SvgCanvas openGroup(String cssClass, String... dataPairs) {
        Element g = new Element("g").attr("class", cssClass).data(dataPairs);
        g.openTag();
        return this;
    }

    SvgCanvas closeGroup() {
        out.append("</g>");
        return this;
    }

    SvgCanvas text(double x, double y, String anchor, double fontSize, String fill, String text) {
        return text(x, y, anchor, fontSize, fill, "otp-label", text);
    }

    SvgCanvas text(double x, double y, String anchor, double fontSize, String fill, String cssClass, String text) {
        new Element("text").attr("class", cssClass).num("x", x).num("y", y).attr("text-anchor", anchor)
            .num("font-size", fontSize).attr("fill", fill).raw(FONT).text(text);
        return this;
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, String cssClass) {
        new Element("line").attr("class", cssClass).num("x1", x1).num("y1", y1).num("x2", x2).num("y2", y2)
            .attr("stroke", stroke).attr("stroke-width", "1").empty();
        return this;
    }

    /** Draws the centred "no data" message of an empty chart. */
    SvgCanvas noData(ReportLanguage language) {
        new Element("rect").attr("class", "otp-frame").num("x", 0.5).num("y", 0.5).num("width", width - 1.0)
            .num("height", height - 1.0).attr("fill", "#ffffff").attr("stroke", GRID_COLOUR).empty();
        return text(width / 2.0, height / 2.0, "middle", 14, AXIS_COLOUR, "otp-no-data", language.text("chart.noData"));
    }

    /** Draws a legend of coloured swatches and their names in one row below the chart. */
    SvgCanvas legend(double x, double y, List<String> names, List<String> colours, String label) {
        openGroup("otp-legend");
        text(x, y, "start", 11, AXIS_COLOUR, label + ":");
        double cursor = x + textWidth(label + ":", 11) + 8;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (cursor + 16 + textWidth(name, 11) > width && cursor > x + 60) {
                y += 16;
                cursor = x;
            }
            new Element("rect").attr("class", "otp-legend-swatch").num("x", cursor).num("y", y - 9).num("width", 10)
                .num("height", 10).attr("fill", colours.get(i)).empty();
            text(cursor + 14, y, "start", 11, "#1f2328", name);
            cursor += 14 + textWidth(name, 11) + 14;
        }
        closeGroup();
        return this;
    }

    Svg finish(String cssClass, String title, String description) {
        String body = out.toString();
        String id = "otp-chart-" + Integer.toHexString((cssClass + '\n' + title + '\n' + description + '\n' + body)
            .hashCode());
        String openTag = "class=\"otp-chart " + Markup.escape(cssClass) + "\" width=\"" + width + "\" height=\""
            + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-labelledby=\"" + id
            + "-title " + id + "-desc\"";
        String content = "<title id=\"" + id + "-title\">" + Markup.escape(title) + "</title><desc id=\"" + id
            + "-desc\">" + Markup.escape(description) + "</desc>"
            + "<rect class=\"otp-background\" x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height
            + "\" fill=\"#ffffff\"/>" + body;
        return new Svg(openTag, content);
    }

    /** One element being written: attributes are escaped; numbers use {@link #n(double)}. */
    final class Element {

        private final String name;
        private final StringBuilder attrs = new StringBuilder();

        private Element(String name) {
            this.name = name;
        }

        Element attr(String attribute, String value) {
            if (!value.isEmpty() || !attribute.equals("stroke-dasharray")) {
                attrs.append(' ').append(attribute).append("=\"").append(Markup.escape(value)).append('"');
            }
            return this;
        }

        Element num(String attribute, double value) {
            attrs.append(' ').append(attribute).append("=\"").append(n(value)).append('"');
            return this;
        }

        Element data(String... pairs) {
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                attr("data-" + pairs[i], pairs[i + 1]);
            }
            return this;
        }

        Element raw(String attributes) {
            attrs.append(' ').append(attributes);
            return this;
        }

        void empty() {
            out.append('<').append(name).append(attrs).append("/>");
        }

        void text(String text) {
            out.append('<').append(name).append(attrs).append('>').append(Markup.escape(text)).append("</")
                .append(name).append('>');
        }

        /** Writes the element with a tooltip ({@code <title>} child, shown on hover and read aloud). */
        void withTitle(String tooltip) {
            out.append('<').append(name).append(attrs).append("><title>").append(Markup.escape(tooltip))
                .append("</title></").append(name).append('>');
        }

        void openTag() {
            out.append('<').append(name).append(attrs).append('>');
        }
    }
}
