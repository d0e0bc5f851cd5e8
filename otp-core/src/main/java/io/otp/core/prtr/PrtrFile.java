package io.otp.core.prtr;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.funding.FundingProgramme;
import io.otp.core.id.PersonId;
import io.otp.core.id.PrtrFileId;
import io.otp.core.id.ProjectId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The record of a project's obligations as a project funded by the European Union, in particular by
 * the Recovery, Transformation and Resilience Plan (Orden HFP/1030/2021): its tagging to the plan's
 * milestones and targets, its "do no significant harm" assessment, the declarations of absence of
 * conflict of interest of its participants and its anti-fraud measures. Whether the obligations are
 * met is told by {@link PrtrChecks}; this type only holds them.
 *
 * <p>Structural rules, all reported together: the programme is EU-funded
 * ({@code OTP-PRTR-PROGRAMME}); the reference of the anti-fraud plan, when given, is not blank
 * ({@code OTP-PRTR-ANTIFRAUD-REFERENCE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrtrFile.class)
@JsonDeserialize(as = ImmutablePrtrFile.class)
public abstract class PrtrFile implements Aggregate<PrtrFileId> {

    PrtrFile() {
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
     * The file's identifier.
     *
     * @return the id, not null
     */
    @Override
    public abstract PrtrFileId id();

    /**
     * The project the file is for.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The EU programme funding the project, usually {@link FundingProgramme#NEXT_GENERATION_EU_MRR}.
     *
     * @return the programme, EU-funded; not null
     */
    public abstract FundingProgramme programme();

    /**
     * The milestones and targets of the plan the project contributes to.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<PlanTag> tags();

    /**
     * The "do no significant harm" assessment.
     *
     * @return the assessment, empty until it is made; not null
     */
    public abstract Optional<DnshAssessment> dnsh();

    /**
     * The declarations of absence of conflict of interest signed for the project's procedures.
     *
     * @return an unmodifiable list in signing order, possibly empty; not null
     */
    public abstract List<DaciDeclaration> declarations();

    /**
     * Whether the managing body has adopted anti-fraud measures, a "Plan de medidas antifraude"
     * (Orden HFP/1030/2021 art. 6.1).
     *
     * @return true if adopted
     */
    public abstract boolean antiFraudMeasuresAdopted();

    /**
     * The reference of the anti-fraud plan, e.g. the resolution approving it.
     *
     * @return the reference, empty when not recorded; not null
     */
    public abstract Optional<String> antiFraudPlanReference();

    /**
     * The declarations a person signed.
     *
     * @param person the person; not null
     * @return an unmodifiable list in signing order, possibly empty; not null
     */
    public List<DaciDeclaration> declarationsOf(PersonId person) {
        List<DaciDeclaration> out = new ArrayList<>();
        for (DaciDeclaration d : declarations()) {
            if (d.person().equals(person)) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The values a file is found by: {@code project}.
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(PROJECT, project().value());
        return Collections.unmodifiableSortedMap(q);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!programme().isEuFunded()) {
            v.add(Violation.of("programme", "OTP-PRTR-PROGRAMME", "io.otp.core.prtr.file.programme",
                "file", id(), "value", programme()));
        }
        if (antiFraudPlanReference().map(String::isBlank).orElse(false)) {
            v.add(Violation.of("antiFraudPlanReference", "OTP-PRTR-ANTIFRAUD-REFERENCE",
                "io.otp.core.prtr.file.antiFraudReference", "file", id()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link PrtrFile}s; obtain one from {@link PrtrFile#builder()}. */
    public static final class Builder extends ImmutablePrtrFile.Builder {
        Builder() {
        }
    }
}
