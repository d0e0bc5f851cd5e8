package io.otp.codelists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The StAX reader of genericode files, on small hand-written documents shaped like the SDK's. */
class GenericodeReaderTest {

    private static InputStream xml(String rows) {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gc:CodeList xmlns:gc=\"http://docs.oasis-open.org/codelist/ns/genericode/1.0/\">"
            + "<Identification><ShortName>x</ShortName><Version>2024</Version>"
            + "<Agency><ShortName>OP</ShortName></Agency></Identification>"
            + "<ColumnSet/><SimpleCodeList>" + rows + "</SimpleCodeList></gc:CodeList>";
        return new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(String column, String text) {
        return "<Value ColumnRef=\"" + column + "\"><SimpleValue>" + text + "</SimpleValue></Value>";
    }

    @Test
    void readsTheCodeParentAndBothLabelsAndSkipsOtherLanguages() {
        CodeTable t = GenericodeReader.read(xml("<Row>" + value("code", "ES3") + value("Name", "Madrid")
            + value("parentCode", " ES ") + value("bul_label", "Мадрид") + value("eng_label", "Community of Madrid")
            + value("spa_label", "Comunidad de Madrid") + "</Row>"), "nuts", "1.15.1");
        assertThat(t.name()).isEqualTo("nuts");
        assertThat(t.version()).isEqualTo("2024");
        assertThat(t.sdkVersion()).isEqualTo("1.15.1");
        assertThat(t.rows()).containsExactly(new CodeRow("ES3", "ES", "Comunidad de Madrid", "Community of Madrid"));
    }

    @Test
    void missingLabelsFallBackToTheOtherLanguageThenTheNameThenTheCode() {
        CodeTable t = GenericodeReader.read(xml(
            "<Row>" + value("code", "a") + value("eng_label", "English only") + "</Row>"
                + "<Row>" + value("code", "b") + value("Name", "Name only") + "</Row>"
                + "<Row>" + value("code", "c") + "</Row>"), "x", "1");
        assertThat(t.rows()).containsExactly(new CodeRow("a", "", "English only", "English only"),
            new CodeRow("b", "", "Name only", "Name only"), new CodeRow("c", "", "c", "c"));
    }

    @Test
    void aRowWithoutCodeOrADocumentWithoutRowsIsRejected() {
        assertThatThrownBy(() -> GenericodeReader.read(xml("<Row>" + value("Name", "x") + "</Row>"), "x", "1"))
            .isInstanceOf(SourceException.class).hasMessage("codelist x: row 1 has no code");
        assertThatThrownBy(() -> GenericodeReader.read(xml(""), "x", "1"))
            .isInstanceOf(SourceException.class).hasMessageContaining("has no rows");
        assertThatThrownBy(() -> GenericodeReader.read(new ByteArrayInputStream("<a>".getBytes(StandardCharsets.UTF_8)),
            "x", "1")).isInstanceOf(SourceException.class).hasMessageContaining("is not readable genericode");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
            + "<r><Row><Value ColumnRef=\"code\"><SimpleValue>&x;</SimpleValue></Value></Row></r>";
        InputStream in = new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> GenericodeReader.read(in, "x", "1")).isInstanceOf(SourceException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }
}
