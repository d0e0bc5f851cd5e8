package io.otp.scoring.testing;

import io.otp.scoring.mcda.Criterion;
import io.otp.scoring.mcda.DecisionMatrix;
import io.otp.scoring.mcda.Orientation;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid decision matrices: 1 to 8 alternatives "A0".."A7", 1 to 5 criteria "c0".."c4",
 * integer weights 0..10 (at least one above 0), a random orientation, integer values 1..1000.
 */
public final class DecisionMatrixGenerators {

    private DecisionMatrixGenerators() {
    }

    /**
     * Returns the generator.
     *
     * @return matrices, built from a seed so every cell is drawn independently
     */
    public static Gen<DecisionMatrix<String, String>> matrices() {
        return SourceDSL.longs().all().map(DecisionMatrixGenerators::fromSeed);
    }

    /**
     * Builds a matrix from a seed.
     *
     * @param seed the seed
     * @return the matrix
     */
    public static DecisionMatrix<String, String> fromSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int m = 1 + r.nextInt(8);
        int n = 1 + r.nextInt(5);
        DecisionMatrix.Builder<String, String> b = DecisionMatrix.builder();
        for (int j = 0; j < n; j++) {
            int w = j == 0 ? 1 + r.nextInt(10) : r.nextInt(11);
            b.criterion(Criterion.of("c" + j, BigDecimal.valueOf(w),
                r.nextBoolean() ? Orientation.BENEFIT : Orientation.COST));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                b.value("A" + i, "c" + j, BigDecimal.valueOf(1 + r.nextInt(1000)));
            }
        }
        return b.build();
    }
}
