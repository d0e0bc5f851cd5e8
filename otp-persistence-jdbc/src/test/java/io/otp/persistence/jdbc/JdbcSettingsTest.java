package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import org.junit.jupiter.api.Test;

class JdbcSettingsTest {

    @Test
    void theDefaultPrefixIsOtp() {
        assertThat(JdbcSettings.defaults().tablePrefix()).isEqualTo("otp_");
        assertThat(JdbcSettings.defaults().withTablePrefix("Office2_").tablePrefix()).isEqualTo("office2_");
        assertThat(JdbcSettings.defaults().withTablePrefix("a".repeat(JdbcSettings.MAX_PREFIX_LENGTH)).tablePrefix())
            .hasSize(JdbcSettings.MAX_PREFIX_LENGTH);
    }

    @Test
    void aPrefixThatIsNotALetterFollowedByLettersDigitsOrUnderscoresIsRejected() {
        for (String bad : new String[] {"", "1otp", "_otp", "otp-", "otp;DROP TABLE x;--", "o\"tp", "ótp", "otp ",
            "a".repeat(JdbcSettings.MAX_PREFIX_LENGTH + 1)}) {
            assertThatThrownBy(() -> JdbcSettings.defaults().withTablePrefix(bad)).as(bad)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("tablePrefix"));
        }
    }

    @Test
    void connectionErrorsDoNotRepeatTheParametersOfTheUrl() {
        assertThat(JdbcProviderFactory.redacted("jdbc:postgresql://db/otp?user=otp&password=secret"))
            .isEqualTo("jdbc:postgresql://db/otp…");
        assertThat(JdbcProviderFactory.redacted("jdbc:h2:mem:x;PASSWORD=secret")).isEqualTo("jdbc:h2:mem:x…");
        assertThat(JdbcProviderFactory.redacted("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }
}
