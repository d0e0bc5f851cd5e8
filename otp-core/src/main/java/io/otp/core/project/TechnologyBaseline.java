package io.otp.core.project;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The technology baseline of a project (OTP function F1): the technology decisions the project's
 * technical specifications are written against, the security category of the system under the
 * Esquema Nacional de Seguridad, how it meets the Esquema Nacional de Interoperabilidad, and
 * whether accessibility requirements apply.
 *
 * <p>Structural rules, reported together in one {@link ValidationException}, each naming its field:
 * <ul>
 *   <li>at least one decision ({@code OTP-BASELINE-DECISIONS});</li>
 *   <li>no two decisions cover the same area, ignoring case and surrounding spaces
 *       ({@code OTP-BASELINE-AREA});</li>
 *   <li>the interoperability notes are not blank ({@code OTP-BASELINE-INTEROPERABILITY}): the
 *       Esquema Nacional de Interoperabilidad (Real Decreto 4/2010) applies to every system of the
 *       public sector, so the baseline says how the project meets it.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechnologyBaseline.class)
@JsonDeserialize(as = ImmutableTechnologyBaseline.class)
public abstract class TechnologyBaseline {

    TechnologyBaseline() {
    }

    /**
     * A builder. {@link #accessibilityRequired()} defaults to true.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The technology decisions, one per area, in the order given.
     *
     * @return an unmodifiable, non-empty list; not null
     */
    public abstract List<TechnologyDecision> decisions();

    /**
     * The security category of the system (Esquema Nacional de Seguridad, Real Decreto 311/2022,
     * art. 40 and Annex I), which decides the security measures the specifications require.
     *
     * @return the category, not null
     */
    public abstract EnsCategory ensCategory();

    /**
     * How the project meets the Esquema Nacional de Interoperabilidad (Real Decreto 4/2010): open
     * standards used, data models, the interoperability nodes and services it connects to.
     *
     * @return the notes, not blank, not null
     */
    public abstract String interoperabilityNotes();

    /**
     * Whether the accessibility requirements for websites and mobile applications of the public
     * sector apply (Real Decreto 1112/2018, which refers to the harmonised standard EN 301 549), and
     * technical specifications must therefore take accessibility into account (LCSP art. 126.4).
     * True unless set: nearly every system of an administration has users, and leaving
     * accessibility out should be a deliberate decision.
     *
     * @return true if accessibility requirements apply
     */
    @Value.Default
    public boolean accessibilityRequired() {
        return true;
    }

    /**
     * The day the baseline was agreed.
     *
     * @return the date, not null
     */
    public abstract LocalDate dateSet();

    /**
     * Finds the decision for an area, ignoring case and surrounding spaces.
     *
     * @param area the area, e.g. {@code hosting}; not null
     * @return the decision, empty if the baseline has none for that area; not null
     * @throws ValidationException if {@code area} is null
     */
    public Optional<TechnologyDecision> decision(String area) {
        if (area == null) {
            throw new NullValueException("area");
        }
        String key = normalise(area);
        return decisions().stream().filter(d -> normalise(d.area()).equals(key)).findFirst();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (decisions().isEmpty()) {
            violations.add(Violation.of("decisions", "OTP-BASELINE-DECISIONS",
                "io.otp.core.project.baseline.decisions.empty"));
        }
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < decisions().size(); i++) {
            String area = decisions().get(i).area();
            Integer first = firstPosition.putIfAbsent(normalise(area), i);
            if (first != null) {
                violations.add(Violation.of("decisions[" + i + "].area", "OTP-BASELINE-AREA",
                    "io.otp.core.project.baseline.area.duplicate", "value", area, "first", first));
            }
        }
        if (interoperabilityNotes().isBlank()) {
            violations.add(Violation.of("interoperabilityNotes", "OTP-BASELINE-INTEROPERABILITY",
                "io.otp.core.project.baseline.interoperability.blank"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static String normalise(String area) {
        return area.strip().toLowerCase(Locale.ROOT);
    }

    /** Builds {@link TechnologyBaseline}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTechnologyBaseline.Builder {
        Builder() {
        }
    }
}
