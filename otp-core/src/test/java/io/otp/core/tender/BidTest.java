package io.otp.core.tender;

import static io.otp.core.tender.LotTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Percentage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BidTest {

    private static Bid.Builder bid(Money offer) {
        Bid.Builder b = Bid.builder();
        b.id(BidId.of("B1")).tender(TenderId.of("T1")).lot(LotId.of("L1"))
            .bidder(OrganisationId.of("B12345674")).economicOffer(offer)
            .submittedAt(Instant.parse("2026-03-01T09:00:00Z"));
        return b;
    }

    @Test
    void offersMustBePositive() {
        ValidationException e = catchValidation(() -> bid(Money.euros(0)).build());
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("economicOffer", "OTP-OFFER-POSITIVE"));
        assertThat(bid(Money.euros("0.01")).build().economicOffer()).isEqualTo(Money.euros("0.01"));
    }

    @Test
    void tieBreakPercentagesStayWithinZeroAndHundred() {
        ValidationException e = catchValidation(() -> TieBreakData.builder()
            .womenPercentage(Percentage.of("100.01")).disabledWorkersPercentage(Percentage.of(-1))
            .permanentDisabledWorkers(-2).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("disabledWorkersPercentage", "womenPercentage", "permanentDisabledWorkers");
        assertThat(TieBreakData.builder().womenPercentage(Percentage.HUNDRED).build().womenPercentage())
            .contains(Percentage.HUNDRED);
    }

    @Test
    void digestsAreCheckedAndLowerCased() {
        String digest = "A".repeat(64);
        assertThat(DocumentReference.builder().title("Memoria").sha256(digest).build().sha256())
            .contains("a".repeat(64));
        ValidationException e = catchValidation(() -> DocumentReference.builder().title("Memoria")
            .sha256("xyz").build());
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-SHA256");
    }

    @Test
    void defaultsAreEmptyEnvelopesAndNoTieData() {
        Bid b = bid(Money.euros(10)).build();
        assertThat(b.valueJudgmentEnvelope().documents()).isEmpty();
        assertThat(b.tieBreakData()).isEqualTo(TieBreakData.none());
        assertThat(b.formulaValues()).isEmpty();
    }

    /**
     * A formula value is counted before it is written out: {@code 1E+100000000} took minutes and a gigabyte,
     * {@code 1E+1000000000} threw an ArithmeticException, when their scale was raised to 0. Each is refused at
     * once, naming its path, the value shortened and the rule.
     */
    @Test
    void aFormulaValueTooLongToWriteOutIsRefusedWithoutWritingItOut() {
        CriterionId warranty = CriterionId.of("C2");
        List<String> extreme = List.of("1E+10000000", "1E+100000000", "1E+1000000000", "-1E+2147483647",
            "1E-1000000000", "0E-1000000000", "1E+100");
        for (String number : extreme) {
            ValidationException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchValidation(() -> bid(Money.euros(10)).putFormulaValues(warranty, new BigDecimal(number))
                    .build()), number);
            assertThat(e.violations()).as(number).hasSize(1);
            Violation v = e.violations().get(0);
            assertThat(v.path()).as(number).isEqualTo("formulaValues[C2]");
            assertThat(v.ruleId()).as(number).isEqualTo("OTP-DECIMAL-DIGITS");
            assertThat(v.arguments()).as(number).containsEntry("value", new BigDecimal(number).toString())
                .containsEntry("maximum", "100");
            assertThat(v.message()).as(number).startsWith("formulaValues[C2]: " + new BigDecimal(number)
                + " has ").endsWith(" digits written out, at most 100 are accepted").hasSizeLessThan(120);
            assertThat(v.message(Locale.forLanguageTag("es"))).as(number).contains("como máximo 100");
        }
        assertThat(catchValidation(() -> bid(Money.euros(10)).putFormulaValues(warranty, new BigDecimal("1E+100"))
            .build()).violations().get(0).arguments()).containsEntry("digits", "101");
    }

    @Test
    void aFormulaValueOfAHundredDigitsIsKeptAndReadBack() {
        CriterionId warranty = CriterionId.of("C2");
        // 100 digits, with the trailing zeros of a fraction not counted as the JSON reader does not count them.
        for (String number : List.of("1E+99", "9".repeat(100), "0." + "0".repeat(98) + "1", "9".repeat(99) + ".0000",
                "0E+1000000000")) {
            Bid b = bid(Money.euros(10)).putFormulaValues(warranty, new BigDecimal(number)).build();
            BigDecimal kept = b.formulaValues().get(warranty);
            assertThat(kept).as(number).isEqualByComparingTo(new BigDecimal(number));
            assertThat(kept.scale()).as(number).isNotNegative();
            assertThat(OtpJson.standard().read(OtpJson.standard().write(b), Bid.class)).as(number).isEqualTo(b);
        }
    }

    @Test
    void everyFormulaValueTooLongIsNamedWithAnOfferThatIsNotPositive() {
        ValidationException e = catchValidation(() -> bid(Money.euros(0))
            .putFormulaValues(CriterionId.of("C2"), new BigDecimal("1E+1000000000"))
            .putFormulaValues(CriterionId.of("C3"), new BigDecimal("12.5"))
            .putFormulaValues(CriterionId.of("C4"), new BigDecimal("1" + "0".repeat(120) + ".5")).build());
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("economicOffer", "OTP-OFFER-POSITIVE"),
            org.assertj.core.groups.Tuple.tuple("formulaValues[C2]", "OTP-DECIMAL-DIGITS"),
            org.assertj.core.groups.Tuple.tuple("formulaValues[C4]", "OTP-DECIMAL-DIGITS"));
        // A value of 122 significant digits is shown cut, its exponent kept.
        assertThat(e.violations().get(2).arguments()).containsEntry("value", "1…E+120")
            .containsEntry("digits", "122");
    }
}
