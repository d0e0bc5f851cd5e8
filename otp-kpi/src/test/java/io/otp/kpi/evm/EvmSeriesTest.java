package io.otp.kpi.evm;

import static io.otp.core.testing.ViolationAssertions.assertMessagesInBothLanguages;
import static io.otp.core.testing.ViolationAssertions.assertOnlyViolation;
import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad input of an earned-value series is reported completely, each problem with its path and rule. */
class EvmSeriesTest {

    private static Money eur(String amount) {
        return Money.euros(amount);
    }

    private static EvmSeries.Builder valid() {
        return EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(4))
            .addAllPv(List.of(eur("100"), eur("200"), eur("300"), eur("400")));
    }

    @Test
    void acceptsAConsistentSeriesAndDerivesPlannedDurationAndStatusPeriod() {
        EvmSeries s = valid().bac(eur("400"))
            .addAllEv(List.of(eur("80"), eur("150"))).addAllAc(List.of(eur("90"), eur("170")))
            .statusDate(LocalDate.of(2026, 2, 28))
            .build();

        assertThat(s.statusPeriod()).isEqualTo(2);
        assertThat(s.plannedDuration()).isEqualTo(4);
        assertThat(s.evAtStatus()).isEqualTo(eur("150"));
        assertThat(s.acAtStatus()).isEqualTo(eur("170"));
        assertThat(s.pvAtStatus()).isEqualTo(eur("200"));
    }

    @Test
    void plannedDurationIsTheFirstPeriodAtBacWhenThePlanRunsPastTheFinish() {
        EvmSeries s = EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(4))
            .addAllPv(List.of(eur("100"), eur("400"), eur("400"), eur("400")))
            .addEv(eur("10")).addAc(eur("10")).bac(eur("400")).statusDate(monthEnds(4).get(0))
            .build();

        assertThat(s.plannedDuration()).isEqualTo(2);
    }

    @Test
    void listsEveryProblemWithItsPath() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> valid().bac(eur("400"))
            .addAllEv(List.of(eur("50"), eur("40"), eur("500")))
            .addAllAc(List.of(eur("-5"), Money.of(java.math.BigDecimal.TEN, Currency.getInstance("USD"))))
            .statusDate(LocalDate.of(2027, 1, 31))
            .build());

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            tuple("ac", "OTP-EVM-LENGTH"),
            tuple("ev[1]", "OTP-EVM-CUMULATIVE"),
            tuple("ev[2]", "OTP-EVM-EV-ABOVE-BAC"),
            tuple("ac[0]", "OTP-EVM-NEGATIVE"),
            tuple("ac[1]", "OTP-EVM-CURRENCY"),
            tuple("statusDate", "OTP-EVM-STATUS"));
        assertMessagesInBothLanguages(e);
        Violation decreasing = e.violations().stream().filter(v -> v.path().equals("ev[1]")).findFirst().orElseThrow();
        assertThat(decreasing.message()).isEqualTo("cumulative value 40.00 EUR in period 2 is below the previous"
            + " period's 50.00 EUR; cumulative values never decrease");
        assertThat(decreasing.message(Locale.forLanguageTag("es"))).isEqualTo("el valor acumulado 40.00 EUR del"
            + " periodo 2 es menor que el del periodo anterior, 50.00 EUR; los valores acumulados nunca disminuyen");
    }

    @Test
    void rejectsAStatusDateOutsideThePlan() {
        assertOnlyViolation(() -> valid().bac(eur("400")).addEv(eur("1")).addAc(eur("1"))
                .statusDate(LocalDate.of(2025, 12, 31))
                .build(), "statusDate", "OTP-EVM-STATUS",
            "status date 2025-12-31 is outside the plan (2026-01-31 to 2026-04-30)");
    }

    @Test
    void rejectsAStatusDateThatIsNotAPeriodEnd() {
        assertOnlyViolation(() -> valid().bac(eur("400")).addEv(eur("1")).addAc(eur("1"))
                .statusDate(LocalDate.of(2026, 2, 15))
                .build(), "statusDate", "OTP-EVM-STATUS",
            "status date 2026-02-15 is not a period end of the plan (2026-01-31 to 2026-04-30)");
    }

    @Test
    void rejectsAStatusDateWithoutActuals() {
        assertOnlyViolation(() -> valid().bac(eur("400")).addEv(eur("1")).addAc(eur("1"))
                .statusDate(LocalDate.of(2026, 3, 31))
                .build(), "statusDate", "OTP-EVM-STATUS",
            "status date 2026-03-31 (period 3) has no earned value or actual cost; periods reported: 1");
    }

    @Test
    void rejectsAPlannedValueSeriesOfAnotherLength() {
        assertOnlyViolation(() -> EvmSeries.builder()
                .addAllPeriodEnds(monthEnds(3))
                .addAllPv(List.of(eur("100"), eur("400")))
                .addEv(eur("1")).addAc(eur("1")).bac(eur("400")).statusDate(monthEnds(3).get(0))
                .build(), "pv", "OTP-EVM-LENGTH", "planned value has 2 values, expected one per period (3)");
    }

    @Test
    void rejectsMoreActualsThanPeriods() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> EvmSeries.builder()
            .addAllPeriodEnds(monthEnds(1)).addPv(eur("400"))
            .addAllEv(List.of(eur("1"), eur("2"))).addAllAc(List.of(eur("1"), eur("2")))
            .bac(eur("400")).statusDate(monthEnds(1).get(0)).build());

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("ev", "OTP-EVM-LENGTH"));
    }

    @Test
    void rejectsABacOtherThanThePlannedValueAtCompletion() {
        assertOnlyViolation(() -> valid().bac(eur("500")).addEv(eur("1")).addAc(eur("1"))
                .statusDate(monthEnds(4).get(0)).build(), "bac", "OTP-EVM-BAC",
            "budget at completion 500.00 EUR differs from the planned value at completion 400.00 EUR");
    }

    @Test
    void rejectsPeriodEndsOutOfOrderAndADecreasingPlan() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> EvmSeries.builder()
            .addAllPeriodEnds(List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 1, 31)))
            .addAllPv(List.of(eur("300"), eur("200")))
            .addEv(eur("1")).addAc(eur("1")).bac(eur("200")).statusDate(LocalDate.of(2026, 2, 28))
            .build());

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactly(
            tuple("periodEnds[1]", "OTP-EVM-PERIOD-ORDER"),
            tuple("pv[1]", "OTP-EVM-CUMULATIVE"));
        assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsANegativeOrForeignBottomUpEstimate() {
        EvmSeries s = valid().bac(eur("400")).addEv(eur("50")).addAc(eur("60")).statusDate(monthEnds(4).get(0)).build();

        assertOnlyViolation(() -> EarnedValue.at(s, eur("-1")), "etc", "OTP-EVM-NEGATIVE",
            "amount -1.00 EUR is negative; amounts must be zero or more");
        assertOnlyViolation(() -> EarnedValue.at(s, Money.of(java.math.BigDecimal.ONE, Currency.getInstance("USD"))),
            "etc", "OTP-EVM-CURRENCY", "amount 1.00 USD is not in the currency of the budget at completion (EUR)");
    }

    @Test
    void badInputReadFromJsonIsReportedWithItsPath() {
        String json = "{\"periodEnds\":[\"2026-01-31\",\"2026-02-28\"],"
            + "\"pv\":[" + money("100.00") + "," + money("200.00") + "],"
            + "\"ev\":[" + money("80.00") + "," + money("60.00") + "],"
            + "\"ac\":[" + money("90.00") + "],"
            + "\"bac\":" + money("200.00") + ",\"statusDate\":\"2026-02-28\"}";

        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> io.otp.core.json.OtpJson.standard().read(json, EvmSeries.class));

        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactlyInAnyOrder(
            tuple("ac", "OTP-EVM-LENGTH"),
            tuple("ev[1]", "OTP-EVM-CUMULATIVE"),
            tuple("statusDate", "OTP-EVM-STATUS"));
    }

    private static String money(String amount) {
        return "{\"amount\":" + amount + ",\"currency\":\"EUR\"}";
    }
}
