package io.otp.core.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.lifecycle.IllegalTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A problem the project has now, one entry of its PM² issue log (PM² Guide v3, "Issue and Decision
 * Management"): a risk that happened or a problem nobody foresaw.
 *
 * <p>Structural rules, checked whenever an issue is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field, the value and the rule):
 * <ul>
 *   <li>the reference is {@code I-} followed by 2 to 4 digits, e.g. {@code I-01}
 *       ({@code OTP-ISSUE-REFERENCE});</li>
 *   <li>the related risk, when given, is a risk reference ({@code OTP-ISSUE-RISK});</li>
 *   <li>title and description are not blank ({@code OTP-ISSUE-TEXT});</li>
 *   <li>a resolved issue has a resolution that is not blank, and an open one has none
 *       ({@code OTP-ISSUE-RESOLUTION}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIssue.class)
@JsonDeserialize(as = ImmutableIssue.class)
public abstract class Issue {

    /** What an issue reference looks like: {@code I-} and 2 to 4 digits. */
    public static final Pattern REFERENCE = Pattern.compile("I-[0-9]{2,4}");

    Issue() {
    }

    /**
     * A builder. The status defaults to {@link IssueStatus#OPEN}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The reference of the issue in its register, e.g. {@code I-01}.
     *
     * @return the reference, not null
     */
    public abstract String reference();

    /**
     * A short title.
     *
     * @return the title, not blank, not null
     */
    public abstract String title();

    /**
     * What happened and how it affects the project.
     *
     * @return the description, not blank, not null
     */
    public abstract String description();

    /**
     * How urgently the issue must be dealt with.
     *
     * @return the priority, not null
     */
    public abstract IssuePriority priority();

    /**
     * The person answerable for resolving the issue.
     *
     * @return the owner, not null
     */
    public abstract PersonId owner();

    /**
     * The day the issue was raised.
     *
     * @return the date, not null
     */
    public abstract LocalDate raisedOn();

    /**
     * The reference of the risk of the same register that happened, when the issue is one.
     *
     * @return the risk reference, e.g. {@code R-03}; empty for an unforeseen problem; not null
     */
    public abstract Optional<String> relatedRisk();

    /**
     * How the issue was resolved.
     *
     * @return the resolution, present exactly when the issue is resolved; not null
     */
    public abstract Optional<String> resolution();

    /**
     * The status of the issue.
     *
     * @return the status, not null
     */
    @Value.Default
    public IssueStatus status() {
        return IssueStatus.OPEN;
    }

    /**
     * A resolved copy. This instance is immutable and unaffected by this method call.
     *
     * @param resolution how the issue was resolved; not null
     * @return the copy, not null
     * @throws IllegalTransitionException if the issue is already resolved
     * @throws ValidationException if the resolution is blank
     */
    public Issue resolve(String resolution) {
        Risk.requireArgument(resolution, "resolution");
        IllegalTransitionException.check("issue " + reference(), status(), IssueStatus.RESOLVED);
        return copy(IssueStatus.RESOLVED, Optional.of(resolution));
    }

    /**
     * A reopened copy, without resolution. This instance is immutable and unaffected by this method call.
     *
     * @return the copy, not null
     * @throws IllegalTransitionException if the issue is open
     */
    public Issue reopen() {
        IllegalTransitionException.check("issue " + reference(), status(), IssueStatus.OPEN);
        return copy(IssueStatus.OPEN, Optional.empty());
    }

    // One build, not withX copies: a resolution without the resolved status is itself invalid.
    private Issue copy(IssueStatus status, Optional<String> resolution) {
        return builder()
            .reference(reference())
            .title(title())
            .description(description())
            .priority(priority())
            .owner(owner())
            .raisedOn(raisedOn())
            .relatedRisk(relatedRisk())
            .resolution(resolution)
            .status(status)
            .build();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (!REFERENCE.matcher(reference()).matches()) {
            violations.add(Violation.of("reference", "OTP-ISSUE-REFERENCE", "io.otp.core.risk.issue.reference",
                "value", reference()));
        }
        relatedRisk().filter(r -> !Risk.REFERENCE.matcher(r).matches()).ifPresent(r ->
            violations.add(Violation.of("relatedRisk", "OTP-ISSUE-RISK", "io.otp.core.risk.reference",
                "value", r)));
        if (title().isBlank()) {
            violations.add(Violation.of("title", "OTP-ISSUE-TEXT", "io.otp.core.risk.issue.text.blank",
                "issue", reference(), "field", "title"));
        }
        if (description().isBlank()) {
            violations.add(Violation.of("description", "OTP-ISSUE-TEXT", "io.otp.core.risk.issue.text.blank",
                "issue", reference(), "field", "description"));
        }
        boolean resolved = status() == IssueStatus.RESOLVED;
        if (resolved && resolution().filter(r -> !r.isBlank()).isEmpty()) {
            violations.add(Violation.of("resolution", "OTP-ISSUE-RESOLUTION",
                "io.otp.core.risk.issue.resolution.required", "issue", reference()));
        } else if (!resolved && resolution().isPresent()) {
            violations.add(Violation.of("resolution", "OTP-ISSUE-RESOLUTION",
                "io.otp.core.risk.issue.resolution.unexpected", "issue", reference(), "value", resolution().get()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds issues; obtain one from {@link Issue#builder()}. */
    public static final class Builder extends ImmutableIssue.Builder {
        Builder() {
        }
    }
}
