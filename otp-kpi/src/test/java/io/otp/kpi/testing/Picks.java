package io.otp.kpi.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * Generators of the parts of computed values: a value such as a dashboard snapshot or a trend analysis is
 * computed from generated input by the SDK, and one of its parts (a row, a cell, a forecast) is picked.
 * When the value computed from one seed has no such part (a portfolio without risks has no risk rows), the
 * next seeds are tried in turn, so every seed gives a part and the same seed always gives the same one.
 */
public final class Picks {

    /** Seeds tried before giving up: far more than any generator of this package needs. */
    private static final int ATTEMPTS = 10_000;

    private Picks() {
    }

    /**
     * One of the parts computed from a seed.
     *
     * @param parts the parts computed from a seed (possibly none); not null
     * @param <T> the type of the parts
     * @return a generator of parts
     */
    public static <T> Gen<T> partOf(Function<SplittableRandom, List<? extends T>> parts) {
        return longs().all().map(seed -> {
            for (int i = 0; i < ATTEMPTS; i++) {
                SplittableRandom r = new SplittableRandom(seed + i);
                List<? extends T> found = parts.apply(r);
                if (!found.isEmpty()) {
                    return found.get(r.nextInt(found.size()));
                }
            }
            throw new IllegalStateException("no part computed from the seeds from " + seed);
        });
    }
}
