package io.otp.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Percentage;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The second measure of LCSP art. 147.2.a: "el mayor número de trabajadores fijos con discapacidad en
 * plantilla, o el mayor número de personas trabajadoras en inclusión en la plantilla", read as the sum
 * of both counts.
 */
class TieBreakDataTest {

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    void secondMeasureAddsPermanentDisabledAndInclusionWorkers() {
        TieBreakData both = TieBreakData.builder().permanentDisabledWorkers(3).inclusionWorkers(2).build();
        // 3 permanent workers with a disability + 2 workers in inclusion = 5
        assertThat(both.permanentDisabledOrInclusionWorkers()).contains(5L);
    }

    @Test
    void aCountNotFiledAddsNothingAndNeitherFiledIsEmpty() {
        assertThat(TieBreakData.builder().inclusionWorkers(4).build().permanentDisabledOrInclusionWorkers())
            .contains(4L);
        assertThat(TieBreakData.builder().permanentDisabledWorkers(7).build().permanentDisabledOrInclusionWorkers())
            .contains(7L);
        assertThat(TieBreakData.builder().permanentDisabledWorkers(0).build().permanentDisabledOrInclusionWorkers())
            .contains(0L);
        assertThat(TieBreakData.none().permanentDisabledOrInclusionWorkers()).isEmpty();
    }

    @Test
    void theSumOfTwoLargestCountsDoesNotOverflow() {
        TieBreakData big = TieBreakData.builder().permanentDisabledWorkers(Integer.MAX_VALUE)
            .inclusionWorkers(Integer.MAX_VALUE).build();
        // 2 * 2,147,483,647 = 4,294,967,294
        assertThat(big.permanentDisabledOrInclusionWorkers()).contains(4_294_967_294L);
    }

    @Test
    void negativeCountOfWorkersInInclusionIsRejectedNamingFieldValueAndRule() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> TieBreakData.builder().inclusionWorkers(-2).build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("inclusionWorkers");
            assertThat(v.ruleId()).isEqualTo("LCSP-147.2");
            assertThat(v.message()).isEqualTo("the number of workers in inclusion cannot be negative, got -2"
                + " (LCSP art. 147.2.a)");
            assertThat(v.message(Locale.forLanguageTag("es"))).isEqualTo("el número de personas trabajadoras en"
                + " inclusión no puede ser negativo; se recibió -2 (art. 147.2.a LCSP)");
        });
    }

    @Test
    void bothNegativeCountsAreReportedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> TieBreakData.builder().permanentDisabledWorkers(-1).inclusionWorkers(-1).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("permanentDisabledWorkers", "inclusionWorkers");
    }

    @Test
    void jsonWithoutTheCountOfWorkersInInclusionStillReads() {
        // JSON written before the count of workers in inclusion existed
        TieBreakData old = JSON.read("{\"disabledWorkersPercentage\":2.5,\"permanentDisabledWorkers\":3}",
            TieBreakData.class);
        assertThat(old.inclusionWorkers()).isEmpty();
        assertThat(old.permanentDisabledWorkers()).contains(3);
        assertThat(old.disabledWorkersPercentage()).contains(Percentage.of("2.5"));
        assertThat(old.permanentDisabledOrInclusionWorkers()).contains(3L);
    }

    @Test
    void jsonOfTheNewCountIsDeterministicAndRoundTrips() {
        TieBreakData data = TieBreakData.builder().inclusionWorkers(2).permanentDisabledWorkers(3).build();
        String text = JSON.write(data);
        // the SDK writes properties in alphabetical order; the sum is derived, not written
        assertThat(text).isEqualTo("{\"inclusionWorkers\":2,\"permanentDisabledWorkers\":3}");
        assertThat(JSON.write(TieBreakData.builder().permanentDisabledWorkers(3).inclusionWorkers(2).build()))
            .isEqualTo(text);
        assertThat(JSON.read(text, TieBreakData.class)).isEqualTo(data);
    }

    @Test
    void theSecondMeasureIsTheSumOfTheCountsFiled() {
        qt().forAll(integers().between(-1, 10_000), integers().between(-1, 10_000)).checkAssert((d, i) -> {
            TieBreakData.Builder b = TieBreakData.builder();
            if (d >= 0) {
                b.permanentDisabledWorkers(d);
            }
            if (i >= 0) {
                b.inclusionWorkers(i);
            }
            Optional<Long> expected = d < 0 && i < 0 ? Optional.empty()
                : Optional.of((long) Math.max(d, 0) + Math.max(i, 0));
            assertThat(b.build().permanentDisabledOrInclusionWorkers()).isEqualTo(expected);
        });
    }
}
