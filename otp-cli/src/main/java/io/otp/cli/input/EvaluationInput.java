package io.otp.cli.input;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.PersonId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.ConflictOfInterestRules;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.EvaluationSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document {@code otp evaluate} and {@code otp sensitivity} read: everything the evaluation of one
 * lot needs, in the SDK's JSON ({@code OtpJson.standard()}). The README's Commands section documents it
 * with the example {@code examples/evaluation.json}.
 *
 * <p>Required: {@code tender}, {@code lot}. Optional: {@code bids}, {@code scores}, {@code decisions}
 * (empty lists when absent), {@code settings} ({@link EvaluationSettings#defaults()} when absent),
 * {@code actor} and {@code at}, who signs each step of the evaluation and when (default: the first
 * committee member, or {@code P-OTP-CLI}, at the time of the latest bid or at the start of the day, in
 * {@link ConflictOfInterestRules#ZONE}, on which the last declaration of absence of conflict of interest
 * was signed, whichever is later: a declaration signed after the scoring is refused, so the default never
 * dates the scoring before one; and the history and the result are the same on every run).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tender the tender, with its lots and criteria; not null
 * @param lot the lot to evaluate; not null
 * @param bids the bids of that lot; never null
 * @param settings the evaluation settings (committee, DACIs, abnormality rule, seed); never null
 * @param scores the committee's scores of the value-judgment criteria; never null
 * @param decisions the mesa's decisions on the justification of offers presumed abnormally low; never null
 * @param actor who signs each step; never null
 * @param at when each step is signed; never null
 */
public record EvaluationInput(Tender tender, LotId lot, List<Bid> bids, EvaluationSettings settings,
                              List<EvaluatorScore> scores, List<AbnormalOfferDecision> decisions,
                              Optional<PersonId> actor, Optional<Instant> at) {

    /** The signer when the document names none and the settings have no committee. */
    public static final PersonId DEFAULT_ACTOR = PersonId.of("P-OTP-CLI");

    /**
     * Checks the required parts and replaces absent optional ones by their defaults.
     *
     * @throws ValidationException if {@code tender} or {@code lot} is missing (rule OTP-REQUIRED)
     */
    public EvaluationInput {
        List<Violation> missing = new ArrayList<>();
        if (tender == null) {
            missing.add(Violation.of("tender", "OTP-REQUIRED", "io.otp.core.required", "field", "tender"));
        }
        if (lot == null) {
            missing.add(Violation.of("lot", "OTP-REQUIRED", "io.otp.core.required", "field", "lot"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        bids = bids == null ? List.of() : List.copyOf(bids);
        settings = settings == null ? EvaluationSettings.defaults() : settings;
        scores = scores == null ? List.of() : List.copyOf(scores);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actor = actor == null ? Optional.empty() : actor;
        at = at == null ? Optional.empty() : at;
    }

    /**
     * Who signs each step of the evaluation.
     *
     * @return the actor, the first committee member or {@link #DEFAULT_ACTOR}; not null
     */
    public PersonId signer() {
        return actor.orElseGet(() -> settings.committee().stream().findFirst().orElse(DEFAULT_ACTOR));
    }

    /**
     * When each step of the evaluation is signed.
     *
     * @return {@code at}, else the later of the latest submission of a bid and the start of the day the last
     *     declaration was signed, else the epoch; not null
     */
    public Instant signedAt() {
        return at.orElseGet(() -> {
            Instant latest = bids.stream().map(Bid::submittedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            for (ConflictOfInterestDeclaration d : settings.declarations()) {
                Instant signed = d.signed().atStartOfDay(ConflictOfInterestRules.ZONE).toInstant();
                if (signed.isAfter(latest)) {
                    latest = signed;
                }
            }
            return latest;
        });
    }

    /**
     * Finds the mesa's decision on one bid.
     *
     * @param bid the bid; not null
     * @return the decision, or empty if the document has none
     */
    public Optional<AbnormalOfferDecision> decision(BidId bid) {
        return decisions.stream().filter(d -> d.bidId().equals(bid)).findFirst();
    }
}
