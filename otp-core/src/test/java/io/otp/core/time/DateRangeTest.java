package io.otp.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.MissingValueException;
import io.otp.core.ValidationException;
import io.otp.core.testing.TimeGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    @Test
    void orderedDatesMakeARangeThatContainsBothEnds() {
        qt().forAll(TimeGenerators.dates(), TimeGenerators.dates()).checkAssert((a, b) -> {
            LocalDate start = a.isBefore(b) ? a : b;
            LocalDate end = a.isBefore(b) ? b : a;
            DateRange r = DateRange.of(start, end);
            assertThat(r.start()).isEqualTo(start);
            assertThat(r.end()).isEqualTo(end);
            assertThat(r.contains(start)).isTrue();
            assertThat(r.contains(end)).isTrue();
            assertThat(r.contains(start.minusDays(1))).isFalse();
            assertThat(r.contains(end.plusDays(1))).isFalse();
            assertThat(r.lengthInDays()).isEqualTo(ChronoUnit.DAYS.between(start, end) + 1);
        });
    }

    @Test
    void anEndBeforeTheStartIsRejectedNamingTheEnd() {
        qt().forAll(TimeGenerators.dates(), integers().between(1, 20_000))
            .checkAssert((a, days) -> assertThatThrownBy(() -> DateRange.of(a.plusDays(days), a))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("end");
                        assertThat(v.ruleId()).isEqualTo("OTP-DATES-ORDER");
                    })));
    }

    @Test
    void aOneDayRangeIsAllowed() {
        DateRange day = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(day.lengthInDays()).isEqualTo(1);
    }

    @Test
    void parsesWhatToStringWrites() {
        qt().forAll(TimeGenerators.dates(), TimeGenerators.dates()).checkAssert((a, b) -> {
            DateRange r = a.isBefore(b) ? DateRange.of(a, b) : DateRange.of(b, a);
            assertThat(DateRange.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
        });
        assertThat(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .hasToString("2026-01-01/2026-12-31");
    }

    @Test
    void overlapIsSymmetric() {
        qt().forAll(TimeGenerators.dates(), TimeGenerators.dates(), TimeGenerators.dates(), TimeGenerators.dates())
            .checkAssert((a, b, c, d) -> {
                DateRange x = a.isBefore(b) ? DateRange.of(a, b) : DateRange.of(b, a);
                DateRange y = c.isBefore(d) ? DateRange.of(c, d) : DateRange.of(d, c);
                assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
                assertThat(x.overlaps(x)).isTrue();
            });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-13-01/2026-12-31", "2026-01-01/2026-12-31/2027-01-01", "tomorrow"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> DateRange.parse(text)).isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations().get(0).ruleId()).isEqualTo("ISO-8601"));
    }

    @Test
    void parsingAReversedRangeReportsTheOrder() {
        assertThatThrownBy(() -> DateRange.parse("2026-12-31/2026-01-01"))
            .isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-DATES-ORDER"));
    }

    @Test
    void namesAMissingEnd() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 1, 1), null)).isInstanceOf(MissingValueException.class)
            .hasMessageContaining("end");
    }
}
