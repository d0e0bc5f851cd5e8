package io.otp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.testing.MessageBundles;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** otp-persistence-spi's message bundles: the same keys and placeholders in English and Spanish, found by OtpMessages. */
class PersistenceMessagesTest {

    @Test
    void englishAndSpanishHaveTheSameKeysAndPlaceholders() {
        MessageBundles.assertEnglishAndSpanishAgree(PersistenceMessagesTest.class, "io.otp.persistence.");
    }

    @Test
    void violationsRenderWithTheirValues() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> PersistenceProviders.open("mongo", Map.of()));
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("no persistence provider is named \"mongo\"; found: memory");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es")))
            .isEqualTo("ningún proveedor de persistencia se llama \"mongo\"; encontrados: memory");
    }
}
