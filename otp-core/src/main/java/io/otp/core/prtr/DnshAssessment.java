package io.otp.core.prtr;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.PersonId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The "do no significant harm" (DNSH) assessment of a measure: a finding for each of the six
 * environmental objectives of Reg. (EU) 2020/852 art. 9, in the approach of the Commission's
 * technical guidance 2021/C 58/01. The Recovery and Resilience Facility funds only measures that do
 * no significant harm to any of them (Reg. (EU) 2021/241 art. 5.2; significant harm as defined in
 * Reg. (EU) 2020/852 art. 17; in Spain, Orden HFP/1030/2021 art. 2.2.c).
 *
 * <p>An assessment in progress may lack objectives; {@link #isCompliant()} tells whether it is
 * complete and favourable.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDnshAssessment.class)
@JsonDeserialize(as = ImmutableDnshAssessment.class)
public abstract class DnshAssessment {

    DnshAssessment() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The finding for each objective assessed.
     *
     * @return an unmodifiable map in the order of the objectives, possibly empty; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<EnvironmentalObjective, DnshFinding> findings();

    /**
     * The day of the assessment.
     *
     * @return the day, not null
     */
    public abstract LocalDate assessedOn();

    /**
     * Who assessed.
     *
     * @return the person, not null
     */
    public abstract PersonId assessedBy();

    /**
     * The objectives not assessed yet.
     *
     * @return an unmodifiable set in the order of the objectives, empty when all six are; not null
     */
    public SortedSet<EnvironmentalObjective> missingObjectives() {
        Set<EnvironmentalObjective> missing = EnumSet.allOf(EnvironmentalObjective.class);
        missing.removeAll(findings().keySet());
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }

    /**
     * The objectives to which the measure does significant harm (Reg. (EU) 2020/852 art. 17).
     *
     * @return an unmodifiable set in the order of the objectives; not null
     */
    public SortedSet<EnvironmentalObjective> harmedObjectives() {
        SortedSet<EnvironmentalObjective> harmed = new TreeSet<>();
        for (Map.Entry<EnvironmentalObjective, DnshFinding> e : findings().entrySet()) {
            if (e.getValue().outcome() == DnshOutcome.SIGNIFICANT_HARM) {
                harmed.add(e.getKey());
            }
        }
        return java.util.Collections.unmodifiableSortedSet(harmed);
    }

    /**
     * Tells whether the measure complies with the DNSH principle: all six objectives are assessed
     * and none is significantly harmed (Reg. (EU) 2021/241 art. 5.2).
     *
     * @return true if compliant
     */
    public boolean isCompliant() {
        return missingObjectives().isEmpty() && harmedObjectives().isEmpty();
    }

    /** Builds {@link DnshAssessment}s; obtain one from {@link DnshAssessment#builder()}. */
    public static final class Builder extends ImmutableDnshAssessment.Builder {
        Builder() {
        }
    }
}
