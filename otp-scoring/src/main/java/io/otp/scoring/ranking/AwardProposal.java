package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.scoring.ScoringException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The award proposal of a lot (LCSP art. 150): the best-ranked bid is proposed and its bidder asked
 * for its documents; the next bids wait in ranking order. When the proposed bidder does not file
 * them within 10 business days, {@link #withdrawFirst()} takes its offer as withdrawn, records the
 * 3 % penalty on the base budget VAT excluded, and proposes the next bid (art. 150.2). With no bid
 * left the lot would be declared void ({@link #lotWouldBeVoid()}).
 *
 * <p>Whether the 10 business days have passed is for the caller to decide with the authority's
 * calendar of holidays; this type records the consequence.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAwardProposal.class)
@JsonDeserialize(as = ImmutableAwardProposal.class)
public abstract class AwardProposal {

    /** The penalty of a bidder taken as withdrawn: 3 % of the base budget, VAT excluded (LCSP art. 150.2). */
    public static final Percentage PENALTY_RATE = Percentage.of(3);

    AwardProposal() {
    }

    /**
     * The proposal that follows a ranking: its first bid proposed, the others waiting in order.
     *
     * @param ranking the ranking; not null
     * @param baseBudget the lot's base budget, VAT excluded; not null; positive
     * @return the proposal, not null
     * @throws ValidationException if the base budget is not positive
     */
    public static AwardProposal of(RankingResult ranking, Money baseBudget) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(baseBudget, "baseBudget");
        return ImmutableAwardProposal.builder().baseBudget(baseBudget).addAllCandidates(ranking.ranked()).build();
    }

    /**
     * The lot's base budget, VAT excluded, on which penalties are computed.
     *
     * @return the budget, not null
     */
    public abstract Money baseBudget();

    /**
     * The bids still in the proposal, in ranking order; the first is the proposed one.
     *
     * @return the bids, not null; empty when the lot would be declared void
     */
    public abstract List<RankedBid> candidates();

    /**
     * The withdrawals so far, oldest first.
     *
     * @return the history, not null
     */
    public abstract List<Withdrawal> history();

    /**
     * The proposed bid.
     *
     * @return the bid whose bidder is asked for documents; empty when none remains
     */
    public Optional<RankedBid> proposed() {
        return candidates().stream().findFirst();
    }

    /**
     * The bids after the proposed one, in ranking order.
     *
     * @return the next bids, not null
     */
    public List<RankedBid> next() {
        return candidates().isEmpty() ? List.of() : candidates().subList(1, candidates().size());
    }

    /**
     * Whether no bid remains to propose, so the lot would be declared void ("desierto").
     *
     * @return true if no bid remains
     */
    public boolean lotWouldBeVoid() {
        return candidates().isEmpty();
    }

    /**
     * The penalties owed so far, summed.
     *
     * @return the total penalties, not null; zero when nobody withdrew
     */
    public Money totalPenalties() {
        Money total = Money.zero(baseBudget().currency());
        for (Withdrawal w : history()) {
            total = total.plus(w.penalty());
        }
        return total;
    }

    /**
     * The penalty a bidder taken as withdrawn owes: 3 % of the base budget, VAT excluded, rounded
     * half up to the cent (LCSP art. 150.2).
     *
     * @return the penalty, not null
     */
    public Money penalty() {
        return baseBudget().percentage(PENALTY_RATE);
    }

    /**
     * Takes the proposed bidder as withdrawn because it did not file its documents within 10 business
     * days (LCSP art. 150.2), records its penalty and proposes the next bid.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @return the new proposal, not null; {@link #lotWouldBeVoid()} when no bid remains
     * @throws ScoringException if no bid is proposed (the lot would already be void)
     */
    public AwardProposal withdrawFirst() {
        if (candidates().isEmpty()) {
            throw new ScoringException("no bid is proposed: every bid has withdrawn and the lot would be declared"
                + " void (LCSP art. 150.2)");
        }
        RankedBid first = candidates().get(0);
        List<RankedBid> rest = next();
        Withdrawal w = Withdrawal.builder().bid(first.bid()).bidder(first.bidder()).penalty(penalty())
            .nextProposed(rest.stream().findFirst().map(RankedBid::bid)).build();
        List<Withdrawal> history = new ArrayList<>(history());
        history.add(w);
        return ImmutableAwardProposal.builder().baseBudget(baseBudget()).addAllCandidates(rest).addAllHistory(history).build();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!baseBudget().isPositive()) {
            v.add(Violation.of("baseBudget", "LCSP-150.2", "io.otp.scoring.ranking.budgetNotPositive",
                "value", baseBudget()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}
