package io.otp.core.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.lifecycle.IllegalTransitionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A threat to a project, one entry of its PM² risk log (PM² Guide v3, "Risk Management"): what may
 * happen, how likely it is and how much it would hurt, who owns it, how the project responds and
 * when it is reviewed.
 *
 * <p>Its {@link #score()} is probability times impact (1 to 25) and its {@link #level()} reads the
 * score through the SDK's default bands ({@link RiskLevel}).
 *
 * <p>Structural rules, checked whenever a risk is built or copied (all broken rules are reported
 * together in one {@link ValidationException}, each naming its field, the value and the rule):
 * <ul>
 *   <li>the reference is {@code R-} followed by 2 to 4 digits, e.g. {@code R-01}
 *       ({@code OTP-RISK-REFERENCE});</li>
 *   <li>title, description and category are not blank, nor are the response actions when given
 *       ({@code OTP-RISK-TEXT});</li>
 *   <li>a risk whose response is planned or monitored has a response strategy
 *       ({@code OTP-RISK-RESPONSE});</li>
 *   <li>the last review is not before the day the risk was identified, and the next review is after
 *       the last review and after the day the risk was identified ({@code OTP-RISK-REVIEW}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRisk.class)
@JsonDeserialize(as = ImmutableRisk.class)
public abstract class Risk {

    /** What a risk reference looks like: {@code R-} and 2 to 4 digits. */
    public static final Pattern REFERENCE = Pattern.compile("R-[0-9]{2,4}");

    private static final EnumSet<RiskStatus> NEEDS_RESPONSE =
        EnumSet.of(RiskStatus.RESPONSE_PLANNED, RiskStatus.MONITORED);

    Risk() {
    }

    /**
     * A builder. The status defaults to {@link RiskStatus#IDENTIFIED}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The reference of the risk in its register, e.g. {@code R-01}.
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
     * What may happen, its cause and its effect on the project.
     *
     * @return the description, not blank, not null
     */
    public abstract String description();

    /**
     * The kind of risk as the project classifies it (technical, contractual, organisational...).
     *
     * @return the category, not blank, not null
     */
    public abstract String category();

    /**
     * How likely the risk is to happen.
     *
     * @return the probability, not null
     */
    public abstract Rating probability();

    /**
     * How much the project would suffer if it happened.
     *
     * @return the impact, not null
     */
    public abstract Rating impact();

    /**
     * The person answerable for following the risk and carrying out its response.
     *
     * @return the owner, not null
     */
    public abstract PersonId owner();

    /**
     * The day the risk was identified.
     *
     * @return the date, not null
     */
    public abstract LocalDate identifiedOn();

    /**
     * The response strategy decided.
     *
     * @return the strategy, present once the response is planned; not null
     */
    public abstract Optional<ResponseStrategy> response();

    /**
     * The actions of the response: what is done, by whom, by when.
     *
     * @return the actions, not blank when present; not null
     */
    public abstract Optional<String> responseActions();

    /**
     * The day the risk was last reviewed.
     *
     * @return the date, empty while never reviewed; not null
     */
    public abstract Optional<LocalDate> lastReview();

    /**
     * The day the risk is next to be reviewed.
     *
     * @return the date, after the last review; empty while not scheduled; not null
     */
    public abstract Optional<LocalDate> nextReview();

    /**
     * The status of the risk.
     *
     * @return the status, not null
     */
    @Value.Default
    public RiskStatus status() {
        return RiskStatus.IDENTIFIED;
    }

    /**
     * The score: probability times impact.
     *
     * @return the score, 1 to 25
     */
    public int score() {
        return probability().score() * impact().score();
    }

    /**
     * The level of the score under the SDK's default bands.
     *
     * @return the level, not null
     */
    public RiskLevel level() {
        return RiskLevel.ofScore(score());
    }

    /**
     * Whether the risk is closed.
     *
     * @return true if the status is {@link RiskStatus#CLOSED}
     */
    public boolean isClosed() {
        return status() == RiskStatus.CLOSED;
    }

    /**
     * Whether the next review is due before a day and the risk is still open: a risk due on the day
     * itself is not yet overdue, and a risk with no next review is not scheduled, hence never overdue.
     *
     * @param date the day; not null
     * @return true if the review is overdue on that day
     */
    public boolean isReviewOverdue(LocalDate date) {
        requireArgument(date, "date");
        return !isClosed() && nextReview().filter(next -> next.isBefore(date)).isPresent();
    }

    /**
     * A copy with another status. This instance is immutable and unaffected by this method call.
     *
     * @param next the status wanted; not null
     * @return the copy, not null
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws ValidationException if the copy breaks a rule (a planned response without strategy)
     */
    public Risk moveTo(RiskStatus next) {
        requireArgument(next, "next");
        IllegalTransitionException.check("risk " + reference(), status(), next);
        return ((ImmutableRisk) ImmutableRisk.copyOf(this)).withStatus(next);
    }

    /**
     * A copy with the response planned: strategy and actions set, status
     * {@link RiskStatus#RESPONSE_PLANNED}. This instance is immutable and unaffected by this method call.
     *
     * @param strategy the strategy; not null
     * @param actions the actions; not null
     * @return the copy, not null
     * @throws IllegalTransitionException if the lifecycle does not allow the move
     * @throws ValidationException if the actions are blank
     */
    public Risk planResponse(ResponseStrategy strategy, String actions) {
        requireArgument(strategy, "strategy");
        requireArgument(actions, "actions");
        IllegalTransitionException.check("risk " + reference(), status(), RiskStatus.RESPONSE_PLANNED);
        return ((ImmutableRisk) ImmutableRisk.copyOf(this)).withResponse(strategy)
            .withResponseActions(actions).withStatus(RiskStatus.RESPONSE_PLANNED);
    }

    /**
     * A copy re-rated on a review: probability and impact replaced, the review date recorded as the
     * last review, and the next review moved on by the interval the risk had between its reviews (or
     * {@value RiskRegister#DEFAULT_REVIEW_DAYS} days when it had none). An identified risk becomes
     * {@link RiskStatus#ASSESSED}. This instance is immutable and unaffected by this method call.
     *
     * @param probability the new probability; not null
     * @param impact the new impact; not null
     * @param reviewDate the day of the review; not null
     * @return the copy, not null
     * @throws ValidationException if the risk is closed or the review date is before the last
     *     review or the day the risk was identified
     */
    public Risk reassess(Rating probability, Rating impact, LocalDate reviewDate) {
        requireArgument(probability, "probability");
        requireArgument(impact, "impact");
        requireArgument(reviewDate, "reviewDate");
        if (isClosed()) {
            throw new ValidationException(Violation.of("status", "OTP-RISK-REVIEW",
                "io.otp.core.risk.reassess.closed", "risk", reference()));
        }
        Optional<LocalDate> last = lastReview().filter(reviewDate::isBefore);
        if (last.isPresent()) {
            throw new ValidationException(Violation.of("lastReview", "OTP-RISK-REVIEW",
                "io.otp.core.risk.reassess.earlier", "risk", reference(), "value", reviewDate, "last", last.get()));
        }
        long interval = RiskRegister.DEFAULT_REVIEW_DAYS;
        if (lastReview().isPresent() && nextReview().isPresent()) {
            interval = nextReview().get().toEpochDay() - lastReview().get().toEpochDay();
        }
        RiskStatus next = status() == RiskStatus.IDENTIFIED ? RiskStatus.ASSESSED : status();
        // One build, not a chain of withX copies: an intermediate copy could break the review order.
        return builder()
            .reference(reference())
            .title(title())
            .description(description())
            .category(category())
            .probability(probability)
            .impact(impact)
            .owner(owner())
            .identifiedOn(identifiedOn())
            .response(response())
            .responseActions(responseActions())
            .lastReview(reviewDate)
            .nextReview(reviewDate.plusDays(interval))
            .status(next)
            .build();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (!REFERENCE.matcher(reference()).matches()) {
            violations.add(Violation.of("reference", "OTP-RISK-REFERENCE", "io.otp.core.risk.reference",
                "value", reference()));
        }
        blank(violations, "title", title());
        blank(violations, "description", description());
        blank(violations, "category", category());
        responseActions().ifPresent(a -> blank(violations, "responseActions", a));
        if (NEEDS_RESPONSE.contains(status()) && response().isEmpty()) {
            violations.add(Violation.of("response", "OTP-RISK-RESPONSE", "io.otp.core.risk.response.required",
                "risk", reference(), "status", status()));
        }
        lastReview().filter(last -> last.isBefore(identifiedOn())).ifPresent(last ->
            violations.add(Violation.of("lastReview", "OTP-RISK-REVIEW", "io.otp.core.risk.review.beforeIdentified",
                "risk", reference(), "value", last, "identified", identifiedOn())));
        nextReview().ifPresent(next -> {
            LocalDate after = lastReview().orElse(identifiedOn());
            if (!next.isAfter(after)) {
                violations.add(Violation.of("nextReview", "OTP-RISK-REVIEW", "io.otp.core.risk.review.order",
                    "risk", reference(), "value", next, "last", after));
            }
        });
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void blank(List<Violation> violations, String field, String text) {
        if (text.isBlank()) {
            violations.add(Violation.of(field, "OTP-RISK-TEXT", "io.otp.core.risk.text.blank",
                "risk", reference(), "field", field));
        }
    }

    static void requireArgument(Object value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
    }

    /** Builds risks; obtain one from {@link Risk#builder()}. */
    public static final class Builder extends ImmutableRisk.Builder {
        Builder() {
        }
    }
}
