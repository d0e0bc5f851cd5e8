package io.otp.core.funding;

import io.otp.core.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The result of matching a {@link FundingProfile} against one {@link FundingCall}: the hard filters
 * the profile fails, each named, or, when it fails none, a fit score with its reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingMatch {

    private final FundingCall call;
    private final List<Violation> failedFilters;
    private final int score;
    private final List<String> reasons;

    FundingMatch(FundingCall call, List<Violation> failedFilters, int score, List<String> reasons) {
        this.call = Objects.requireNonNull(call, "call");
        this.failedFilters = List.copyOf(failedFilters);
        this.score = failedFilters.isEmpty() ? score : 0;
        this.reasons = failedFilters.isEmpty() ? List.copyOf(reasons) : List.of();
    }

    /**
     * The call matched.
     *
     * @return the call, not null
     */
    public FundingCall call() {
        return call;
    }

    /**
     * The hard filters the profile fails, each a violation naming the profile's field, the rule and the
     * reason, e.g. "closed on 2026-03-31" or "region ES51 not eligible".
     *
     * @return an unmodifiable list, empty when the profile is eligible; not null
     */
    public List<Violation> failedFilters() {
        return failedFilters;
    }

    /**
     * Tells whether the profile passes every hard filter.
     *
     * @return true if no filter failed
     */
    public boolean isEligible() {
        return failedFilters.isEmpty();
    }

    /**
     * How well an eligible profile fits the call.
     *
     * @return 0 to 100; 0 when not eligible
     */
    public int score() {
        return score;
    }

    /**
     * Why the score is what it is, one English sentence per component.
     *
     * @return an unmodifiable list, empty when not eligible; not null
     */
    public List<String> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return call.id() + (isEligible() ? " score " + score + " " + reasons : " fails " + failedFilters);
    }
}
