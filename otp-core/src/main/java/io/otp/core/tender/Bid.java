package io.otp.core.tender;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A bid (oferta, proposición) for one lot of a tender (LCSP art. 139): the bidder, its economic
 * offer, the values it offers for the other formula criteria, its two envelopes and when it was
 * submitted.
 *
 * <p>The economic offer excludes VAT, as the base budget does (LCSP art. 100). The values for
 * formula criteria are keyed by criterion id (e.g. warranty years for a warranty criterion); the
 * value-judgment envelope holds the documentation evaluated by judgment and the formula envelope
 * the economic offer and other formula values, opened later (LCSP art. 146.2.b and 157). A formula
 * value is kept with the scale it is given ({@code 4.50} stays {@code 4.50}), except that a negative
 * scale is stored as scale 0: {@code 1E+3} is kept as {@code 1000}, the number its JSON holds, so
 * that a bid read back from its JSON equals it. A formula value has at most 100 digits in plain notation,
 * trailing zeros of its fraction aside, as the SDK's JSON reader reads them: {@code 1E+1000000000} is
 * refused, not written out.
 *
 * <p>Structural invariants: the economic offer is positive; each formula value has at most 100 digits in
 * plain notation (rule {@code OTP-DECIMAL-DIGITS}). Whether it exceeds the lot's budget,
 * and whether the formula values match the lot's criteria, are rules checked against the tender.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBid.class)
@JsonDeserialize(as = ImmutableBid.class)
public abstract class Bid implements Aggregate<BidId> {

    Bid() {
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
     * The bid's identifier.
     *
     * @return the id, not null
     */
    public abstract BidId id();

    /**
     * The tender the bid is for.
     *
     * @return the tender's id, not null
     */
    public abstract TenderId tender();

    /**
     * The lot the bid is for.
     *
     * @return the lot's id, not null
     */
    public abstract LotId lot();

    /**
     * The bidder (licitador).
     *
     * @return the bidder's id, not null
     */
    public abstract OrganisationId bidder();

    /**
     * The price offered, VAT excluded.
     *
     * @return the offer, positive
     */
    public abstract Money economicOffer();

    /**
     * The values offered for formula criteria other than price, by criterion id, e.g. 4 for
     * "warranty years".
     *
     * @return an unmodifiable sorted map, possibly empty; not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<CriterionId, BigDecimal> formulaValues();

    /**
     * The envelope with the documentation evaluated by value judgment.
     *
     * @return the envelope, not null; empty by default
     */
    @Value.Default
    public Envelope valueJudgmentEnvelope() {
        return Envelope.empty();
    }

    /**
     * The envelope with the economic offer and the other formula values.
     *
     * @return the envelope, not null; empty by default
     */
    @Value.Default
    public Envelope formulaEnvelope() {
        return Envelope.empty();
    }

    /**
     * When the bid was submitted.
     *
     * @return the instant, not null
     */
    public abstract Instant submittedAt();

    /**
     * The bidder's social data for breaking ties (LCSP art. 147.2).
     *
     * @return the data, not null; none by default
     */
    @Value.Default
    public TieBreakData tieBreakData() {
        return TieBreakData.none();
    }

    /**
     * The values a bid is found by: {@code tender}, {@code lot}, {@code organisation} (the bidder) and
     * {@code date} (the day of submission, UTC).
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(TENDER, tender().value());
        q.put(LOT, lot().value());
        q.put(ORGANISATION, bidder().value());
        q.put(DATE, submittedAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString());
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    Bid check() {
        List<Violation> v = new ArrayList<>();
        if (!economicOffer().isPositive()) {
            v.add(Violation.of("economicOffer", "OTP-OFFER-POSITIVE", "io.otp.core.tender.bid.offer",
                "bid", id(), "value", economicOffer()));
        }
        // Counted before any value is written out: 1E+1000000000 has a billion digits at scale 0.
        v.addAll(PlainDecimals.unbounded("formulaValues", formulaValues()));
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (PlainDecimals.anyNegativeScale(formulaValues())) {
            return ((ImmutableBid) ImmutableBid.copyOf(this))
                .withFormulaValues(PlainDecimals.plain(formulaValues()));
        }
        return this;
    }

    /** Builds {@link Bid}s; each attribute may be set once. */
    public static final class Builder extends ImmutableBid.Builder {
        Builder() {
        }
    }
}
