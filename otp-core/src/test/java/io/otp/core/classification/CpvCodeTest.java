package io.otp.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.testing.CodeGenerators;
import io.otp.core.testing.Texts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpvCodeTest {

    /**
     * The published codes DOMAIN.md section 7 lists. Check digits by hand, weights 3 7 1 3 7 1 3 7:
     * 03000000: 3*7 = 21 -> 1; 03100000: 21 + 1 = 22 -> 2; 03110000: 22 + 1*3 = 25 -> 5;
     * 03111100: 25 + 1*7 + 1*1 = 33 -> 3; 30200000: 3*3 + 2*1 = 11 -> 1;
     * 30213000: 11 + 1*3 + 3*7 = 35 -> 5; 33000000: 9 + 21 = 30 -> 0; 45000000: 12 + 35 = 47 -> 7;
     * 48800000: 12 + 56 + 8 = 76 -> 6; 72000000: 21 + 14 = 35 -> 5; 72260000: 35 + 2 + 18 = 55 -> 5;
     * 79000000: 21 + 63 = 84 -> 4; 98000000: 27 + 56 = 83 -> 3.
     */
    @ParameterizedTest
    @ValueSource(strings = {"03000000-1", "03100000-2", "03110000-5", "03111100-3", "30200000-1",
        "30213000-5", "33000000-0", "45000000-7", "48800000-6", "72000000-5", "72260000-5",
        "79000000-4", "98000000-3"})
    void acceptsEveryPublishedCodeOfTheDomainReference(String code) {
        assertThat(CpvCode.of(code).toString()).isEqualTo(code);
    }

    @Test
    void acceptsEveryGeneratedValidCode() {
        qt().forAll(CodeGenerators.cpvCodes()).checkAssert(code -> {
            CpvCode cpv = CpvCode.of(code);
            assertThat(cpv.toString()).isEqualTo(code);
            assertThat(CpvCode.parse(cpv.toString())).isEqualTo(cpv);
        });
    }

    @Test
    void rejectsEverySingleCharacterSubstitution() {
        // Each weight (3, 7, 1) is prime to 10, so changing one digit always changes the sum mod 10;
        // a hyphen moved or replaced breaks the format. No substitution can be another valid code.
        qt().forAll(CodeGenerators.cpvCodes()).checkAssert(code -> {
            List<String> accepted = Texts.substitutions(code, CodeGenerators.CPV_ALPHABET).stream()
                .map(Texts.Substitution::text).filter(CpvCodeTest::accepted).collect(Collectors.toList());
            assertThat(accepted).as("substitutions of %s accepted", code).isEmpty();
        });
    }

    @Test
    void completesAMissingCheckDigit() {
        assertThat(CpvCode.of("72000000")).hasToString("72000000-5");
    }

    @Test
    void wrongCheckDigitNamesTheCodeExpected() {
        assertThatThrownBy(() -> CpvCode.of("72000000-4"))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).path()).isEqualTo("cpvCode");
                assertThat(e.violations().get(0).ruleId()).isEqualTo("CPV-CHECK-DIGIT");
                assertThat(e.violations().get(0).arguments()).containsEntry("expected", "72000000-5");
            });
    }

    @Test
    void hierarchyIsByPrefix() {
        assertThat(CpvCode.of("72260000-5").isWithin(CpvCode.of("72000000-5"))).isTrue();
        assertThat(CpvCode.of("72000000-5").isWithin(CpvCode.of("72260000-5"))).isFalse();
        assertThat(CpvCode.of("30213000-5").isWithin(CpvCode.of("72000000-5"))).isFalse();
    }

    private static boolean accepted(String text) {
        try {
            CpvCode.of(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
