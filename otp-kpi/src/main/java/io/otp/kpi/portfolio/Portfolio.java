package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.indicator.StatusScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A portfolio at a status date: programmes of projects, and the status scale every project's statuses
 * and attention items use (3-level RAG by default).
 *
 * <p>Validation reports every problem at once, with paths from the portfolio: a blank name
 * ({@code name}, {@code OTP-PORTFOLIO-BLANK}), no programme ({@code programmes},
 * {@code OTP-PORTFOLIO-EMPTY}), a programme id used twice ({@code programmes[i].id}) or a project id
 * used twice anywhere ({@code programmes[i].projects[j].projectId}, both {@code OTP-PORTFOLIO-DUPLICATE}),
 * a project whose status date is not the portfolio's ({@code programmes[i].projects[j].evm.statusDate},
 * {@code OTP-PORTFOLIO-STATUS-DATE}), a project in another currency than the first project
 * ({@code programmes[i].projects[j].evm.bac}, {@code OTP-PORTFOLIO-CURRENCY}) and a status or severity
 * not on the scale ({@code programmes[i].projects[j].statuses[k].status},
 * {@code programmes[i].projects[j].attention[k].severity}, {@code OTP-PORTFOLIO-LEVEL}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortfolio.class)
@JsonDeserialize(as = ImmutablePortfolio.class)
public abstract class Portfolio {

    Portfolio() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The portfolio's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The status date of every project's figures.
     *
     * @return the date, not null
     */
    public abstract LocalDate statusDate();

    /**
     * The status scale of every status and severity; 3-level RAG unless set.
     *
     * @return the scale, not null
     */
    @Value.Default
    public StatusScale scale() {
        return StatusScale.rag();
    }

    /**
     * The programmes, in any order.
     *
     * @return the programmes, at least one, not null
     */
    public abstract List<Programme> programmes();

    /**
     * Every project of every programme, in the order given.
     *
     * @return the projects, not null
     */
    public List<ProjectEntry> projects() {
        List<ProjectEntry> all = new ArrayList<>();
        programmes().forEach(p -> all.addAll(p.projects()));
        return List.copyOf(all);
    }

    /**
     * Rolls the whole portfolio up under the default policy (the worst dimension).
     *
     * @return the roll-up, not null
     */
    public Rollup rollUp() {
        return rollUp(OverallStatusPolicy.worst());
    }

    /**
     * Rolls the whole portfolio up: earned value summed then divided over every project, the worst
     * status per dimension, the overall status under the policy.
     *
     * @param policy the overall-status policy; not null
     * @return the roll-up, not null
     */
    public Rollup rollUp(OverallStatusPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Rollups.rollUp(Optional.empty(), name(), projects(), scale(), policy);
    }

    /**
     * Rolls each programme up, sorted by programme id.
     *
     * @param policy the overall-status policy; not null
     * @return one roll-up per programme, not null
     */
    public List<Rollup> programmeRollups(OverallStatusPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<Rollup> out = new ArrayList<>();
        programmes().stream().sorted(java.util.Comparator.comparing(Programme::id))
            .forEach(p -> out.add(Rollups.rollUp(Optional.of(p.id()), p.name(), p.projects(), scale(), policy)));
        return List.copyOf(out);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-PORTFOLIO-BLANK", "io.otp.kpi.portfolio.blank", "field", "name"));
        }
        if (programmes().isEmpty()) {
            v.add(Violation.of("programmes", "OTP-PORTFOLIO-EMPTY", "io.otp.kpi.portfolio.empty",
                "field", "programmes"));
        }
        Map<ProgrammeId, Integer> ids = new HashMap<>();
        List<Rollups.Located> all = new ArrayList<>();
        for (int i = 0; i < programmes().size(); i++) {
            Programme p = programmes().get(i);
            Integer first = ids.putIfAbsent(p.id(), i);
            if (first != null) {
                v.add(Violation.of("programmes[" + i + "].id", "OTP-PORTFOLIO-DUPLICATE",
                    "io.otp.kpi.portfolio.duplicateProgramme", "value", p.id(), "first", "programmes[" + first + "]"));
            }
            for (Rollups.Located l : p.located()) {
                all.add(new Rollups.Located("programmes[" + i + "]." + l.path, l.project));
            }
        }
        Rollups.checkConsistency(all, Optional.of(statusDate()), v);
        Rollups.checkLevels(all, scale(), v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link Portfolio}; each attribute may be set once. */
    public static final class Builder extends ImmutablePortfolio.Builder {
        Builder() {
        }
    }
}
