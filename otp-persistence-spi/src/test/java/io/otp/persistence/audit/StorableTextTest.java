package io.otp.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.otp.core.json.OtpJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which characters no store keeps as given, in plain text and in JSON, with or without escapes. */
class StorableTextTest {

    @Test
    void nulAndLoneSurrogatesAreFoundWhereTheyAre() {
        assertThat(StorableText.firstUnkept("memoria técnica")).isEqualTo(-1);
        assertThat(StorableText.firstUnkept("a\ud83d\ude00b")).isEqualTo(-1);
        assertThat(StorableText.firstUnkept("ab\u0000")).isEqualTo(2);
        assertThat(StorableText.firstUnkept("a\ud83d")).isEqualTo(1);
        assertThat(StorableText.firstUnkept("a\ud83dx")).isEqualTo(1);
        assertThat(StorableText.firstUnkept("\ude00a")).isZero();
        assertThat(StorableText.firstUnkept("\ud83d\ud83d\ude00")).isZero();
    }

    @Test
    void inJsonEscapesCountAsTheCharactersTheyStandFor() {
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"x\\u0000\"}")).isEqualTo(7);
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"x\\\\u0000\"}")).isEqualTo(-1); // an escaped backslash
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"\\ud83d\\ude00\"}")).isEqualTo(-1);
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"\\ud83d\"}")).isEqualTo(6);
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"\\ud83d\ude00\"}")).isEqualTo(-1); // escape + raw
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"\ud83d\"}")).isEqualTo(6);
        assertThat(StorableText.firstUnkeptInJson("{\"a\":\"\\ude00x\"}")).isEqualTo(6);
    }

    @Test
    void theJsonOfAnyTextHasAnUnkeptCharacterExactlyWhenTheTextHas() {
        qt().forAll(strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12)).checkAssert(text -> {
            String json = OtpJson.standard().write(Map.of("a", text));
            assertThat(StorableText.firstUnkeptInJson(json) >= 0).as("%s", json)
                .isEqualTo(StorableText.firstUnkept(text) >= 0);
        });
    }
}
