package io.otp.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.scoring.sensitivity.PointsMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** otp-scoring's message bundles: the same keys and placeholders in English and Spanish, found by OtpMessages. */
class ScoringMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScoringMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void englishAndSpanishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = bundle("ContributorValidationMessages.properties");
        Properties spanish = bundle("ContributorValidationMessages_es.properties");
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(spanish.getProperty(key))).as(key)
                .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(OtpMessages.isDefined(key)).as(key).isTrue();
        }
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
