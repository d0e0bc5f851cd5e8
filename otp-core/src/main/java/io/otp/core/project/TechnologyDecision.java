package io.otp.core.project;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One decision of a project's {@link TechnologyBaseline}: in a technology area (identity, hosting,
 * database, ...), what was chosen, whether it is a standard or a product, and why.
 *
 * <p>Structural rules, reported together in one {@link ValidationException}, each naming its field:
 * <ul>
 *   <li>area, choice and rationale are not blank ({@code OTP-BASELINE-DECISION});</li>
 *   <li>a {@link DecisionKind#PRODUCT} decision is marked {@link #orEquivalent()}
 *       ({@code LCSP-126.6}): a brand may appear in technical specifications only exceptionally,
 *       justified by the object of the contract, and followed by "o equivalente". The rationale
 *       carries that justification.</li>
 * </ul>
 * A {@link DecisionKind#STANDARD} decision may be marked either way: references to standards in a
 * pliego also carry "o equivalente" (LCSP art. 126.5.b), which the technical specifications add
 * when they are written; the baseline records the choice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTechnologyDecision.class)
@JsonDeserialize(as = ImmutableTechnologyDecision.class)
public abstract class TechnologyDecision {

    TechnologyDecision() {
    }

    /**
     * A builder. {@link #orEquivalent()} defaults to false.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The technology area the decision covers, e.g. {@code identity}, {@code hosting},
     * {@code database}; unique within a baseline, ignoring case and surrounding spaces.
     *
     * @return the area, not blank, not null
     */
    public abstract String area();

    /**
     * What was chosen, e.g. {@code OpenID Connect} or {@code Cl@ve}.
     *
     * @return the choice, not blank, not null
     */
    public abstract String choice();

    /**
     * Whether the choice is a standard or a product.
     *
     * @return the kind, not null
     */
    public abstract DecisionKind kind();

    /**
     * Whether the choice is followed by "o equivalente" wherever it appears in technical
     * specifications, so that an equivalent solution is admitted (LCSP art. 126.6). Required for a
     * {@link DecisionKind#PRODUCT}.
     *
     * @return true if equivalents are admitted; false unless set
     */
    @Value.Default
    public boolean orEquivalent() {
        return false;
    }

    /**
     * Why this choice was made; for a product, why the object of the contract cannot be described
     * precisely enough without naming it (LCSP art. 126.6).
     *
     * @return the rationale, not blank, not null
     */
    public abstract String rationale();

    /**
     * Returns {@code area: choice (kind)}, with {@code o equivalente} when equivalents are admitted,
     * e.g. {@code identity: OpenID Connect (STANDARD)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return area() + ": " + choice() + (orEquivalent() ? " o equivalente" : "") + " (" + kind() + ")";
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (area().isBlank()) {
            violations.add(Violation.of("area", "OTP-BASELINE-DECISION",
                "io.otp.core.project.decision.area.blank", "choice", choice()));
        }
        if (choice().isBlank()) {
            violations.add(Violation.of("choice", "OTP-BASELINE-DECISION",
                "io.otp.core.project.decision.choice.blank", "area", area()));
        }
        if (rationale().isBlank()) {
            violations.add(Violation.of("rationale", "OTP-BASELINE-DECISION",
                "io.otp.core.project.decision.rationale.blank", "area", area(), "choice", choice()));
        }
        if (kind() == DecisionKind.PRODUCT && !orEquivalent()) {
            violations.add(Violation.of("orEquivalent", "LCSP-126.6",
                "io.otp.core.project.decision.orEquivalent", "area", area(), "choice", choice()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link TechnologyDecision}s; each attribute may be set once. */
    public static final class Builder extends ImmutableTechnologyDecision.Builder {
        Builder() {
        }
    }
}
