package io.otp.scoring.committee;

import io.otp.core.NullValueException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.tender.ConflictOfInterestRegime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a committee member may score a tender: the member must have signed a declaration of absence of
 * conflict of interest for the tender, on or before the day of the scoring it covers.
 *
 * <p>The rule cited depends on the tender's funding ({@link ConflictOfInterestRegime}): for a
 * PRTR-funded tender the DACI of Orden HFP/1030/2021 (art. 6 and annex IV.A) and Orden HFP/55/2023, rule
 * id {@value ConflictOfInterestRegime#PRTR_DACI_RULE}; otherwise LCSP art. 64, rule id
 * {@value ConflictOfInterestRegime#LCSP_64_RULE}. Two problems are reported, each naming the member, the
 * tender, the value and the rule:
 * <ul>
 *   <li>no declaration of the member for the tender (at the member's path);</li>
 *   <li>every declaration of the member for the tender signed after the day of the scoring (at the path
 *       {@code declarations[i].signed} of the earliest of them): a declaration signed afterwards cannot
 *       have prevented a conflict in a scoring already made, so it is refused. A declaration signed on
 *       the day of the scoring is accepted, as a date says nothing of the hour.</li>
 * </ul>
 *
 * <p>Days are Spanish civil days: an instant of scoring is read as a date in {@link #ZONE}, the time of
 * the peninsular administration.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ConflictOfInterestRules {

    /** The zone whose calendar dates the scorings: {@code Europe/Madrid}. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private static final String PREFIX = "io.otp.scoring.committee.";

    private ConflictOfInterestRules() {
    }

    /**
     * The day, in {@link #ZONE}, of an instant of scoring.
     *
     * @param scoredAt the instant; not null
     * @return the day, not null
     */
    public static LocalDate scoringDay(Instant scoredAt) {
        Objects.requireNonNull(scoredAt, "scoredAt");
        return LocalDate.ofInstant(scoredAt, ZONE);
    }

    /**
     * Checks that a member has a declaration for the tender signed on or before the day of the scoring.
     *
     * @param member the member; not null
     * @param memberPath where the member is, e.g. {@code members[2]} or {@code scores[0].evaluator}; not null
     * @param tender the tender scored; not null
     * @param regime the tender's regime; not null
     * @param declarations the declarations given, of any person and tender; not null, no null element
     * @param declarationsPath where the declarations are, e.g. {@code declarations} or
     *     {@code settings.declarations}; not null
     * @param scoredOn the day of the scoring the declaration covers; not null
     * @return the violation; empty when the member may score
     * @throws NullValueException if a declaration is null, naming its path
     */
    public static Optional<Violation> check(PersonId member, String memberPath, TenderId tender,
            ConflictOfInterestRegime regime, List<ConflictOfInterestDeclaration> declarations, String declarationsPath,
            LocalDate scoredOn) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(memberPath, "memberPath");
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(declarationsPath, "declarationsPath");
        Objects.requireNonNull(scoredOn, "scoredOn");
        int earliestLate = -1;
        for (int i = 0; i < declarations.size(); i++) {
            ConflictOfInterestDeclaration d = declarations.get(i);
            if (d == null) {
                throw new NullValueException(declarationsPath + "[" + i + "]");
            }
            if (!d.person().equals(member) || !d.tender().equals(tender)) {
                continue;
            }
            if (!d.signed().isAfter(scoredOn)) {
                return Optional.empty();
            }
            if (earliestLate < 0 || d.signed().isBefore(declarations.get(earliestLate).signed())) {
                earliestLate = i;
            }
        }
        boolean prtr = regime == ConflictOfInterestRegime.PRTR_DACI;
        if (earliestLate < 0) {
            return Optional.of(Violation.of(memberPath, regime.ruleId(),
                PREFIX + (prtr ? "daciMissing" : "declarationMissing"), "person", member, "tender", tender));
        }
        return Optional.of(Violation.of(declarationsPath + "[" + earliestLate + "].signed", regime.ruleId(),
            PREFIX + (prtr ? "daciSignedLate" : "declarationSignedLate"), "person", member, "tender", tender,
            "value", declarations.get(earliestLate).signed(), "scoredOn", scoredOn));
    }
}
