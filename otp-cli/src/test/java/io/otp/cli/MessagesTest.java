package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.cli.input.InputFiles;
import io.otp.core.Language;
import io.otp.core.MessageBundle;
import io.otp.core.testing.MessageKeys;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CLI's texts: every key its code names exists in English and Spanish with the arguments it needs. */
class MessagesTest {

    private static final MessageBundle BUNDLE =
        MessageBundle.load("messages", resource -> Messages.class.getResourceAsStream(resource));

    /** Keys the code passes through a variable (CsvEvaluation.rows), with the arguments it gives them. */
    private static final Map<String, Set<String>> KEYS_IN_VARIABLES = Map.of(
        "csv.tooManyCriteria", Set.of("line", "max", "rule"),
        "csv.tooManyBids", Set.of("line", "max", "rule"));

    @Test
    void englishAndSpanishHaveTheSameKeysAndPlaceholdersAndNoOtherPlaceholderSyntax() {
        MessageKeys.assertLanguagesAgree(BUNDLE);
    }

    @Test
    void everyKeyTheCommandsUseExistsInBothLanguagesAndGetsEveryArgumentItsTextNeeds() {
        List<MessageKeys.Use> uses = MessageKeys.assertUsedKeysExist(BUNDLE, Path.of("src/main/java"), "text");
        Set<String> used = new HashSet<>();
        uses.forEach(u -> used.add(u.key()));
        KEYS_IN_VARIABLES.forEach((key, arguments) -> {
            for (Language language : Language.values()) {
                assertThat(arguments).as(key).containsAll(MessageBundle.placeholders(BUNDLE.template(language, key)));
            }
            used.add(key);
        });
        assertThat(used).as("keys no code uses").containsAll(BUNDLE.keys(Language.ENGLISH));
    }

    @Test
    void refusesAnUnknownKeyAndAMissingArgument() {
        for (Language language : Language.values()) {
            Messages m = Messages.of(language);
            assertThatThrownBy(() -> m.text("no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
            assertThatThrownBy(() -> m.text("table.title", Map.of("tender", "T-1", "lot", "L1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        }
    }

    @Test
    void valuesButNumbersAreShownOnOneLineAndPercentSignsAreText() {
        assertThat(Messages.of(Language.ENGLISH).text("sensitivity.progress",
            Map.of("done", 5, "samples", 10, "percent", 50L))).isEqualTo("sensitivity: 5 of 10 samples (50 %)");
        assertThat(Messages.of(Language.SPANISH).text("evaluate.written", Map.of("file", "a\nb.html")))
            .doesNotContain("\n").contains("a\\u000ab.html");
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedPositionalArgumentsFillThePlaceholdersInTheirOrder() {
        assertThat(InputFiles.text(Language.ENGLISH.locale(), "error.file.tooLarge", 1048576, "JSON", 1048576, 1,
            "OTP-LIMIT")).isEqualTo(InputFiles.text(Language.ENGLISH.locale(), "error.file.tooLarge",
                Map.of("max", 1048576, "kind", "JSON", "mib", 1, "rule", "OTP-LIMIT")))
            .contains("more than 1048576 bytes; a JSON file");
    }
}
