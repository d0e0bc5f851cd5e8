package io.otp.kpi.schedule;

import static io.otp.kpi.testing.EvmGenerators.cents;
import static io.otp.kpi.testing.EvmGenerators.monthEnds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.kpi.evm.EvmSeries;
import io.otp.kpi.testing.EvmGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of earned schedule (Lipke, "Schedule is different", 2003) over generated series. */
class EarnedSchedulePropertiesTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** A plan and two earned values e1 &le; e2 within 0 and BAC, each reported alone at period 1. */
    private record TwoEarnings(EvmSeries lower, EvmSeries higher) {
    }

    private static TwoEarnings twoEarnings(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int periods = 1 + random.nextInt(18);
        List<Money> pv = EvmGenerators.plan(random, periods, false);
        long bac = pv.get(periods - 1).amount().movePointRight(2).longValueExact();
        long a = random.nextLong(bac + 1);
        long b = random.nextInt(4) == 0 ? a : random.nextLong(bac + 1);
        return new TwoEarnings(atFirstPeriod(pv, Math.min(a, b)), atFirstPeriod(pv, Math.max(a, b)));
    }

    private static EvmSeries atFirstPeriod(List<Money> pv, long evCents) {
        List<LocalDate> ends = monthEnds(pv.size());
        return EvmSeries.builder().addAllPeriodEnds(ends).addAllPv(pv)
            .addEv(cents(evCents)).addAc(cents(0)).bac(pv.get(pv.size() - 1)).statusDate(ends.get(0))
            .build();
    }

    @Test
    void earnedScheduleLiesWithinZeroAndThePlannedDuration() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            ScheduleFigures f = EarnedSchedule.at(s);
            assertThat(f.earnedSchedule()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(f.plannedDuration()));
            assertThat(f.svT()).isEqualByComparingTo(f.earnedSchedule().subtract(BigDecimal.valueOf(f.actualTime())));
        });
    }

    @Test
    void earnedScheduleNeverDecreasesWhenEarnedValueGrows() {
        qt().forAll(longs().all().map(EarnedSchedulePropertiesTest::twoEarnings)).checkAssert(two ->
            assertThat(EarnedSchedule.at(two.lower()).earnedSchedule())
                .isLessThanOrEqualTo(EarnedSchedule.at(two.higher()).earnedSchedule()));
    }

    @Test
    void spiTIsOneWhenEarnedValueFollowsThePlan() {
        // On a strictly increasing plan, EV_t = PV_t at AT ≤ PD gives C = AT, I = 0, ES = AT.
        qt().forAll(EvmGenerators.onPlan()).checkAssert(s -> {
            ScheduleFigures f = EarnedSchedule.at(s);
            assertThat(f.earnedSchedule()).isEqualByComparingTo(BigDecimal.valueOf(s.statusPeriod()));
            assertThat(f.spiT()).isEqualTo(BigDecimal.ONE);
            assertThat(f.svT()).isEqualTo(BigDecimal.ZERO);
        });
    }

    @Test
    void undefinedRatiosAreAbsentExactlyWhenTheDenominatorIsZero() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            ScheduleFigures f = EarnedSchedule.at(s);
            assertThat(f.tspi().isEmpty()).isEqualTo(f.plannedDuration() == f.actualTime());
            assertThat(f.ieacT().isEmpty()).isEqualTo(f.earnedSchedule().signum() == 0);
        });
    }

    @Test
    void figuresRoundTripThroughJsonByteIdentical() {
        qt().forAll(EvmGenerators.series()).checkAssert(s -> {
            ScheduleFigures f = EarnedSchedule.at(s, new BigDecimal("0.95"));
            byte[] json = JSON.writeBytes(f);
            ScheduleFigures back = JSON.read(json, ScheduleFigures.class);
            assertThat(back).isEqualTo(f);
            assertThat(JSON.writeBytes(back)).isEqualTo(json);
        });
    }
}
