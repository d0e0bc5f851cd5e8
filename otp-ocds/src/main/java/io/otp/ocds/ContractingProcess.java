package io.otp.ocds;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.execution.Contract;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.id.OrganisationId;
import io.otp.core.need.Need;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.scoring.evaluation.EvaluationResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One contracting process as the SDK knows it, gathered for publication: the tender and the needs it
 * answers, the bids, the evaluation of each lot, the contracts and their execution, and the KPIs
 * measured during execution.
 *
 * <p>KPI series are published as metrics (metrics extension) in the implementation of the process's
 * first contract, the contract their project is tracked on; a process with no contract publishes no
 * metrics.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContractingProcess {

    ContractingProcess() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tender; its id gives the process's ocid and its contracting authority is the buyer.
     *
     * @return the tender, not null
     */
    public abstract Tender tender();

    /**
     * The needs the tender answers, published as the planning rationale and budget.
     *
     * @return the needs, possibly empty; not null
     */
    public abstract List<Need> needs();

    /**
     * The names of the organisations that take part (buyer, bidders, suppliers, funders), published in
     * {@code parties}; an organisation without a name here is published with its id only.
     *
     * @return the names by organisation; not null
     */
    public abstract Map<OrganisationId, String> partyNames();

    /**
     * The body that runs the procedure, when it is not the contracting authority.
     *
     * @return the procuring entity; empty when the contracting authority runs it; not null
     */
    public abstract Optional<OrganisationId> procuringEntity();

    /**
     * The bodies that fund the process (for example the EU through the Recovery and Resilience
     * Facility).
     *
     * @return the funders, possibly empty; not null
     */
    public abstract List<OrganisationId> funders();

    /**
     * The bids received, in every lot.
     *
     * @return the bids, possibly empty; not null
     */
    public abstract List<Bid> bids();

    /**
     * The results of the evaluation of each lot evaluated so far.
     *
     * @return the results, at most one per lot; not null
     */
    public abstract List<EvaluationResult> evaluations();

    /**
     * The contracts signed, with their execution so far.
     *
     * @return the contracts, possibly empty; not null
     */
    public abstract List<Contract> contracts();

    /**
     * The definitions of the KPIs in {@link #kpiSeries()}.
     *
     * @return the definitions; not null
     */
    public abstract List<KpiDefinition> kpis();

    /**
     * The measurements of KPIs during execution, published as implementation metrics.
     *
     * @return the series; not null
     */
    public abstract List<KpiSeries> kpiSeries();

    /**
     * The latest stage the process has reached: implementation once a milestone is reached or a KPI
     * measured; contract once a contract is signed; award once a lot has a ranking or award proposal;
     * tender once the tender is published or bids are received; planning before.
     *
     * @return the stage, not null
     */
    public OcdsStage stage() {
        boolean executing = contracts().stream().anyMatch(c -> c.milestones().stream()
            .anyMatch(m -> m.status() != MilestoneStatus.SCHEDULED))
            || (!contracts().isEmpty() && kpiSeries().stream().anyMatch(s -> !s.measurements().isEmpty()));
        if (executing) {
            return OcdsStage.IMPLEMENTATION;
        }
        if (!contracts().isEmpty()) {
            return OcdsStage.CONTRACT;
        }
        if (evaluations().stream().anyMatch(e -> e.ranking().isPresent() || e.proposal().isPresent())) {
            return OcdsStage.AWARD;
        }
        if (tender().status() != TenderStatus.DRAFT || !bids().isEmpty()) {
            return OcdsStage.TENDER;
        }
        return OcdsStage.PLANNING;
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Tender t = tender();
        for (int i = 0; i < bids().size(); i++) {
            Bid b = bids().get(i);
            if (!b.tender().equals(t.id())) {
                v.add(Violation.of("bids[" + i + "].tender", "OCDS-PROCESS", "io.otp.ocds.process.otherTender",
                    "value", b.tender(), "tender", t.id()));
            } else if (t.lot(b.lot()).isEmpty()) {
                v.add(Violation.of("bids[" + i + "].lot", "OCDS-PROCESS", "io.otp.ocds.process.unknownLot",
                    "value", b.lot(), "tender", t.id()));
            }
        }
        Set<Object> lots = new HashSet<>();
        for (int i = 0; i < evaluations().size(); i++) {
            EvaluationResult e = evaluations().get(i);
            if (!e.tender().equals(t.id())) {
                v.add(Violation.of("evaluations[" + i + "].tender", "OCDS-PROCESS",
                    "io.otp.ocds.process.otherTender", "value", e.tender(), "tender", t.id()));
            } else if (!lots.add(e.lot())) {
                v.add(Violation.of("evaluations[" + i + "].lot", "OCDS-PROCESS", "io.otp.ocds.process.duplicateLot",
                    "value", e.lot()));
            }
        }
        for (int i = 0; i < contracts().size(); i++) {
            Contract c = contracts().get(i);
            if (!c.tender().equals(t.id())) {
                v.add(Violation.of("contracts[" + i + "].tender", "OCDS-PROCESS",
                    "io.otp.ocds.process.otherTender", "value", c.tender(), "tender", t.id()));
            }
        }
        for (int i = 0; i < kpiSeries().size(); i++) {
            KpiSeries s = kpiSeries().get(i);
            if (kpis().stream().noneMatch(k -> k.id().equals(s.kpi()))) {
                v.add(Violation.of("kpiSeries[" + i + "].kpi", "OCDS-PROCESS", "io.otp.ocds.process.unknownKpi",
                    "value", s.kpi()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link ContractingProcess}. */
    public static final class Builder extends ImmutableContractingProcess.Builder {
        Builder() {
        }
    }
}
