package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.report.testing.ReportGenerators;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(Markup.escape("<script>alert('x') & \"y\"</script>"))
            .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Markup.escape("Línea base")).isEqualTo("Línea base");
    }

    @Test
    void replacesControlCharactersXmlForbids() {
        assertThat(Markup.escape("a\u0000b\u001Fc\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
    }

    @Test
    void escapedTextHasNoMarkupCharacterLeft() {
        qt().forAll(ReportGenerators.hostileTexts()).checkAssert(text -> {
            String escaped = Markup.escape(text);
            assertThat(escaped).doesNotContain("<", ">", "\"", "'");
            assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
        });
    }
}
