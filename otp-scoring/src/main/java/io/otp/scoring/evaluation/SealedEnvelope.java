package io.otp.scoring.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The formula envelope of a registered bid (LCSP art. 157): its economic offer and the values it
 * offers for the other formula criteria, kept closed until the evaluation opens it.
 *
 * <p>The API gives only the bid and the SHA-256 digest of the contents; the contents are reached
 * through {@link Evaluation#formulaOffers()}, which refuses before the value-judgment scores are sealed
 * and the technical threshold applied. The JSON form carries the contents, so that a store can keep
 * and rebuild the evaluation; reading the envelope back checks the contents against the digest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SealedEnvelope {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private final BidId bid;

    private final Money economicOffer;

    private final SortedMap<CriterionId, BigDecimal> values;

    private final String digest;

    private SealedEnvelope(BidId bid, Money economicOffer, SortedMap<CriterionId, BigDecimal> values) {
        this.bid = bid;
        this.economicOffer = economicOffer;
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        this.digest = digestOf(bid, economicOffer, this.values);
    }

    /**
     * Seals the contents of a formula envelope.
     *
     * @param bid the bid; not null
     * @param economicOffer the economic offer, VAT excluded; not null
     * @param values the values for the other formula criteria; not null
     * @return the sealed envelope, not null
     */
    static SealedEnvelope seal(BidId bid, Money economicOffer, Map<CriterionId, BigDecimal> values) {
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(economicOffer, "economicOffer");
        return new SealedEnvelope(bid, economicOffer, new TreeMap<>(Objects.requireNonNull(values, "values")));
    }

    @JsonCreator
    static SealedEnvelope read(@JsonProperty("bid") BidId bid, @JsonProperty("economicOffer") Money economicOffer,
            @JsonProperty("values") Map<CriterionId, BigDecimal> values, @JsonProperty("digest") String digest) {
        if (bid == null || economicOffer == null || digest == null) {
            throw new ValidationException(Violation.of(bid == null ? "bid" : economicOffer == null ? "economicOffer"
                : "digest", "OTP-REQUIRED", "io.otp.scoring.evaluation.envelope.incomplete"));
        }
        if (values != null) {
            for (Map.Entry<CriterionId, BigDecimal> value : values.entrySet()) {
                if (value.getValue() == null) {
                    throw new ValidationException(Violation.of(valuePath(value.getKey()), "OTP-REQUIRED",
                        "io.otp.scoring.evaluation.envelope.value", "bid", bid, "criterion", value.getKey()));
                }
            }
        }
        SealedEnvelope envelope = new SealedEnvelope(bid, economicOffer, values == null ? new TreeMap<>()
            : new TreeMap<>(values));
        if (!envelope.digest.equals(digest)) {
            throw new ValidationException(Violation.of("digest", "OTP-ENVELOPE-DIGEST",
                "io.otp.scoring.evaluation.envelope.digest", "bid", bid, "value", digest, "expected",
                envelope.digest));
        }
        return envelope;
    }

    /**
     * The bid whose envelope this is.
     *
     * @return the bid id, not null
     */
    @JsonProperty("bid")
    public BidId bid() {
        return bid;
    }

    /**
     * The SHA-256 digest of the contents, in lower-case hexadecimal: proof, once opened, that the
     * contents are those registered.
     *
     * @return the digest, 64 characters; not null
     */
    @JsonProperty("digest")
    public String digest() {
        return digest;
    }

    @JsonProperty("economicOffer")
    Money economicOffer() {
        return economicOffer;
    }

    @JsonProperty("values")
    SortedMap<CriterionId, BigDecimal> values() {
        return values;
    }

    /** The path of a value: {@code values.WARRANTY}, or {@code values["a b"]} for a key not a simple name. */
    private static String valuePath(CriterionId criterion) {
        String key = criterion.toString();
        return SIMPLE_NAME.matcher(key).matches() ? "values." + key
            : "values[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String digestOf(BidId bid, Money offer, SortedMap<CriterionId, BigDecimal> values) {
        StringBuilder text = new StringBuilder("bid=").append(bid).append("\neconomicOffer=").append(offer);
        values.forEach((k, v) -> text.append('\n').append(k).append('=').append(v.toPlainString()));
        return Steps.sha256(text.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedEnvelope && digest.equals(((SealedEnvelope) o).digest)
            && bid.equals(((SealedEnvelope) o).bid);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    /**
     * The bid and the digest, never the contents.
     *
     * @return e.g. {@code sealed envelope of B1 (sha256:3f2a…)}; not null
     */
    @Override
    public String toString() {
        return "sealed envelope of " + bid + " (sha256:" + digest + ")";
    }
}
