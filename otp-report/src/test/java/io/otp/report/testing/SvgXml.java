package io.otp.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Parses SVG as XML with secure processing (no DTDs, no external entities) and finds marks. */
public final class SvgXml {

    private SvgXml() {
    }

    /**
     * Parses a document, failing the test if it is not well-formed.
     *
     * @param xml the document
     * @return the DOM
     */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /**
     * Returns the elements whose class attribute holds a class.
     *
     * @param document the DOM
     * @param cssClass the class
     * @return the elements in document order
     */
    public static List<Element> marks(Document document, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String c : e.getAttribute("class").split(" ")) {
                if (c.equals(cssClass)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /**
     * Asserts what every chart has: the svg root with role img, a title and a description named by
     * aria-labelledby, and no NaN or Infinity anywhere.
     *
     * @param svg the markup
     * @return the DOM
     */
    public static Document assertAccessibleAndFinite(String svg) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        Element desc = (Element) root.getElementsByTagNameNS("*", "desc").item(0);
        assertThat(title).isNotNull();
        assertThat(desc).isNotNull();
        assertThat(root.getAttribute("aria-labelledby"))
            .isEqualTo(title.getAttribute("id") + " " + desc.getAttribute("id"));
        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
        return document;
    }
}
