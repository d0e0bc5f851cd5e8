package io.otp.codelists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The pre-built index format: what is written is read back unchanged, and damage is detected. */
class IndexFormatTest {

    private static CodeTable readBack(CodeTable table) {
        StringWriter out = new StringWriter();
        try {
            IndexFormat.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IndexFormat.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** Replaces the halves of surrogate pairs that shrinking may cut apart, which UTF-8 text cannot hold. */
    private static String wellFormed(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void anyTableRoundTrips() {
        // Property: values with tabs, line breaks, backslashes and any other character come back unchanged
        // (well-formed text: the lists are UTF-8, so an unpaired surrogate cannot occur in them; the
        // generator of code points beyond the BMP can leave one, so its strings are made well-formed).
        Gen<String> text = strings().basicLatinAlphabet().ofLengthBetween(0, 12)
            .mix(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 6), 20)
            .mix(strings().betweenCodePoints(0x1F300, 0x1F6FF).ofLengthBetween(0, 3).map(IndexFormatTest::wellFormed), 10)
            .mix(lists().of(strings().betweenCodePoints('\t', '\\').ofLengthBetween(0, 3)).ofSizeBetween(0, 4)
                .map(l -> String.join("\\\t\n\r", l)), 30);
        Gen<CodeRow> rows = text.zip(text, text, text, (a, b, c, d) -> new CodeRow("c" + a, b, c, d));
        qt().forAll(lists().of(rows).ofSizeBetween(1, 20), text).checkAssert((list, version) -> {
            CodeTable table = new CodeTable("list", version, "1.15.1", list);
            assertThat(readBack(table)).isEqualTo(table);
        });
    }

    @Test
    void aTruncatedIndexIsDetected() {
        String truncated = IndexFormat.MAGIC + "\tname=cpv\tversion=2008\teforms-sdk=1.15.1\trows=3\n"
            + "03000000\t\tProductos\tProducts\n";
        assertThatThrownBy(() -> IndexFormat.read(new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)),
            "cpv.tsv")).isInstanceOf(SourceException.class).hasMessage("cpv.tsv has 1 rows, its header says 3");
        assertThatThrownBy(() -> IndexFormat.read(new ByteArrayInputStream("03000000\n".getBytes(StandardCharsets.UTF_8)),
            "cpv.tsv")).isInstanceOf(SourceException.class).hasMessage("cpv.tsv is not an otp-codelists index");
        String badLine = IndexFormat.MAGIC + "\trows=1\n03000000\tonly two\n";
        assertThatThrownBy(() -> IndexFormat.read(new ByteArrayInputStream(badLine.getBytes(StandardCharsets.UTF_8)),
            "cpv.tsv")).isInstanceOf(SourceException.class).hasMessage("cpv.tsv: line 2 has 2 fields, expected 4");
    }

    @Test
    void theBuiltIndexListsEveryIndexedListWithItsSdkVersion() {
        IndexSource index = IndexSource.open(new SdkJarSource(ClassLoader.getPlatformClassLoader())).orElseThrow();
        assertThat(index.sdkVersion()).isEqualTo("1.15.1");
        assertThat(IndexSource.INDEXED.stream().filter(index::has).collect(Collectors.toList()))
            .isEqualTo(IndexSource.INDEXED);
        assertThat(index.has("country")).isFalse();
        assertThat(List.of(index.load("number-fixed").rows().get(0)))
            .containsExactly(new CodeRow("fix-tot", "", "Valor fijo (total)", "Fixed value (total)"));
    }
}
