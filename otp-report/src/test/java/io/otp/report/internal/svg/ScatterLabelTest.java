package io.otp.report.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.report.ReportLanguage;
import io.otp.report.testing.SvgXml;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ScatterLabelTest {

    @Test
    void labelOfAPointNearTheRightEdgeIsWrittenToItsLeft() {
        Svg svg = ScatterChart.builder("SPI / CPI", "Two projects").axisTitles("SPI", "CPI")
            .point("PRJ-2026-001 left", new BigDecimal("0.80"), new BigDecimal("1.00"))
            .point("PRJ-2026-002 right", new BigDecimal("1.10"), new BigDecimal("1.00"))
            .build().render(ReportLanguage.ENGLISH);
        Document doc = SvgXml.assertAccessibleAndFinite(svg.standalone());
        List<Element> labels = SvgXml.marks(doc, "otp-point-label");
        List<Element> points = SvgXml.marks(doc, "otp-point");
        assertThat(labels.get(0).getAttribute("text-anchor")).isEqualTo("start");
        assertThat(labels.get(1).getAttribute("text-anchor")).isEqualTo("end");
        assertThat(Double.parseDouble(labels.get(1).getAttribute("x")))
            .isLessThan(Double.parseDouble(points.get(1).getAttribute("cx")));
    }
}
