package io.otp.core.tender;

import static io.otp.core.tender.LotTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import java.time.Instant;
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
}
