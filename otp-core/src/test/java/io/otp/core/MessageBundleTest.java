package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

    private static final Map<String, String> FILES = Map.of(
        "Test.properties", "greeting=Hello {name}, {count} new\npercent=at most {limit} % or 50%s and 'quoted' {0}\n"
            + "plain=No placeholders\n",
        "Test_es.properties", "greeting={count} nuevos, hola {name}\npercent=como mucho {limit} % o 50%s y 'entre"
            + " comillas' {0}\nplain=Sin marcadores — ñ\n");

    private static final MessageBundle BUNDLE = MessageBundle.load("Test", MessageBundleTest::open);

    private static InputStream open(String file) {
        String text = FILES.get(file);
        return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rendersNamedPlaceholdersInEachLanguage() {
        Map<String, Object> args = Map.of("name", "Ana", "count", 3);
        assertThat(BUNDLE.render(Language.ENGLISH, "greeting", args)).isEqualTo("Hello Ana, 3 new");
        assertThat(BUNDLE.render(Language.SPANISH, "greeting", args)).isEqualTo("3 nuevos, hola Ana");
        assertThat(BUNDLE.render(Language.SPANISH, "plain", Map.of())).isEqualTo("Sin marcadores — ñ");
    }

    @Test
    void noOtherCharacterIsSpecial() {
        assertThat(BUNDLE.render(Language.ENGLISH, "percent", Map.of("limit", "$1\\2")))
            .isEqualTo("at most $1\\2 % or 50%s and 'quoted' {0}");
        assertThat(MessageBundle.placeholders(BUNDLE.template(Language.ENGLISH, "percent"))).containsExactly("limit");
    }

    @Test
    void argumentsNoPlaceholderNamesAreIgnored() {
        assertThat(BUNDLE.render(Language.ENGLISH, "plain", Map.of("unused", 1))).isEqualTo("No placeholders");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThatThrownBy(() -> BUNDLE.render(Language.SPANISH, "missing", Map.of()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing").hasMessageContaining("es")
            .hasMessageContaining("Test");
        assertThat(BUNDLE.contains(Language.ENGLISH, "missing")).isFalse();
        assertThat(BUNDLE.contains(Language.ENGLISH, "plain")).isTrue();
    }

    @Test
    void refusesAMissingArgument() {
        assertThatThrownBy(() -> BUNDLE.render(Language.ENGLISH, "greeting", Map.of("name", "Ana")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count").hasMessageContaining("name");
        assertThatThrownBy(() -> MessageBundle.fill("{a} and {b}", Map.of("a", 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'");
    }

    @Test
    void placeholdersAreListedOnceInTheOrderTheyFirstAppear() {
        assertThat(MessageBundle.placeholders("{b} {a} {b} {0} {x.y_1}")).containsExactly("b", "a", "x.y_1");
        assertThat(MessageBundle.fill("{b} {a} {b}", Map.of("a", 1, "b", "two"))).isEqualTo("two 1 two");
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> MessageBundle.load("Absent", MessageBundleTest::open)).isInstanceOf(OtpException.class)
            .hasMessageContaining("Absent").hasMessageContaining("missing");
    }

    @Test
    void keysAreTheSameInEveryLanguageHere() {
        assertThat(BUNDLE.keys(Language.SPANISH)).isEqualTo(BUNDLE.keys(Language.ENGLISH))
            .containsExactly("greeting", "percent", "plain");
        assertThat(BUNDLE.name()).isEqualTo("Test");
    }
}
