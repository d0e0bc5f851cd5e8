package io.otp.kpi.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.testing.EvmGenerators;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invariants of the earned-value figures over generated series (PMI Practice Standard for EVM). */
class EarnedValuePropertiesTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** |a − b| is within the relative precision of DECIMAL64 (16 digits) of b, with a margin of 10 ulps. */
    private static void assertWithinPrecision(BigDecimal actual, BigDecimal expected) {
        BigDecimal tolerance = expected.abs().multiply(new BigDecimal("1E-15")).add(new BigDecimal("1E-300"));
        assertThat(actual.subtract(expected).abs()).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void cpiAndSpiAgreeWithTheirDefinitions() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            EvmFigures f = EarnedValue.at(s);
            f.cpi().ifPresent(cpi -> assertWithinPrecision(cpi.multiply(f.ac().amount()), f.ev().amount()));
            f.spi().ifPresent(spi -> assertWithinPrecision(spi.multiply(f.pv().amount()), f.ev().amount()));
            assertThat(f.sv()).isEqualTo(f.ev().minus(f.pv()));
            assertThat(f.cv()).isEqualTo(f.ev().minus(f.ac()));
        });
    }

    @Test
    void tcpiToTheCpiEstimateEqualsCpi() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            EvmFigures f = EarnedValue.at(s);
            f.estimate(EacMethod.CPI).flatMap(Estimate::tcpi)
                .ifPresent(tcpi -> assertThat(tcpi).isEqualTo(f.cpi().orElseThrow()));
        });
    }

    @Test
    void undefinedRatiosAreAbsentExactlyWhenTheDenominatorIsZero() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            EvmFigures f = EarnedValue.at(s);
            assertThat(f.spi().isEmpty()).isEqualTo(f.pv().isZero());
            assertThat(f.svPercent().isEmpty()).isEqualTo(f.pv().isZero());
            assertThat(f.cpi().isEmpty()).isEqualTo(f.ac().isZero());
            assertThat(f.cvPercent().isEmpty()).isEqualTo(f.ev().isZero());
            assertThat(f.tcpiToBac().isEmpty()).isEqualTo(f.bac().equals(f.ac()));
            assertThat(f.estimate(EacMethod.CPI).isEmpty()).isEqualTo(f.ac().isZero() || f.ev().isZero());
            // TCPI(EAC) = (BAC − EV) / ETC; for these three methods ETC is zero exactly when BAC = EV
            for (Estimate e : f.estimates().values()) {
                assertThat(e.tcpi().isEmpty()).as(e.method().name()).isEqualTo(f.bac().equals(f.ev()));
            }
        });
    }

    @Test
    void estimatesHoldTogetherToTheCent() {
        qt().forAll(EvmGenerators.series(),
                EvmGenerators.series().map(s -> s.bac().amount().movePointRight(2).longValue()))
            .checkAssert((s, etcCents) -> {
                EvmFigures f = EarnedValue.at(s, EvmGenerators.cents(etcCents));
                assertThat(f.estimates()).containsKey(EacMethod.BOTTOM_UP).containsKey(EacMethod.BUDGETED_RATE);
                for (Estimate e : f.estimates().values()) {
                    assertThat(e.eac()).isEqualTo(f.ac().plus(e.etc()));
                    assertThat(e.vac()).isEqualTo(f.bac().minus(e.eac()));
                    assertThat(e.etc().isNegative()).isFalse();
                }
                Money rate = f.estimate(EacMethod.BUDGETED_RATE).orElseThrow().eac();
                assertThat(rate).isEqualTo(f.ac().plus(f.bac()).minus(f.ev()));
            });
    }

    @Test
    void ratiosCarryNoTrailingZerosSoThatEqualFiguresAreEqual() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            EvmFigures f = EarnedValue.at(s);
            for (Optional<BigDecimal> r
                : java.util.List.of(f.spi(), f.cpi(), f.svPercent(), f.cvPercent(), f.tcpiToBac())) {
                r.ifPresent(v -> {
                    assertThat(v.scale()).isGreaterThanOrEqualTo(0);
                    if (v.scale() > 0) {
                        assertThat(v.unscaledValue().mod(java.math.BigInteger.TEN).signum()).isNotZero();
                        assertThat(v.precision()).isLessThanOrEqualTo(16);
                    }
                });
            }
        });
    }

    @Test
    void seriesAndFiguresRoundTripThroughJsonByteIdentical() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            String series = JSON.write(s);
            EvmSeries back = JSON.read(series, EvmSeries.class);
            assertThat(back).isEqualTo(s);
            assertThat(JSON.write(back)).isEqualTo(series);

            EvmFigures f = EarnedValue.at(s, s.bac());
            byte[] figures = JSON.writeBytes(f);
            EvmFigures figuresBack = JSON.read(figures, EvmFigures.class);
            assertThat(figuresBack).isEqualTo(f);
            assertThat(JSON.writeBytes(figuresBack)).isEqualTo(figures);
            for (Estimate e : f.estimates().values()) {
                assertThat(JSON.read(JSON.write(e), Estimate.class)).isEqualTo(e);
            }
        });
    }
}
