package io.otp.report;

import java.nio.file.Path;

/**
 * A chart of a report, drawn as SVG (Scalable Vector Graphics 1.1). {@link #inline()} is the
 * {@code <svg>} element a page embeds (the HTML parser puts it in the SVG namespace);
 * {@link #standalone()} is a complete SVG document with the XML declaration and the SVG namespace, which
 * {@link #writeTo(Path)} saves.
 *
 * <p>Every chart of the SDK is an image with a text alternative (role {@code img}, {@code <title>} and
 * {@code <desc>}; WCAG 2.1, 1.1.1 Non-text Content), shows status by colour and text label (1.4.1 Use of
 * Color), escapes every text and is deterministic: the same data give the same bytes. Two charts are
 * equal when their markup is.
 *
 * <p>Implementations are immutable and thread-safe; the SDK creates them ({@link Report#charts()}).
 */
public interface Chart {

    /** The SVG namespace (SVG 1.1, 1.2). */
    String NAMESPACE = "http://www.w3.org/2000/svg";

    /**
     * Returns the {@code <svg>} element to embed in HTML, without namespace declaration.
     *
     * @return the markup; not null
     */
    String inline();

    /**
     * Returns a standalone SVG document: the XML declaration and the {@code <svg>} element with the SVG
     * namespace.
     *
     * @return the document; not null
     */
    String standalone();

    /**
     * Writes the standalone document to a file in UTF-8, replacing a regular file of that name; creates
     * missing parent directories. A symbolic link of that name is never followed ({@link ReportDirectory}).
     *
     * @param file the file, conventionally ending in {@code .svg}; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws ReportFileException if the file is a symbolic link or cannot be written
     */
    Path writeTo(Path file);
}
