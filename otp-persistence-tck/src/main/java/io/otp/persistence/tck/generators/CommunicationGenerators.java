package io.otp.persistence.tck.generators;

import io.otp.core.communication.Audience;
import io.otp.core.communication.Channel;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.communication.Frequency;
import io.otp.core.communication.PlannedAction;
import io.otp.core.communication.Publication;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.ProjectId;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid communication plans ({@code io.otp.core.communication}) with their planned
 * actions and publications, built through the public builders; each value is drawn from a seeded
 * {@link Random} (see {@link ExecutionGenerators#seeded}) so that a plan's publications are numbered.
 * Projects are drawn from a pool of four ({@link #PROJECTS}) so that generated plans share them.
 */
public final class CommunicationGenerators {

    /** The projects generated plans belong to, few so that plans share them. */
    public static final List<ProjectId> PROJECTS = List.of(ProjectId.of("P-1"), ProjectId.of("P-2"),
        ProjectId.of("P-3"), ProjectId.of("P-4"));

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    private CommunicationGenerators() {
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

    private static Publication publication(Random r, int n, LocalDate date, Channel channel, boolean results,
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
