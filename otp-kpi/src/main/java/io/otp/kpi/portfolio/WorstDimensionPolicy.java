package io.otp.kpi.portfolio;

import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.util.List;
import java.util.Objects;

/** The worst dimension decides. */
final class WorstDimensionPolicy implements OverallStatusPolicy {

    static final WorstDimensionPolicy INSTANCE = new WorstDimensionPolicy();

    private WorstDimensionPolicy() {
    }

    @Override
    public String name() {
        return "WORST";
    }

    @Override
    public StatusLevel overall(List<DimensionStatus> statuses, StatusScale scale) {
        Objects.requireNonNull(scale, "scale");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("no statuses to combine");
        }
        StatusLevel worst = statuses.get(0).status();
        for (DimensionStatus s : statuses) {
            worst = scale.worse(worst, s.status());
        }
        return worst;
    }

    @Override
    public String toString() {
        return name();
    }
}
