package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.indicator.StatusScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A programme: a named group of projects rolled up together.
 *
 * <p>Validation reports every problem at once: a blank name ({@code name}, {@code OTP-PORTFOLIO-BLANK}),
 * no project ({@code projects}, {@code OTP-PORTFOLIO-EMPTY}), a project id used twice
 * ({@code projects[i].projectId}, {@code OTP-PORTFOLIO-DUPLICATE}), and a status date or currency other
 * than the first project's ({@code projects[i].evm.statusDate}, {@code OTP-PORTFOLIO-STATUS-DATE};
 * {@code projects[i].evm.bac}, {@code OTP-PORTFOLIO-CURRENCY}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramme.class)
@JsonDeserialize(as = ImmutableProgramme.class)
public abstract class Programme {

    Programme() {
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
     * The programme's id, unique in the portfolio.
     *
     * @return the id, not null
     */
    public abstract ProgrammeId id();

    /**
     * The programme's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The programme's projects, in any order.
     *
     * @return the projects, at least one, not null
     */
    public abstract List<ProjectEntry> projects();

    /**
     * Rolls the programme up: earned value summed then divided, the worst status per dimension and the
     * overall status under the policy.
     *
     * @param scale the scale of the statuses; not null
     * @param policy the overall-status policy; not null
     * @return the roll-up, not null
     * @throws ValidationException if a status is not on the scale (rule {@code OTP-PORTFOLIO-LEVEL})
     */
    public Rollup rollUp(StatusScale scale, OverallStatusPolicy policy) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(policy, "policy");
        List<Violation> v = new ArrayList<>();
        Rollups.checkLevels(located(), scale, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return Rollups.rollUp(Optional.of(id()), name(), projects(), scale, policy);
    }

    List<Rollups.Located> located() {
        List<Rollups.Located> out = new ArrayList<>();
        for (int i = 0; i < projects().size(); i++) {
            out.add(new Rollups.Located("projects[" + i + "]", projects().get(i)));
        }
        return out;
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-PORTFOLIO-BLANK", "io.otp.kpi.portfolio.blank", "field", "name"));
        }
        if (projects().isEmpty()) {
            v.add(Violation.of("projects", "OTP-PORTFOLIO-EMPTY", "io.otp.kpi.portfolio.empty", "field", "projects"));
        }
        Rollups.checkConsistency(located(), Optional.empty(), v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link Programme}; each attribute may be set once. */
    public static final class Builder extends ImmutableProgramme.Builder {
        Builder() {
        }
    }
}
