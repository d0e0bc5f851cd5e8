package io.otp.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaReferenceTest {

    @Test
    void keepsIdAndSortedParameters() {
        FormulaReference f = FormulaReference.builder().id("proportional-corrected")
            .putParameters("significantDiscount", new BigDecimal("5"))
            .putParameters("alpha", BigDecimal.ONE).build();
        assertThat(f.parameters().keySet()).containsExactly("alpha", "significantDiscount");
        assertThat(f.toString()).isEqualTo("proportional-corrected{alpha=1, significantDiscount=5}");
    }

    @Test
    void rejectsMalformedIdNamingTheField() {
        assertThatThrownBy(() -> FormulaReference.of("Linear Discount"))
            .isInstanceOf(ValidationException.class)
            .hasMessageStartingWith("id [OTP-FORMULA-ID]").hasMessageContaining("Linear Discount");
    }

    @Test
    void missingIdIsNamed() {
        assertThatThrownBy(() -> FormulaReference.builder().build())
            .isInstanceOf(MissingValueException.class).hasMessageContaining("id");
    }

    @Test
    void roundTripsThroughJackson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        FormulaReference f = FormulaReference.builder().id("power")
            .putParameters("exponent", new BigDecimal("0.5")).build();
        String json = mapper.writeValueAsString(f);
        assertThat(json).isEqualTo("{\"id\":\"power\",\"parameters\":{\"exponent\":0.5}}");
        assertThat(mapper.readValue(json, FormulaReference.class)).isEqualTo(f);
    }

    /** A parameter is counted before it is written out, as a bid's formula value is. */
    @Test
    void aParameterTooLongToWriteOutIsRefusedWithoutWritingItOut() {
        for (String number : List.of("1E+100000000", "1E+1000000000", "1E-1000000000")) {
            ValidationException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> org.assertj.core.api.Assertions.catchThrowableOfType(() -> FormulaReference.builder()
                    .id("linear-bounds").putParameters("best", new BigDecimal(number)).build(),
                    ValidationException.class), number);
            assertThat(e).as(number).isNotNull();
            assertThat(e.violations()).as(number).extracting(Violation::path, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parameters[best]", "OTP-DECIMAL-DIGITS"));
            assertThat(e.violations().get(0).arguments()).as(number).containsEntry("value", number)
                .containsEntry("maximum", "100");
        }
        FormulaReference f = FormulaReference.builder().id("linear-bounds")
            .putParameters("best", new BigDecimal("1E+99")).build();
        assertThat(f.parameters().get("best").scale()).isZero();
        assertThat(OtpJson.standard().read(OtpJson.standard().write(f), FormulaReference.class)).isEqualTo(f);
    }
}
