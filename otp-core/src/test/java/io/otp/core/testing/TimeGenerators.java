package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Generators of dates.
 */
public final class TimeGenerators {

    private static final long FROM = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long TO = LocalDate.of(2100, 12, 31).toEpochDay();

    private TimeGenerators() {
    }

    /**
     * Days between 1990 and 2100, the span of any contract the SDK records.
     *
     * @return a generator of dates
     */
    public static Gen<LocalDate> dates() {
        return localDates().withDaysBetween(FROM, TO);
    }
}
