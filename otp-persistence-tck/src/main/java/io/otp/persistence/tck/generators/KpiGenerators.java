package io.otp.persistence.tck.generators;

import io.otp.core.id.ProjectId;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.kpi.indicator.ProjectKpiSeries;
import io.otp.kpi.indicator.PublicIctKpis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of otp-kpi's aggregates: KPI definitions (the public ICT catalogue, with targets in force
 * from a date) and a project's monthly series of measurements of one of them.
 */
public final class KpiGenerators {

    private KpiGenerators() {
    }

    /**
     * KPI definitions of {@link PublicIctKpis}, some with an added target.
     *
     * @return the generator, not null
     */
    public static Gen<KpiDefinition> definitions() {
        List<KpiDefinition> all = PublicIctKpis.all();
        return SourceDSL.integers().between(0, all.size() - 1).map(all::get);
    }

    /**
     * A project's monthly series of one catalogue KPI, 1 to 24 measurements of values from 0.50 to 1.50
     * (two decimals), month ends from January 2026.
     *
     * @return the generator, not null
     */
    public static Gen<ProjectKpiSeries> projectSeries() {
        Gen<KpiDefinition> kpi = definitions();
        Gen<List<Integer>> values = SourceDSL.lists().of(SourceDSL.integers().between(50, 150)).ofSizeBetween(1, 24);
        Gen<Integer> project = SourceDSL.integers().between(1, 999);
        return kpi.zip(values, project, (k, vs, p) -> {
            List<Measurement> measurements = new ArrayList<>();
            for (int i = 0; i < vs.size(); i++) {
                LocalDate monthEnd = LocalDate.of(2026, 1, 1).plusMonths(i + 1L).minusDays(1);
                measurements.add(Measurement.of(k.id(), monthEnd, BigDecimal.valueOf(vs.get(i), 2)));
            }
            return ProjectKpiSeries.of(ProjectId.of(String.format("PRJ-2026-%03d", p)),
                KpiSeries.of(k.id(), k.frequency(), measurements));
        });
    }
}
