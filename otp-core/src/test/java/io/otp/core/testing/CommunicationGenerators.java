package io.otp.core.testing;

import io.otp.core.communication.Audience;
import io.otp.core.communication.Channel;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.communication.Frequency;
import io.otp.core.communication.PlannedAction;
import io.otp.core.communication.Publication;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.ProjectId;
import io.otp.core.time.DateRange;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of communication plans, planned actions and publications ({@code io.otp.core.communication}),
 * built through the public builders; each value is drawn from a seeded {@link Random} (see
 * {@link ExecutionGenerators#seeded}) so that a plan's publications are numbered. Plans belong to one of
 * {@link #PROJECTS}, a pool of four, so that generated plans share them.
 */
public final class CommunicationGenerators {

    /** The projects generated plans belong to, few so that plans share them. */
    public static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P-1"), ProjectId.of("P-2"),
        ProjectId.of("P-3"), ProjectId.of("P-4"));

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    private CommunicationGenerators() {
    }

    /**
     * Planned actions on any channel, audience and frequency.
     *
     * @return the generator, not null
     */
    public static Gen<PlannedAction> actions() {
        return ExecutionGenerators.seeded(CommunicationGenerators::action);
    }

    /**
     * Publications on any channel and date of 2025-2026, with or without results and EU statement.
     *
     * @return the generator, not null
     */
    public static Gen<Publication> publications() {
        return ExecutionGenerators.seeded(r -> publication(r, 1 + r.nextInt(99),
            FROM.plusDays(r.nextInt(730)), pick(r, Channel.values()), r.nextBoolean(), r.nextBoolean()));
    }

    /**
     * Plans with zero to three actions and zero to five publications.
     *
     * @return the generator, not null
     */
    public static Gen<CommunicationPlan> plans() {
        return ExecutionGenerators.seeded(r -> {
            CommunicationPlan.Builder b = base(r);
            int actions = r.nextInt(4);
            for (int i = 0; i < actions; i++) {
                b.addActions(action(r));
            }
            int publications = r.nextInt(6);
            for (int i = 1; i <= publications; i++) {
                b.addPublications(publication(r, i, FROM.plusDays(r.nextInt(730)), pick(r, Channel.values()),
                    r.nextBoolean(), r.nextBoolean()));
            }
            return b.build();
        });
    }

    /**
     * A plan that respects every coordination rule over the year 2025 for a given award date with EU
     * funding: one to three channels planned monthly or quarterly, each used every month of 2025,
     * every publication carrying the EU statement and results published only from the award day on.
     *
     * @param r the random source; not null
     * @param award the award date; not null
     * @return the plan, not null
     */
    public static CommunicationPlan compliantPlan(Random r, LocalDate award) {
        CommunicationPlan.Builder b = base(r);
        int channels = 1 + r.nextInt(3);
        int first = r.nextInt(Channel.values().length);
        int n = 1;
        for (int c = 0; c < channels; c++) {
            Channel channel = Channel.values()[(first + c) % Channel.values().length];
            b.addActions(PlannedAction.builder().channel(channel).audience(pick(r, Audience.values()))
                .frequency(r.nextBoolean() ? Frequency.MONTHLY : Frequency.QUARTERLY).build());
            for (int month = 1; month <= 12; month++) {
                LocalDate date = LocalDate.of(2025, month, 1 + r.nextInt(28));
                b.addPublications(publication(r, n++, date, channel, r.nextBoolean() && !date.isBefore(award), true));
            }
        }
        return b.build();
    }

    /**
     * The range checked by {@link #compliantPlan}: the year 2025.
     *
     * @return the range, not null
     */
    public static DateRange year2025() {
        return DateRange.of(FROM, LocalDate.of(2025, 12, 31));
    }

    /**
     * A publication.
     *
     * @param r the random source; not null
     * @param n its number, used in the reference and link
     * @param date its date; not null
     * @param channel its channel; not null
     * @param results whether it contains evaluation results
     * @param euStatement whether it carries the EU funding statement
     * @return the publication, not null
     */
    public static Publication publication(Random r, int n, LocalDate date, Channel channel, boolean results,
                                          boolean euStatement) {
        return Publication.builder().reference(String.format("PUB-%02d", n))
            .title("Publicación " + n + " del proyecto")
            .date(date).channel(channel).audience(pick(r, Audience.values()))
            .link(URI.create("https://sede.example.es/proyectos/comunicacion/" + n))
            .containsEvaluationResults(results).carriesEuFundingStatement(euStatement).build();
    }

    private static CommunicationPlan.Builder base(Random r) {
        return CommunicationPlan.builder().id(CommunicationPlanId.of("CP-" + r.nextInt(1000)))
            .project(PROJECTS.get(r.nextInt(PROJECTS.size())));
    }

    private static PlannedAction action(Random r) {
        return PlannedAction.builder().channel(pick(r, Channel.values())).audience(pick(r, Audience.values()))
            .frequency(pick(r, Frequency.values())).build();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
