package io.otp.core.prtr;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.communication.CommunicationPlan;
import io.otp.core.communication.CommunicationRules;
import io.otp.core.id.PersonId;
import io.otp.core.tender.ConflictOfInterestRegime;
import io.otp.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the obligations of a project funded by the Recovery, Transformation and Resilience Plan
 * held in its {@link PrtrFile}, and returns every obligation not met; nothing is thrown for a broken
 * rule, so the office sees them all at once. The violations come in this order:
 *
 * <ol>
 *   <li>{@value #DACI_MISSING}: every participant in the project's procedures has signed a
 *       declaration of absence of conflict of interest (Orden HFP/1030/2021 art. 6 and annex IV.A);
 *       one violation per participant without one, in the order of their ids, path
 *       {@code declarations}.</li>
 *   <li>{@value #CONFLICT_DECLARED}: a declaration that declares a conflict of interest is reported
 *       so that it is dealt with (the person abstains, LCSP art. 64; Ley 40/2015 art. 23); path
 *       {@code declarations[i]}.</li>
 *   <li>{@value #DNSH_ASSESSMENT}: the "do no significant harm" assessment exists and covers the six
 *       environmental objectives (Reg. (EU) 2021/241 art. 5.2); path {@code dnsh}, or
 *       {@code dnsh.findings.OBJECTIVE} for each objective missing.</li>
 *   <li>{@value #DNSH_HARM}: no objective is significantly harmed (Reg. (EU) 2020/852 art. 17);
 *       path {@code dnsh.findings.OBJECTIVE}.</li>
 *   <li>{@value #TAGGING}: the project is tagged to at least one milestone or target of the plan
 *       (Reg. (EU) 2021/241 art. 18.4.i; Orden HFP/1030/2021 art. 2.2.a); path {@code tags}.</li>
 *   <li>{@value #ANTI_FRAUD}: anti-fraud measures are adopted (Orden HFP/1030/2021 art. 6.1); path
 *       {@code antiFraudMeasuresAdopted}.</li>
 *   <li>{@link CommunicationRules#EU_FUNDING_STATEMENT}: every publication of the project's
 *       communication plan carries the EU emblem and funding statement (Reg. (EU) 2021/241 art.
 *       34.2; Orden HFP/1030/2021 art. 9), as {@link CommunicationRules} checks it; path
 *       {@code communicationPlan.publications[i]}. The other rules of the communication plan are
 *       not PRTR obligations and are left to {@link CommunicationRules}.</li>
 * </ol>
 *
 * <p>Each violation names its field (the path), the value and the rule; its message is in English
 * and Spanish.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrtrChecks {

    /**
     * Rule id: a participant without a signed declaration of absence of conflict of interest; the same
     * rule as an evaluation committee's DACI in a PRTR-funded tender
     * ({@link ConflictOfInterestRegime#PRTR_DACI_RULE}).
     */
    public static final String DACI_MISSING = ConflictOfInterestRegime.PRTR_DACI_RULE;

    /** Rule id: a declaration that declares a conflict of interest. */
    public static final String CONFLICT_DECLARED = "LCSP-64";

    /** Rule id: the DNSH assessment missing or not covering the six objectives. */
    public static final String DNSH_ASSESSMENT = "UE-2021/241-5.2";

    /** Rule id: an environmental objective significantly harmed. */
    public static final String DNSH_HARM = "UE-2020/852-17";

    /** Rule id: no milestone or target of the plan tagged. */
    public static final String TAGGING = "OTP-PRTR-TAGGING";

    /** Rule id: no anti-fraud measures adopted. */
    public static final String ANTI_FRAUD = "HFP-1030/2021-6.1";

    /** Rule id: the communication plan given is another project's; thrown, not returned. */
    public static final String PLAN_PROJECT = "OTP-PRTR-PLAN-PROJECT";

    /** A one-day range: no whole period of a channel lies in it, so no channel rule is evaluated. */
    private static final DateRange NO_CHANNEL_PERIOD = DateRange.of(LocalDate.EPOCH, LocalDate.EPOCH);

    private PrtrChecks() {
    }

    /**
     * Checks the PRTR obligations of a project.
     *
     * @param file the project's file; not null
     * @param participants the people taking part in the project's procedures (contracting body,
     *     evaluation committee, drafters, approvers); not null, no null element
     * @param plan the project's communication plan, empty when it has none (then there is no
     *     publication to check); not null
     * @return the violations, in the order of the class description; empty when every obligation is
     *     met; unmodifiable, not null
     * @throws NullPointerException if an argument or a participant is null
     * @throws ValidationException if the plan is for another project ({@value #PLAN_PROJECT})
     */
    public static List<Violation> check(PrtrFile file, Set<PersonId> participants, Optional<CommunicationPlan> plan) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(plan, "plan");
        plan.ifPresent(p -> {
            if (!p.project().equals(file.project())) {
                throw new ValidationException(Violation.of("communicationPlan.project", PLAN_PROJECT,
                    "io.otp.core.prtr.check.planProject", "file", file.id(), "value", p.project(),
                    "expected", file.project()));
            }
        });
        List<Violation> v = new ArrayList<>();
        for (PersonId person : new TreeSet<>(participants)) {
            if (file.declarationsOf(person).isEmpty()) {
                v.add(Violation.of("declarations", DACI_MISSING, "io.otp.core.prtr.check.daciMissing",
                    "file", file.id(), "value", person));
            }
        }
        for (int i = 0; i < file.declarations().size(); i++) {
            DaciDeclaration d = file.declarations().get(i);
            if (d.conflictDeclared()) {
                v.add(Violation.of("declarations[" + i + "]", CONFLICT_DECLARED, "io.otp.core.prtr.check.conflict",
                    "person", d.person(), "procedure", d.procedure(), "value", d.conflictDescription().orElse("")));
            }
        }
        checkDnsh(file, v);
        if (file.tags().isEmpty()) {
            v.add(Violation.of("tags", TAGGING, "io.otp.core.prtr.check.untagged", "file", file.id(),
                "project", file.project()));
        }
        if (!file.antiFraudMeasuresAdopted()) {
            v.add(Violation.of("antiFraudMeasuresAdopted", ANTI_FRAUD, "io.otp.core.prtr.check.antiFraud",
                "file", file.id(), "value", false));
        }
        plan.ifPresent(p -> {
            for (Violation c : CommunicationRules.check(p, Optional.empty(), true, NO_CHANNEL_PERIOD)) {
                if (c.ruleId().equals(CommunicationRules.EU_FUNDING_STATEMENT)) {
                    v.add(c.under("communicationPlan"));
                }
            }
        });
        return Collections.unmodifiableList(v);
    }

    private static void checkDnsh(PrtrFile file, List<Violation> v) {
        if (file.dnsh().isEmpty()) {
            v.add(Violation.of("dnsh", DNSH_ASSESSMENT, "io.otp.core.prtr.check.dnshMissing", "file", file.id(),
                "project", file.project()));
            return;
        }
        DnshAssessment a = file.dnsh().get();
        for (EnvironmentalObjective o : a.missingObjectives()) {
            v.add(Violation.of("dnsh.findings." + o, DNSH_ASSESSMENT, "io.otp.core.prtr.check.dnshObjective",
                "file", file.id(), "value", o));
        }
        for (Map.Entry<EnvironmentalObjective, DnshFinding> e : a.findings().entrySet()) {
            if (e.getValue().outcome() == DnshOutcome.SIGNIFICANT_HARM) {
                v.add(Violation.of("dnsh.findings." + e.getKey(), DNSH_HARM, "io.otp.core.prtr.check.dnshHarm",
                    "file", file.id(), "value", e.getKey(), "justification", e.getValue().justification()));
            }
        }
    }
}
