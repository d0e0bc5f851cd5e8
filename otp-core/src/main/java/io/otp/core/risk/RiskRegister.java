package io.otp.core.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.ProjectId;
import io.otp.core.id.RiskRegisterId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The risks and issues register of a project: its PM² risk log and issue log (PM² Guide v3, "Risk
 * Management" and "Issue and Decision Management"). The office reads its {@link #topRisks top risks}
 * into the dashboard snapshot and chases its {@link #overdueReviews overdue reviews}.
 *
 * <p>Structural rules, checked whenever a register is built or copied (all broken rules are
 * reported together in one {@link ValidationException}, each naming its field, the value and the
 * rule):
 * <ul>
 *   <li>no two risks share a reference, nor do two issues ({@code OTP-RISK-REFERENCE-UNIQUE});</li>
 *   <li>an issue's related risk is a risk of the register ({@code OTP-ISSUE-RISK}).</li>
 * </ul>
 * Each risk and issue checks its own rules (owner present, next review after the last...).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskRegister.class)
@JsonDeserialize(as = ImmutableRiskRegister.class)
public abstract class RiskRegister implements Aggregate<RiskRegisterId> {

    /** Days to the next review when a reassessed risk had no review interval yet. */
    public static final int DEFAULT_REVIEW_DAYS = 30;

    /** Risks by descending score, then by the number of their reference. */
    private static final Comparator<Risk> BY_SCORE = Comparator.comparingInt(Risk::score).reversed()
        .thenComparingInt(r -> referenceNumber(r.reference()));

    RiskRegister() {
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
     * The register's identifier.
     *
     * @return the id, not null
     */
    @Override
    public abstract RiskRegisterId id();

    /**
     * The project whose risks and issues the register holds.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The risks, in the order they were recorded.
     *
     * @return an unmodifiable list with unique references; not null
     */
    public abstract List<Risk> risks();

    /**
     * The issues, in the order they were recorded.
     *
     * @return an unmodifiable list with unique references; not null
     */
    public abstract List<Issue> issues();

    /**
     * The risk with a reference.
     *
     * @param reference the reference, e.g. {@code R-01}; not null
     * @return the risk, empty if the register has none with that reference; not null
     */
    public Optional<Risk> risk(String reference) {
        Risk.requireArgument(reference, "reference");
        return risks().stream().filter(r -> r.reference().equals(reference)).findFirst();
    }

    /**
     * The issue with a reference.
     *
     * @param reference the reference, e.g. {@code I-01}; not null
     * @return the issue, empty if the register has none with that reference; not null
     */
    public Optional<Issue> issue(String reference) {
        Risk.requireArgument(reference, "reference");
        return issues().stream().filter(i -> i.reference().equals(reference)).findFirst();
    }

    /**
     * The day of the most recent review of any risk.
     *
     * @return the date, empty while no risk was reviewed; not null
     */
    public Optional<LocalDate> lastReview() {
        return risks().stream().map(Risk::lastReview).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /**
     * The highest risks that are not closed and were identified on or before a day, by descending
     * score and then by reference number ({@code R-02} before {@code R-10}).
     *
     * @param n how many at most; zero or more
     * @param date the day; not null
     * @return an unmodifiable list of at most {@code n} risks; not null
     * @throws ValidationException if {@code n} is negative
     */
    public List<Risk> topRisks(int n, LocalDate date) {
        Risk.requireArgument(date, "date");
        if (n < 0) {
            throw new ValidationException(Violation.of("n", "OTP-RISK-TOP", "io.otp.core.risk.top.negative",
                "value", n));
        }
        return risks().stream()
            .filter(r -> !r.isClosed() && !r.identifiedOn().isAfter(date))
            .sorted(BY_SCORE)
            .limit(n)
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The open risks whose next review is before a day ({@link Risk#isReviewOverdue}), oldest due
     * date first, then by reference number.
     *
     * @param date the day; not null
     * @return an unmodifiable list; not null
     */
    public List<Risk> overdueReviews(LocalDate date) {
        Risk.requireArgument(date, "date");
        return risks().stream()
            .filter(r -> r.isReviewOverdue(date))
            .sorted(Comparator.comparing((Risk r) -> r.nextReview().orElseThrow())
                .thenComparingInt(r -> referenceNumber(r.reference())))
            .collect(Collectors.toUnmodifiableList());
    }

    /**
     * A copy with a risk added, or replacing the risk with the same reference in its place. This
     * instance is immutable and unaffected by this method call.
     *
     * @param risk the risk; not null
     * @return the copy, not null
     */
    public RiskRegister withRisk(Risk risk) {
        Risk.requireArgument(risk, "risk");
        return ((ImmutableRiskRegister) ImmutableRiskRegister.copyOf(this))
            .withRisks(put(risks(), risk, Risk::reference));
    }

    /**
     * A copy with an issue added, or replacing the issue with the same reference in its place. This
     * instance is immutable and unaffected by this method call.
     *
     * @param issue the issue; not null
     * @return the copy, not null
     * @throws ValidationException if the issue's related risk is not in the register
     */
    public RiskRegister withIssue(Issue issue) {
        Risk.requireArgument(issue, "issue");
        return ((ImmutableRiskRegister) ImmutableRiskRegister.copyOf(this))
            .withIssues(put(issues(), issue, Issue::reference));
    }

    /**
     * A copy with a risk re-rated on a review ({@link Risk#reassess}). This instance is immutable and
     * unaffected by this method call.
     *
     * @param reference the risk's reference; not null
     * @param probability the new probability; not null
     * @param impact the new impact; not null
     * @param reviewDate the day of the review; not null
     * @return the copy, not null
     * @throws ValidationException if the register has no such risk, the risk is closed, or the review
     *     date is before its last review or the day it was identified
     */
    public RiskRegister reassess(String reference, Rating probability, Rating impact, LocalDate reviewDate) {
        Risk.requireArgument(reference, "reference");
        Risk risk = risk(reference).orElseThrow(() -> new ValidationException(Violation.of("risks",
            "OTP-RISK-REFERENCE", "io.otp.core.risk.unknown", "register", id(), "value", reference)));
        return withRisk(risk.reassess(probability, impact, reviewDate));
    }

    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(PROJECT, project().value());
        lastReview().ifPresent(d -> q.put(DATE, d.toString()));
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        unique(violations, "risks", risks(), Risk::reference);
        unique(violations, "issues", issues(), Issue::reference);
        Set<String> known = new HashSet<>();
        risks().forEach(r -> known.add(r.reference()));
        for (int i = 0; i < issues().size(); i++) {
            Optional<String> related = issues().get(i).relatedRisk();
            if (related.isPresent() && !known.contains(related.get())) {
                violations.add(Violation.of("issues[" + i + "].relatedRisk", "OTP-ISSUE-RISK",
                    "io.otp.core.risk.issue.relatedRisk.unknown", "register", id(), "value", related.get()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private <T> void unique(List<Violation> violations, String field, List<T> entries,
                            Function<T, String> reference) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String ref = reference.apply(entries.get(i));
            Integer earlier = first.putIfAbsent(ref, i);
            if (earlier != null) {
                violations.add(Violation.of(field + "[" + i + "].reference", "OTP-RISK-REFERENCE-UNIQUE",
                    "io.otp.core.risk.reference.duplicate", "register", id(), "value", ref, "first", earlier));
            }
        }
    }

    private static <T> List<T> put(List<T> entries, T entry, Function<T, String> reference) {
        List<T> out = new ArrayList<>(entries);
        String ref = reference.apply(entry);
        for (int i = 0; i < out.size(); i++) {
            if (reference.apply(out.get(i)).equals(ref)) {
                out.set(i, entry);
                return out;
            }
        }
        out.add(entry);
        return out;
    }

    private static int referenceNumber(String reference) {
        return Integer.parseInt(reference.substring(2));
    }

    /** Builds risk registers; obtain one from {@link RiskRegister#builder()}. */
    public static final class Builder extends ImmutableRiskRegister.Builder {
        Builder() {
        }
    }
}
