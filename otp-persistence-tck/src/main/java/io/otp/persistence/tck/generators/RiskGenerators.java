package io.otp.persistence.tck.generators;

import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.RiskRegisterId;
import io.otp.core.risk.Issue;
import io.otp.core.risk.IssuePriority;
import io.otp.core.risk.IssueStatus;
import io.otp.core.risk.Rating;
import io.otp.core.risk.ResponseStrategy;
import io.otp.core.risk.Risk;
import io.otp.core.risk.RiskRegister;
import io.otp.core.risk.RiskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid risks, issues and risk registers ({@code io.otp.core.risk}), built through the
 * public builders; each value is drawn from a seeded {@link Random} (see
 * {@link ExecutionGenerators#seeded}).
 */
public final class RiskGenerators {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private static final List<String> CATEGORIES = List.of("técnico", "contractual", "organizativo",
        "financiero", "legal");

    private static final List<String> WORDS = List.of("retraso", "proveedor", "integración", "datos",
        "personal", "presupuesto", "licencias", "seguridad", "migración", "plataforma");

    private RiskGenerators() {
    }

    /**
     * Risks in any status, with or without response and review dates.
     *
     * @return the generator, not null
     */
    public static Gen<Risk> risks() {
        return ExecutionGenerators.seeded(r -> risk(r, 1 + r.nextInt(99)));
    }

    /**
     * Issues, open or resolved, with or without a related risk reference.
     *
     * @return the generator, not null
     */
    public static Gen<Issue> issues() {
        return ExecutionGenerators.seeded(r -> issue(r, 1 + r.nextInt(99), Optional.of("R-"
            + two(1 + r.nextInt(99))).filter(x -> r.nextBoolean())));
    }

    /**
     * Registers with zero to six risks and zero to three issues, the issues' related risks among
     * the register's risks.
     *
     * @return the generator, not null
     */
    public static Gen<RiskRegister> registers() {
        return ExecutionGenerators.seeded(RiskGenerators::register);
    }

    /**
     * A valid register drawn from a random source.
     *
     * @param r the source; not null
     * @return the register, not null
     */
    public static RiskRegister register(Random r) {
        RiskRegister.Builder b = RiskRegister.builder()
            .id(RiskRegisterId.of("RR-" + r.nextInt(1000)))
            .project(ProjectId.of("P-" + r.nextInt(1000)));
        int risks = r.nextInt(7);
        List<String> refs = new ArrayList<>();
        for (int i = 1; i <= risks; i++) {
            Risk risk = risk(r, i);
            refs.add(risk.reference());
            b.addRisks(risk);
        }
        int issues = r.nextInt(4);
        for (int i = 1; i <= issues; i++) {
            Optional<String> related = refs.isEmpty() || r.nextBoolean()
                ? Optional.empty() : Optional.of(refs.get(r.nextInt(refs.size())));
            b.addIssues(issue(r, i, related));
        }
        return b.build();
    }

    /**
     * A valid risk with a given number in its reference.
     *
     * @param r the source; not null
     * @param number the reference number, 1 to 9999
     * @return the risk, not null
     */
    public static Risk risk(Random r, int number) {
        RiskStatus status = RiskStatus.values()[r.nextInt(RiskStatus.values().length)];
        LocalDate identified = FROM.plusDays(r.nextInt(700));
        Risk.Builder b = Risk.builder()
            .reference("R-" + two(number))
            .title(word(r) + " " + word(r))
            .description("riesgo de " + word(r) + " por " + word(r))
            .category(CATEGORIES.get(r.nextInt(CATEGORIES.size())))
            .probability(Rating.values()[r.nextInt(5)])
            .impact(Rating.values()[r.nextInt(5)])
            .owner(PersonId.of("persona-" + r.nextInt(20)))
            .identifiedOn(identified)
            .status(status);
        boolean needsResponse = status == RiskStatus.RESPONSE_PLANNED || status == RiskStatus.MONITORED;
        if (needsResponse || r.nextInt(4) == 0) {
            b.response(ResponseStrategy.values()[r.nextInt(ResponseStrategy.values().length)]);
            if (r.nextBoolean()) {
                b.responseActions("acciones: " + word(r));
            }
        }
        LocalDate last = identified;
        if (r.nextBoolean()) {
            last = identified.plusDays(r.nextInt(60));
            b.lastReview(last);
        }
        if (r.nextBoolean()) {
            b.nextReview(last.plusDays(1 + r.nextInt(90)));
        }
        return b.build();
    }

    private static Issue issue(Random r, int number, Optional<String> related) {
        boolean resolved = r.nextBoolean();
        Issue.Builder b = Issue.builder()
            .reference("I-" + two(number))
            .title(word(r) + " " + word(r))
            .description("incidencia de " + word(r))
            .priority(IssuePriority.values()[r.nextInt(IssuePriority.values().length)])
            .owner(PersonId.of("persona-" + r.nextInt(20)))
            .raisedOn(FROM.plusDays(r.nextInt(700)))
            .relatedRisk(related)
            .status(resolved ? IssueStatus.RESOLVED : IssueStatus.OPEN);
        if (resolved) {
            b.resolution("resuelta: " + word(r));
        }
        return b.build();
    }

    private static String word(Random r) {
        return WORDS.get(r.nextInt(WORDS.size()));
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
