package io.otp.core.need;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.money.Money;
import io.otp.core.project.EnsCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The office's assessment of a {@link Need} during its analysis (OTP function F7): how feasible it
 * is, what it would cost, how well it serves the organisation's strategic objectives, how urgent it
 * is, and its legal and security impact. It documents the "necesidad e idoneidad" that LCSP art. 28.1
 * asks to be determined before any contract, and feeds the prioritisation of needs.
 *
 * <p>Every aspect but the cost and the security category is a {@link Rating} from 1 to 5, where 5 is
 * always the end that favours meeting the need; each carries the assessor's rationale. The cost and
 * the security category carry their own rationale.
 *
 * <p>Structural rules: the estimated cost is greater than zero ({@code OTP-NEED-ASSESSMENT-COST}); the
 * cost and security rationales are not blank ({@code OTP-NEED-RATIONALE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeedAssessment.class)
@JsonDeserialize(as = ImmutableNeedAssessment.class)
public abstract class NeedAssessment {

    NeedAssessment() {
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
     * Technical and organisational feasibility: 1 = not feasible with the means at hand, 3 = feasible
     * with notable effort or risk, 5 = readily feasible with proven solutions.
     *
     * @return the rating, not null
     */
    public abstract Rating feasibility();

    /**
     * The office's estimate of the cost of meeting the need, VAT excluded (LCSP art. 101).
     *
     * @return the cost, greater than zero; not null
     */
    public abstract Money estimatedCost();

    /**
     * How the cost was estimated (market consultation, earlier contracts, unit prices).
     *
     * @return the rationale, not blank, not null
     */
    public abstract String costRationale();

    /**
     * Alignment with the organisation's strategic objectives: 1 = unrelated, 3 = supports one
     * objective, 5 = essential to a strategic objective.
     *
     * @return the rating, not null
     */
    public abstract Rating strategicAlignment();

    /**
     * Urgency as assessed by the office: 1 = can wait more than a year, 3 = within the year,
     * 5 = immediate (service at risk or a deadline imminent).
     *
     * @return the rating, not null
     */
    public abstract Rating urgency();

    /**
     * Legal impact: 1 = no legal bearing, 3 = helps comply with a rule, 5 = required by a legal
     * obligation with a deadline (for instance Law 39/2015 or Law 40/2015 electronic administration
     * duties).
     *
     * @return the rating, not null
     */
    public abstract Rating legalImpact();

    /**
     * Security impact: the category of the Esquema Nacional de Seguridad (Royal Decree 311/2022,
     * Annex I) of the systems the need concerns.
     *
     * @return the ENS category, not null
     */
    public abstract EnsCategory securityCategory();

    /**
     * Why the systems fall in that ENS category.
     *
     * @return the rationale, not blank, not null
     */
    public abstract String securityRationale();

    /**
     * The person of the office who assessed the need.
     *
     * @return the assessor, not null
     */
    public abstract PersonId assessor();

    /**
     * The day of the assessment.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (!estimatedCost().isPositive()) {
            violations.add(Violation.of("estimatedCost", "OTP-NEED-ASSESSMENT-COST",
                "io.otp.core.need.assessment.cost", "value", estimatedCost()));
        }
        if (costRationale().isBlank()) {
            violations.add(Violation.of("costRationale", "OTP-NEED-RATIONALE",
                "io.otp.core.need.assessment.rationale", "field", "costRationale"));
        }
        if (securityRationale().isBlank()) {
            violations.add(Violation.of("securityRationale", "OTP-NEED-RATIONALE",
                "io.otp.core.need.assessment.rationale", "field", "securityRationale"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link NeedAssessment}s; each attribute may be set once. */
    public static final class Builder extends ImmutableNeedAssessment.Builder {
        Builder() {
        }
    }
}
