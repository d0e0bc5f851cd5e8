package io.otp.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import io.otp.core.testing.ExecutionGenerators;
import io.otp.core.testing.FundingGenerators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingApplicationPropertiesTest {

    /** An application under review, its call, and an amount to grant of up to twice the request. */
    private record Attempt(FundingApplication application, FundingCall call, Money amount) {
    }

    @Test
    void neverReachesGrantedWithAnAmountAboveTheRequest() {
        qt().forAll(ExecutionGenerators.seeded(r -> {
            FundingCall call = FundingGenerators.call(r);
            FundingApplication a = FundingGenerators.underReview(r, call);
            long requested = a.requestedAmount().amount().movePointRight(2).longValueExact();
            long cents = 1 + (long) (r.nextDouble() * 2 * requested);
            return new Attempt(a, call, Money.euros(BigDecimal.valueOf(cents, 2)));
        })).checkAssert(t -> {
            Throwable thrown = catchThrowable(() -> {
                FundingApplication granted = t.application().grant(t.amount(), t.call(),
                    t.application().history().get(1).day(), PersonId.of("P-1"));
                assertThat(granted.status()).isEqualTo(FundingApplicationStatus.GRANTED);
                assertThat(granted.grantedAmount().orElseThrow()).isLessThanOrEqualTo(granted.requestedAmount());
            });
            if (t.amount().isGreaterThan(t.application().requestedAmount())) {
                assertThat(thrown).isInstanceOf(ValidationException.class);
            } else {
                assertThat(thrown).isNull();
            }
        });
    }

    @Test
    void generatedApplicationsKeepTheirGrantWithinTheRequest() {
        qt().forAll(FundingGenerators.applications()).checkAssert(a -> {
            assertThat(a.grantedAmount().isPresent()).isEqualTo(a.status().isGranted());
            a.grantedAmount().ifPresent(g -> assertThat(g).isLessThanOrEqualTo(a.requestedAmount()));
            assertThat(a.history()).hasSizeLessThanOrEqualTo(4);
        });
    }
}
