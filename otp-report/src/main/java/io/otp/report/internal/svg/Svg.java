package io.otp.report.internal.svg;

import io.otp.report.Chart;
import io.otp.report.ReportDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A chart drawn as SVG, the SDK's {@link Chart}: the opening tag's attributes and the content, which the
 * charts of this package write escaped and well-formed; {@link #inline()} and {@link #standalone()} put
 * them in an {@code <svg>} element.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Svg implements Chart {

    private final String openTag;
    private final String content;

    Svg(String openTag, String content) {
        this.openTag = openTag;
        this.content = content;
    }

    /**
     * Returns the {@code <svg>} element to embed in HTML, without namespace declaration.
     *
     * @return the markup; not null
     */
    @Override
    public String inline() {
        return "<svg " + openTag + ">" + content + "</svg>";
    }

    /**
     * Returns a standalone SVG document: the XML declaration and the {@code <svg>} element with the SVG
     * namespace.
     *
     * @return the document; not null
     */
    @Override
    public String standalone() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"" + NAMESPACE + "\" " + openTag + ">"
            + content + "</svg>\n";
    }

    /**
     * Writes the standalone document to a file in UTF-8, replacing a regular file of that name; creates
     * missing parent directories. A symbolic link of that name is never followed ({@link ReportDirectory}).
     *
     * @param file the file, conventionally ending in {@code .svg}; not null
     * @return the file; not null
     * @throws NullPointerException if {@code file} is null
     * @throws io.otp.report.ReportFileException if the file is a symbolic link or cannot be written
     */
    @Override
    public Path writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        return ReportDirectory.writeFile(file, standalone().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Svg && ((Svg) o).openTag.equals(openTag) && ((Svg) o).content.equals(content);
    }

    @Override
    public int hashCode() {
        return openTag.hashCode() * 31 + content.hashCode();
    }

    /**
     * Returns the inline markup.
     *
     * @return the same as {@link #inline()}; not null
     */
    @Override
    public String toString() {
        return inline();
    }
}
