package io.otp.codelists.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OASIS genericode 1.0 codelist, the format of the eForms SDK's {@code codelists/*.gc},
 * with StAX: one pass, keeping only the columns the SDK uses ({@code code}, {@code parentCode},
 * {@code spa_label}, {@code eng_label}, and {@code Name} as a fallback label), so memory grows with
 * those columns and not with the file (cpv.gc is 32 MB, labels in 24 languages).
 *
 * <p>The JDK's own StAX implementation is used ({@link XMLInputFactory#newDefaultFactory()}), with DTDs
 * and external entities disabled. A missing label falls back to the other language, then to the
 * {@code Name} column, then to the code.
 */
public final class GenericodeReader {

    private static final int BUFFER = 1 << 16;

    private GenericodeReader() {
    }

    /**
     * Reads a codelist.
     *
     * @param in the genericode document; not null; not closed here
     * @param name the list's name, e.g. {@code cpv}; not null
     * @param sdkVersion the eForms SDK version the document comes from; not null
     * @return the list, rows in document order; not null
     * @throws SourceException if the document is not a readable genericode codelist
     */
    public static CodeTable read(InputStream in, String name, String sdkVersion) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new BufferedInputStream(in, BUFFER), "UTF-8");
            try {
                return read(r, name, sdkVersion);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceException("codelist " + name + " is not readable genericode: " + e.getMessage(), e);
        }
    }

    private static CodeTable read(XMLStreamReader r, String name, String sdkVersion) throws XMLStreamException {
        List<CodeRow> rows = new ArrayList<>();
        String version = null;
        boolean identification = false;
        String column = null;
        String[] row = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "Identification":
                        identification = true;
                        break;
                    case "Version":
                        if (identification && version == null) {
                            version = r.getElementText().trim();
                        }
                        break;
                    case "Row":
                        row = new String[Column.values().length];
                        break;
                    case "Value":
                        column = r.getAttributeValue(null, "ColumnRef");
                        break;
                    case "SimpleValue":
                        Column c = Column.of(column);
                        if (row != null && c != null) {
                            row[c.ordinal()] = r.getElementText();
                        }
                        break;
                    default:
                        break;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = r.getLocalName();
                if (element.equals("Identification")) {
                    identification = false;
                } else if (element.equals("Value")) {
                    column = null;
                } else if (element.equals("Row") && row != null) {
                    rows.add(toRow(row, name, rows.size()));
                    row = null;
                }
            }
        }
        if (rows.isEmpty()) {
            throw new SourceException("codelist " + name + " has no rows: not a genericode codelist");
        }
        return new CodeTable(name, version == null ? "" : version, sdkVersion, rows);
    }

    private static CodeRow toRow(String[] values, String name, int index) {
        String code = trimmed(values[Column.CODE.ordinal()]);
        if (code == null) {
            throw new SourceException("codelist " + name + ": row " + (index + 1) + " has no code");
        }
        String parent = trimmed(values[Column.PARENT.ordinal()]);
        String label = trimmed(values[Column.NAME.ordinal()]);
        String english = firstOf(trimmed(values[Column.ENGLISH.ordinal()]), label, code);
        String spanish = firstOf(trimmed(values[Column.SPANISH.ordinal()]), english, code);
        return new CodeRow(code, parent == null ? "" : parent, spanish, english);
    }

    private static String firstOf(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The columns kept; every other column of the file is skipped. */
    private enum Column {
        CODE, PARENT, SPANISH, ENGLISH, NAME;

        static Column of(String id) {
            if (id == null) {
                return null;
            }
            switch (id) {
                case "code":
                    return CODE;
                case "parentCode":
                    return PARENT;
                case "spa_label":
                    return SPANISH;
                case "eng_label":
                    return ENGLISH;
                case "Name":
                    return NAME;
                default:
                    return null;
            }
        }
    }

    /**
     * Reads a codelist and closes the stream.
     *
     * @param in the genericode document; not null; closed here
     * @param name the list's name; not null
     * @param sdkVersion the eForms SDK version; not null
     * @return the list, not null
     * @throws SourceException if the document is not readable
     */
    public static CodeTable readAndClose(InputStream in, String name, String sdkVersion) {
        try (InputStream stream = in) {
            return read(stream, name, sdkVersion);
        } catch (IOException e) {
            throw new SourceException("codelist " + name + " could not be read: " + e.getMessage(), e);
        }
    }
}
