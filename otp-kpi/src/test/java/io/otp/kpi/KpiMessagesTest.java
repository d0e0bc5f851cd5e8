package io.otp.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.testing.MessageBundles;
import io.otp.kpi.earning.WeightedMilestone;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** otp-kpi's message bundles: the same keys and placeholders in English and Spanish, found by OtpMessages. */
class KpiMessagesTest {

    @Test
    void englishAndSpanishHaveTheSameKeysAndPlaceholders() {
        MessageBundles.assertEnglishAndSpanishAgree(KpiMessagesTest.class, "io.otp.kpi.");
    }

    @Test
    void violationsRenderWithTheirValues() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> WeightedMilestone.of("go-live", new BigDecimal("-1"), false));
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("milestone go-live: weight -1 must be positive");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es")))
            .isEqualTo("hito go-live: el peso -1 debe ser positivo");
    }
}
