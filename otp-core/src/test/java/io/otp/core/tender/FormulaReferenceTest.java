package io.otp.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import java.math.BigDecimal;
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
}
