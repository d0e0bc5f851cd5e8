package io.otp.scoring.testing;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.scoring.sensitivity.PointsMatrix;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid points matrices: 1 to 8 bids "B0".."B7", 1 to 5 criteria "C0".."C4" with
 * integer maximum points 0..40 (the first 1..40), points in whole units within 0..max.
 */
public final class PointsMatrixGenerators {

    private PointsMatrixGenerators() {
    }

    /**
     * Returns the generator.
     *
     * @return matrices, built from a seed
     */
    public static Gen<PointsMatrix> matrices() {
        return SourceDSL.longs().all().map(PointsMatrixGenerators::fromSeed);
    }

    /**
     * Builds a matrix from a seed.
     *
     * @param seed the seed
     * @return the matrix
     */
    public static PointsMatrix fromSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int m = 1 + r.nextInt(8);
        int n = 1 + r.nextInt(5);
        int[] max = new int[n];
        PointsMatrix.Builder b = PointsMatrix.builder();
        for (int j = 0; j < n; j++) {
            max[j] = j == 0 ? 1 + r.nextInt(40) : r.nextInt(41);
            b.criterion(CriterionId.of("C" + j), BigDecimal.valueOf(max[j]));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                b.points(BidId.of("B" + i), CriterionId.of("C" + j), BigDecimal.valueOf(r.nextInt(max[j] + 1)));
            }
        }
        return b.build();
    }
}
