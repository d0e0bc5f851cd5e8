package io.otp.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.testing.MessageBundles;
import io.otp.scoring.sensitivity.PointsMatrix;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** otp-scoring's message bundles: the same keys and placeholders in English and Spanish, found by OtpMessages. */
class ScoringMessagesTest {

    @Test
    void englishAndSpanishHaveTheSameKeysAndPlaceholders() {
        MessageBundles.assertEnglishAndSpanishAgree(ScoringMessagesTest.class, "io.otp.scoring.");
    }

    @Test
    void violationsRenderWithTheirValues() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> PointsMatrix.builder()
            .criterion(CriterionId.of("TECH"), java.math.BigDecimal.TEN)
            .points(BidId.of("B1"), CriterionId.of("TECH"), new java.math.BigDecimal("12"))
            .build());
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
            .isEqualTo("bid B1, criterion TECH: 12 points, allowed 0 to 10");
        assertThat(e.violations().get(0).message(Locale.forLanguageTag("es")))
            .isEqualTo("oferta B1, criterio TECH: 12 puntos; se admiten de 0 a 10");
    }
}
