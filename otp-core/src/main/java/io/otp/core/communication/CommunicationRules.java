package io.otp.core.communication;

import io.otp.core.Violation;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the coordination rules of a {@link CommunicationPlan} and returns every violation found;
 * nothing is thrown for a broken rule, so the office sees them all at once.
 *
 * <ul>
 *   <li>{@value #RESULTS_BEFORE_AWARD}: no publication discloses evaluation results before the award
 *       date (results published on the award day are allowed); while there is no award every
 *       publication of results is a violation. Disclosing them earlier breaks the confidentiality of
 *       the evaluation (LCSP art. 133); the results become public with the award, which is notified
 *       and published on the contracting profile (LCSP art. 151).</li>
 *   <li>{@value #EU_FUNDING_STATEMENT}: when the project is EU-funded, every publication carries the
 *       EU funding statement and emblem (Regulation (EU) 2021/241 art. 34.2; for the Spanish
 *       Recovery, Transformation and Resilience Plan, PRTR, Orden HFP/1030/2021 art. 9).</li>
 *   <li>{@value #CHANNEL_PER_PERIOD}: each channel of the plan is used at least once in every
 *       calendar period of its planned frequency (the shortest one when the channel is planned
 *       several times) that lies entirely within the range checked; periods cut by the range are
 *       not checked, because part of them is unseen.</li>
 * </ul>
 *
 * <p>Each violation's path names the publication ({@code publications[2]}) or the channel
 * ({@code channels.PRESS}), and its arguments carry the values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunicationRules {

    /** Rule id: evaluation results published before the award. */
    public static final String RESULTS_BEFORE_AWARD = "OTP-COMM-RESULTS-BEFORE-AWARD";

    /** Rule id: EU funding statement missing on a publication of an EU-funded project. */
    public static final String EU_FUNDING_STATEMENT = "UE-2021/241-34.2";

    /** Rule id: a planned channel not used in a period. */
    public static final String CHANNEL_PER_PERIOD = "OTP-COMM-CHANNEL-PERIOD";

    private CommunicationRules() {
    }

    /**
     * Checks the coordination rules.
     *
     * @param plan the plan; not null
     * @param awardDate the day of the award, empty while not awarded; not null
     * @param euFunded whether the project is funded by the European Union
     * @param range the dates whose periods are checked for channel use; not null
     * @return the violations, in the order publications then channels; empty when every rule holds;
     *     unmodifiable, not null
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> check(CommunicationPlan plan, Optional<LocalDate> awardDate, boolean euFunded,
                                        DateRange range) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(awardDate, "awardDate");
        Objects.requireNonNull(range, "range");
        List<Violation> violations = new ArrayList<>();
        List<Publication> publications = plan.publications();
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            String path = "publications[" + i + "]";
            if (p.containsEvaluationResults() && awardDate.map(p.date()::isBefore).orElse(true)) {
                violations.add(awardDate.isPresent()
                    ? Violation.of(path, RESULTS_BEFORE_AWARD, "io.otp.core.communication.results.beforeAward",
                        "publication", p.reference(), "value", p.date(), "award", awardDate.get())
                    : Violation.of(path, RESULTS_BEFORE_AWARD, "io.otp.core.communication.results.notAwarded",
                        "publication", p.reference(), "value", p.date()));
            }
            if (euFunded && !p.carriesEuFundingStatement()) {
                violations.add(Violation.of(path, EU_FUNDING_STATEMENT,
                    "io.otp.core.communication.euFunding.missing", "publication", p.reference(),
                    "value", p.date(), "channel", p.channel()));
            }
        }
        for (Map.Entry<Channel, Frequency> e : plannedChannels(plan).entrySet()) {
            Channel channel = e.getKey();
            Frequency frequency = e.getValue();
            LocalDate start = frequency.periodStart(range.start());
            if (start.isBefore(range.start())) {
                start = start.plusMonths(frequency.months());
            }
            for (LocalDate p = start; !p.plusMonths(frequency.months()).minusDays(1).isAfter(range.end());
                 p = p.plusMonths(frequency.months())) {
                LocalDate periodStart = p;
                LocalDate periodEnd = p.plusMonths(frequency.months()).minusDays(1);
                boolean used = publications.stream().anyMatch(x -> x.channel() == channel
                    && !x.date().isBefore(periodStart) && !x.date().isAfter(periodEnd));
                if (!used) {
                    violations.add(Violation.of("channels." + channel, CHANNEL_PER_PERIOD,
                        "io.otp.core.communication.channel.unused", "channel", channel, "frequency", frequency,
                        "value", periodStart, "end", periodEnd));
                }
            }
        }
        return Collections.unmodifiableList(violations);
    }

    private static Map<Channel, Frequency> plannedChannels(CommunicationPlan plan) {
        Map<Channel, Frequency> channels = new EnumMap<>(Channel.class);
        for (PlannedAction a : plan.actions()) {
            channels.merge(a.channel(), a.frequency(), (x, y) -> x.months() <= y.months() ? x : y);
        }
        return channels;
    }
}
