package io.otp.core.prtr;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The tagging of a project to the Recovery, Transformation and Resilience Plan: the component
 * (e.g. {@code C11}, "Modernisation of public administrations"), the measure, a reform or an
 * investment of the component (e.g. {@code C11.I1}, {@code C11.R1}), and the number of the milestone
 * or target the project contributes to, as numbered in the annex of the Council Implementing
 * Decision approving the plan (Reg. (EU) 2021/241 arts. 18.4.i and 20; Orden HFP/1030/2021 art.
 * 2.2.a).
 *
 * <p>Structural rules, all reported together ({@code OTP-PRTR-TAG}): the component is {@code C}
 * followed by 1 to 30; the measure is the component, a dot, {@code I} (investment) or {@code R}
 * (reform) and a number from 1 (e.g. {@code C11.I1}); the milestone or target number is at least 1;
 * the description is not blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanTag.class)
@JsonDeserialize(as = ImmutablePlanTag.class)
public abstract class PlanTag {

    /** Rule id of the structural rules. */
    public static final String RULE = "OTP-PRTR-TAG";

    private static final Pattern COMPONENT = Pattern.compile("C([1-9]|[12][0-9]|30)");

    private static final Pattern MEASURE = Pattern.compile("(C(?:[1-9]|[12][0-9]|30))\\.[IR][1-9][0-9]?");

    PlanTag() {
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
     * The component of the plan, e.g. {@code C11}.
     *
     * @return the component, {@code C1} to {@code C30}; not null
     */
    public abstract String component();

    /**
     * The measure of the component, e.g. {@code C11.I1} (an investment) or {@code C11.R1} (a reform).
     *
     * @return the measure, not null
     */
    public abstract String measure();

    /**
     * The number of the milestone or target in the annex of the Council Implementing Decision.
     *
     * @return the number, at least 1
     */
    public abstract int number();

    /**
     * Whether the number is a milestone or a target.
     *
     * @return the kind, not null
     */
    public abstract PlanTagKind kind();

    /**
     * What the milestone or target asks for, e.g. "Entidades locales con servicios digitalizados".
     *
     * @return the description, not blank, not null
     */
    public abstract String description();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        boolean componentOk = COMPONENT.matcher(component()).matches();
        if (!componentOk) {
            v.add(Violation.of("component", RULE, "io.otp.core.prtr.tag.component", "value", component()));
        }
        var measure = MEASURE.matcher(measure());
        if (!measure.matches()) {
            v.add(Violation.of("measure", RULE, "io.otp.core.prtr.tag.measure", "value", measure()));
        } else if (componentOk && !measure.group(1).equals(component())) {
            v.add(Violation.of("measure", RULE, "io.otp.core.prtr.tag.measure.component", "value", measure(),
                "component", component()));
        }
        if (number() < 1) {
            v.add(Violation.of("number", RULE, "io.otp.core.prtr.tag.number", "value", number()));
        }
        if (description().isBlank()) {
            v.add(Violation.of("description", RULE, "io.otp.core.prtr.tag.description", "measure", measure()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    @Override
    public String toString() {
        return measure() + " " + kind() + " " + number();
    }

    /** Builds {@link PlanTag}s; obtain one from {@link PlanTag#builder()}. */
    public static final class Builder extends ImmutablePlanTag.Builder {
        Builder() {
        }
    }
}
