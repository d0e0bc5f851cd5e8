package io.otp.ocds;

import static io.otp.ocds.OcdsJson.array;
import static io.otp.ocds.OcdsJson.dateTime;
import static io.otp.ocds.OcdsJson.object;
import static io.otp.ocds.OcdsJson.putIfNotEmpty;
import static io.otp.ocds.OcdsJson.putIfPresent;
import static io.otp.ocds.OcdsJson.strings;
import static io.otp.ocds.OcdsJson.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.classification.CpvCode;
import io.otp.core.execution.AcceptanceRecord;
import io.otp.core.execution.Contract;
import io.otp.core.execution.Milestone;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.id.BidId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiSeries;
import io.otp.kpi.indicator.Measurement;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps a {@link ContractingProcess} to OCDS 1.1 releases, with the lots, bids, awardCriteria and metrics
 * extensions and the SDK's evaluation extension (see the package documentation for each field).
 *
 * <p>A process gives one release per stage it has reached ({@link ContractingProcess#stage()}), each
 * holding what that stage adds: planning (the needs as rationale and budget), tender (the call, its lots,
 * items and award criteria), award (the bids with their evaluation, and the awards), contract (the
 * contracts) and implementation (milestones, payments and KPI metrics). The compiled release holds
 * them all. Release ids are {@code ocid-NN-tag} ({@code NN} the stage's number, from 01 for planning),
 * and {@code ocid-compiled} for the compiled release.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OcdsMapper {

    private final OcdsSettings settings;

    /**
     * Creates a mapper publishing with the given settings.
     *
     * @param settings the ocid prefix, publisher, zone and publication date; not null
     */
    public OcdsMapper(OcdsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The settings this mapper publishes with.
     *
     * @return the settings, not null
     */
    public OcdsSettings settings() {
        return settings;
    }

    /**
     * The releases of a process: one per stage from planning to the stage it has reached, in order.
     *
     * @param process the process; not null
     * @return the releases, at least one; not null
     */
    public List<OcdsRelease> releases(ContractingProcess process) {
        Objects.requireNonNull(process, "process");
        List<OcdsRelease> releases = new ArrayList<>();
        for (OcdsStage stage : OcdsStage.values()) {
            if (stage.compareTo(process.stage()) > 0) {
                break;
            }
            releases.add(release(process, stage));
        }
        return List.copyOf(releases);
    }

    /**
     * The release of one stage of a process, holding what that stage adds.
     *
     * @param process the process; not null
     * @param stage the stage; not null
     * @return the release, not null
     */
    public OcdsRelease release(ContractingProcess process, OcdsStage stage) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(stage, "stage");
        String ocid = settings.ocid(process.tender().id());
        String id = ocid + String.format("-%02d-", stage.ordinal() + 1) + stage.tag();
        return build(process, ocid, id, stage.tag(), stageDate(process, stage), Set.of(stage));
    }

    /**
     * The compiled release of a process: everything known of it, tagged {@code compiled}, dated with the
     * latest of its stage releases.
     *
     * @param process the process; not null
     * @return the compiled release, not null
     */
    public OcdsRelease compiledRelease(ContractingProcess process) {
        Objects.requireNonNull(process, "process");
        String ocid = settings.ocid(process.tender().id());
        Set<OcdsStage> stages = new TreeSet<>();
        String date = null;
        for (OcdsStage s : OcdsStage.values()) {
            if (s.compareTo(process.stage()) <= 0) {
                stages.add(s);
                String d = stageDate(process, s);
                date = date == null || java.time.OffsetDateTime.parse(d).isAfter(java.time.OffsetDateTime.parse(date))
                    ? d : date;
            }
        }
        return build(process, ocid, ocid + "-compiled", "compiled", date, stages);
    }

    private String stageDate(ContractingProcess p, OcdsStage stage) {
        Optional<LocalDate> day;
        switch (stage) {
            case PLANNING:
                day = p.needs().stream().map(Need::dateRaised).max(Comparator.naturalOrder());
                break;
            case TENDER:
                day = p.tender().keyDates().publication();
                break;
            case AWARD:
                day = p.tender().keyDates().award();
                break;
            case CONTRACT:
                day = p.contracts().stream().map(c -> c.period().start()).min(Comparator.naturalOrder());
                break;
            case IMPLEMENTATION:
                day = p.contracts().stream().flatMap(c -> c.milestones().stream())
                    .flatMap(m -> m.actualDate().stream()).max(Comparator.naturalOrder());
                break;
            default:
                day = Optional.empty();
        }
        return day.map(d -> dateTime(d, settings.zone()))
            .orElseGet(() -> dateTime(settings.publishedDate(), settings.zone()));
    }

    private OcdsRelease build(ContractingProcess p, String ocid, String id, String tag, String date,
                              Set<OcdsStage> stages) {
        Tender t = p.tender();
        Parties parties = new Parties(p.partyNames());
        OrganisationId buyer = t.contractingAuthority();
        parties.add(buyer, OcdsCodelists.ROLE_BUYER);
        if (stages.contains(OcdsStage.PLANNING) || stages.contains(OcdsStage.TENDER)) {
            parties.add(p.procuringEntity().orElse(buyer), OcdsCodelists.ROLE_PROCURING_ENTITY);
            p.funders().forEach(f -> parties.add(f, OcdsCodelists.ROLE_FUNDER));
        }
        ObjectNode r = object();
        r.put("ocid", ocid);
        r.put("id", id);
        r.put("date", date);
        r.set("tag", strings(List.of(tag)));
        r.put("initiationType", "tender");
        ObjectNode partiesSlot = object();
        r.set("parties", partiesSlot);
        r.set("buyer", parties.reference(buyer));
        r.put("language", settings.language());
        if (stages.contains(OcdsStage.PLANNING)) {
            putIfNotEmpty(r, "planning", planning(p));
        }
        ObjectNode tender = tender(p, stages, parties);
        r.set("tender", tender);
        if (stages.contains(OcdsStage.AWARD)) {
            putIfNotEmpty(r, "bids", bids(p, parties));
            putIfNotEmpty(r, "awards", awards(p, parties));
        }
        if (stages.contains(OcdsStage.CONTRACT) || stages.contains(OcdsStage.IMPLEMENTATION)) {
            putIfNotEmpty(r, "contracts", contracts(p, stages, parties));
        }
        r.set("parties", parties.toJson());
        return new OcdsRelease(r);
    }

    private ObjectNode planning(ContractingProcess p) {
        ObjectNode planning = object();
        if (!p.needs().isEmpty()) {
            planning.put("rationale", p.needs().stream().map(n -> n.id().value() + ": " + n.title())
                .collect(Collectors.joining("; ")));
        }
        ObjectNode budget = object();
        budget.put("id", p.tender().id().value());
        boolean allNeedsPriced = !p.needs().isEmpty() && p.needs().stream()
            .allMatch(n -> n.estimatedBudget().isPresent());
        Money amount = allNeedsPriced
            ? p.needs().stream().map(n -> n.estimatedBudget().get()).reduce(Money::plus).get()
            : p.tender().estimatedValue();
        budget.put("description", allNeedsPriced ? "Estimated budget of the needs, VAT excluded"
            : "Estimated value of the tender, VAT excluded");
        budget.set("amount", value(amount));
        p.tender().project().ifPresent(project -> budget.put("projectID", project.value()));
        planning.set("budget", budget);
        return planning;
    }

    private ObjectNode tender(ContractingProcess p, Set<OcdsStage> stages, Parties parties) {
        Tender t = p.tender();
        ObjectNode o = object();
        o.put("id", t.id().value());
        o.put("title", t.title());
        o.put("status", OcdsCodelists.tenderStatus(stages.size() == 1 && stages.contains(OcdsStage.PLANNING)
            ? TenderStatus.DRAFT : t.status()));
        if (!stages.contains(OcdsStage.TENDER)) {
            if (stages.contains(OcdsStage.AWARD)) {
                tenderers(p, o, parties);
            }
            return o;
        }
        o.set("procuringEntity", parties.reference(p.procuringEntity().orElse(t.contractingAuthority())));
        ArrayNode items = array();
        for (int i = 0; i < t.cpvCodes().size(); i++) {
            items.add(item("cpv-" + (i + 1), t.cpvCodes().get(i), null));
        }
        for (Lot lot : t.lots()) {
            for (int i = 0; i < lot.cpvCodes().size(); i++) {
                items.add(item(lot.id().value() + "-cpv-" + (i + 1), lot.cpvCodes().get(i), lot.id()));
            }
        }
        putIfNotEmpty(o, "items", items);
        o.set("value", value(t.estimatedValue()));
        o.put("procurementMethod", OcdsCodelists.procurementMethod(t.procedure()));
        o.put("procurementMethodDetails", t.procedure().spanishName());
        putIfPresent(o, "procedureType", OcdsCodelists.eFormsProcedureType(t.procedure()));
        putIfPresent(o, "mainProcurementCategory", OcdsCodelists.procurementCategory(t.contractType()));
        if (!t.lots().isEmpty()) {
            o.put("awardCriteria", OcdsCodelists.awardCriteria(t));
        }
        KeyDates dates = t.keyDates();
        ObjectNode tenderPeriod = object();
        dates.publication().ifPresent(d -> tenderPeriod.put("startDate", dateTime(d, settings.zone())));
        dates.submissionDeadline().ifPresent(d -> tenderPeriod.put("endDate", dateTime(d, settings.zone())));
        putIfNotEmpty(o, "tenderPeriod", tenderPeriod);
        dates.award().ifPresent(d -> o.set("awardPeriod", object().put("endDate", dateTime(d, settings.zone()))));
        if (stages.contains(OcdsStage.AWARD)) {
            tenderers(p, o, parties);
        }
        ArrayNode lots = array();
        for (Lot lot : t.lots()) {
            lots.add(lot(lot, t));
        }
        putIfNotEmpty(o, "lots", lots);
        putIfPresent(o, "noLotsJustification", t.noDivisionJustification());
        return o;
    }

    private void tenderers(ContractingProcess p, ObjectNode tender, Parties parties) {
        List<OrganisationId> bidders = p.bids().stream().map(Bid::bidder).distinct().collect(Collectors.toList());
        tender.put("numberOfTenderers", bidders.size());
        ArrayNode refs = array();
        bidders.forEach(b -> refs.add(parties.add(b, OcdsCodelists.ROLE_TENDERER)));
        putIfNotEmpty(tender, "tenderers", refs);
    }

    private static ObjectNode item(String id, CpvCode cpv, LotId lot) {
        ObjectNode item = object();
        item.put("id", id);
        ObjectNode c = object();
        c.put("scheme", "CPV");
        c.put("id", cpv.toString());
        item.set("classification", c);
        if (lot != null) {
            item.put("relatedLot", lot.value());
        }
        return item;
    }

    private static ObjectNode lot(Lot lot, Tender t) {
        ObjectNode o = object();
        o.put("id", lot.id().value());
        o.put("title", lot.title());
        putIfPresent(o, "description", lot.description());
        o.put("status", OcdsCodelists.tenderStatus(t.status()));
        o.set("value", value(lot.budget()));
        ObjectNode criteria = object();
        ArrayNode list = array();
        lot.criteria().forEach(c -> list.add(criterion(c)));
        criteria.set("criteria", list);
        lot.qualityThreshold().ifPresent(q -> criteria.put("qualityThreshold", q.value()));
        o.set("awardCriteria", criteria);
        return o;
    }

    private static ObjectNode criterion(AwardCriterion c) {
        ObjectNode o = object();
        o.put("id", c.id().value());
        o.put("type", OcdsCodelists.awardCriterionType(c.type()));
        o.put("name", c.name());
        putIfPresent(o, "description", c.description());
        ArrayNode numbers = array();
        numbers.add(object().put("number", c.maxPoints().value()).put("weight", OcdsCodelists.WEIGHT_POINTS_EXACT));
        c.minimumThreshold().ifPresent(m -> numbers.add(object().put("number", m.value())
            .put("threshold", OcdsCodelists.THRESHOLD_MINIMUM_SCORE)));
        o.set("numbers", numbers);
        o.put("evaluationMethod", OcdsCodelists.evaluationMethod(c.method()));
        c.formula().ifPresent(f -> {
            ObjectNode formula = object();
            formula.put("id", f.id());
            if (!f.parameters().isEmpty()) {
                ObjectNode params = object();
                f.parameters().forEach(params::put);
                formula.set("parameters", params);
            }
            o.set("formula", formula);
        });
        if (!c.subCriteria().isEmpty()) {
            ArrayNode subs = array();
            c.subCriteria().forEach(s -> subs.add(criterion(s)));
            o.set("subCriteria", subs);
        }
        return o;
    }

    private ObjectNode bids(ContractingProcess p, Parties parties) {
        ObjectNode bids = object();
        ArrayNode statistics = array();
        for (Lot lot : p.tender().lots()) {
            long n = p.bids().stream().filter(b -> b.lot().equals(lot.id())).count();
            if (n > 0) {
                statistics.add(object().put("id", lot.id().value() + "-bids").put("measure", "bids").put("value", n)
                    .put("relatedLot", lot.id().value()));
            }
        }
        putIfNotEmpty(bids, "statistics", statistics);
        ArrayNode details = array();
        for (Bid bid : p.bids()) {
            Optional<EvaluationResult> evaluation = p.evaluations().stream()
                .filter(e -> e.lot().equals(bid.lot())).findFirst();
            ObjectNode d = object();
            d.put("id", bid.id().value());
            d.put("date", dateTime(bid.submittedAt(), settings.zone()));
            d.put("status", bidStatus(bid, evaluation));
            d.set("tenderers", array().add(parties.add(bid.bidder(), OcdsCodelists.ROLE_TENDERER)));
            d.set("value", value(bid.economicOffer()));
            d.set("relatedLots", strings(List.of(bid.lot().value())));
            evaluation.flatMap(e -> e.bid(bid.id()).map(be -> evaluation(e, be)))
                .ifPresent(ev -> d.set("evaluation", ev));
            details.add(d);
        }
        putIfNotEmpty(bids, "details", details);
        return bids;
    }

    private static String bidStatus(Bid bid, Optional<EvaluationResult> evaluation) {
        if (evaluation.isEmpty()) {
            return OcdsCodelists.BID_PENDING;
        }
        EvaluationResult e = evaluation.get();
        boolean withdrawn = e.proposal().stream().flatMap(a -> a.history().stream())
            .map(Withdrawal::bid).anyMatch(bid.id()::equals);
        if (withdrawn) {
            return OcdsCodelists.BID_WITHDRAWN;
        }
        Optional<BidEvaluation> be = e.bid(bid.id());
        if (be.isEmpty()) {
            return OcdsCodelists.BID_PENDING;
        }
        return be.get().exclusion().isPresent() ? OcdsCodelists.BID_DISQUALIFIED : OcdsCodelists.BID_VALID;
    }

    private static ObjectNode evaluation(EvaluationResult e, BidEvaluation be) {
        ObjectNode o = object();
        o.put("totalScore", be.total().value());
        be.position().ifPresent(rank -> o.put("rank", rank));
        boolean abnormal = e.abnormality().flatMap(a -> a.offer(be.bid())).map(OfferAssessment::flagged)
            .orElse(false);
        o.put("abnormallyLow", abnormal);
        be.exclusion().ifPresent(x -> o.set("exclusion", object().put("reason", x.reason().name())
            .put("ruleId", x.ruleId())));
        ArrayNode scores = array();
        for (CriterionScore s : be.criteria()) {
            ObjectNode score = object();
            score.put("relatedCriterion", s.criterion().value());
            score.put("evaluationMethod", OcdsCodelists.evaluationMethod(s.method()));
            s.formula().ifPresent(f -> score.put("formula", f.id()));
            score.put("score", s.points());
            score.put("maximumScore", s.maxPoints().value());
            scores.add(score);
        }
        o.set("scores", scores);
        return o;
    }

    private static String awardId(LotId lot) {
        return lot.value() + "-award";
    }

    private ArrayNode awards(ContractingProcess p, Parties parties) {
        ArrayNode awards = array();
        for (EvaluationResult e : p.evaluations()) {
            if (e.proposal().isEmpty()) {
                continue;
            }
            AwardProposal proposal = e.proposal().get();
            ObjectNode a = object();
            a.put("id", awardId(e.lot()));
            a.put("title", e.lotTitle());
            Optional<RankedBid> proposed = proposal.proposed();
            boolean contracted = p.contracts().stream().anyMatch(c -> c.lot().equals(e.lot()));
            String status;
            if (p.tender().status() == TenderStatus.CANCELLED) {
                status = OcdsCodelists.AWARD_CANCELLED;
            } else if (proposed.isEmpty()) {
                status = OcdsCodelists.AWARD_UNSUCCESSFUL;
            } else if (contracted || p.tender().status() == TenderStatus.AWARDED) {
                status = OcdsCodelists.AWARD_ACTIVE;
            } else {
                status = OcdsCodelists.AWARD_PENDING;
            }
            a.put("status", status);
            p.tender().keyDates().award().ifPresent(d -> a.put("date", dateTime(d, settings.zone())));
            proposed.ifPresent(r -> {
                economicOffer(p, e, r.bid()).ifPresent(m -> a.set("value", value(m)));
                a.set("suppliers", array().add(parties.add(r.bidder(), OcdsCodelists.ROLE_SUPPLIER)));
            });
            a.set("relatedLots", strings(List.of(e.lot().value())));
            proposed.ifPresent(r -> a.set("relatedBids", strings(List.of(r.bid().value()))));
            awards.add(a);
        }
        return awards;
    }

    private static Optional<Money> economicOffer(ContractingProcess p, EvaluationResult e, BidId bid) {
        Optional<Money> offer = e.bid(bid).flatMap(BidEvaluation::economicOffer);
        if (offer.isPresent()) {
            return offer;
        }
        return p.bids().stream().filter(b -> b.id().equals(bid)).map(Bid::economicOffer).findFirst();
    }

    private ArrayNode contracts(ContractingProcess p, Set<OcdsStage> stages, Parties parties) {
        ArrayNode contracts = array();
        for (int i = 0; i < p.contracts().size(); i++) {
            Contract c = p.contracts().get(i);
            ObjectNode o = object();
            o.put("id", c.id().value());
            o.put("awardID", awardId(c.lot()));
            boolean done = !c.milestones().isEmpty()
                && c.milestones().stream().allMatch(m -> m.status() == MilestoneStatus.MET);
            o.put("status", done ? OcdsCodelists.CONTRACT_TERMINATED : OcdsCodelists.CONTRACT_ACTIVE);
            o.set("period", object().put("startDate", dateTime(c.period().start(), settings.zone()))
                .put("endDate", dateTime(c.period().end(), settings.zone())));
            o.set("value", value(c.amount()));
            o.set("relatedBids", strings(List.of(c.awardedBid().value())));
            parties.add(c.supplier(), OcdsCodelists.ROLE_SUPPLIER);
            if (stages.contains(OcdsStage.IMPLEMENTATION)) {
                putIfNotEmpty(o, "implementation", implementation(p, c, i == 0, parties));
            }
            contracts.add(o);
        }
        return contracts;
    }

    private ObjectNode implementation(ContractingProcess p, Contract c, boolean withMetrics, Parties parties) {
        ObjectNode o = object();
        ArrayNode transactions = array();
        ArrayNode milestones = array();
        for (Milestone m : c.milestones()) {
            ObjectNode mo = object();
            mo.put("id", m.id().value());
            mo.put("title", m.title());
            mo.put("type", OcdsCodelists.milestoneType(m.type()));
            mo.put("dueDate", dateTime(m.baselineDate(), settings.zone()));
            m.actualDate().ifPresent(d -> mo.put("dateMet", dateTime(d, settings.zone())));
            mo.put("status", OcdsCodelists.milestoneStatus(m.status()));
            m.paymentPercentage().ifPresent(pc -> mo.put("paymentPercentage", pc.value()));
            m.paymentAmount().ifPresent(a -> mo.set("paymentValue", value(a)));
            milestones.add(mo);
            m.certification().filter(r -> r.certifiedAmount().isPositive())
                .ifPresent(r -> transactions.add(transaction(c, m, r, parties)));
        }
        putIfNotEmpty(o, "transactions", transactions);
        putIfNotEmpty(o, "milestones", milestones);
        if (withMetrics) {
            putIfNotEmpty(o, "metrics", metrics(p, c));
        }
        return o;
    }

    private ObjectNode transaction(Contract c, Milestone m, AcceptanceRecord r, Parties parties) {
        ObjectNode t = object();
        t.put("id", m.id().value() + "-payment");
        t.put("date", dateTime(r.date(), settings.zone()));
        t.set("value", value(r.certifiedAmount()));
        t.set("payer", parties.add(parties.buyer(), OcdsCodelists.ROLE_PAYER));
        t.set("payee", parties.add(c.supplier(), OcdsCodelists.ROLE_PAYEE));
        t.put("relatedMilestone", m.id().value());
        return t;
    }

    private ArrayNode metrics(ContractingProcess p, Contract c) {
        ArrayNode metrics = array();
        for (KpiSeries s : p.kpiSeries()) {
            KpiDefinition k = p.kpis().stream().filter(d -> d.id().equals(s.kpi())).findFirst().orElseThrow();
            ObjectNode m = object();
            m.put("id", k.id().value());
            m.put("title", k.name());
            putIfPresent(m, "description", k.description());
            ArrayNode observations = array();
            for (Measurement x : s.measurements()) {
                ObjectNode ob = object();
                ob.put("id", k.id().value() + "-" + x.date());
                String day = dateTime(x.date(), settings.zone());
                ob.set("period", object().put("startDate", day).put("endDate", day));
                ob.put("measure", x.value());
                ob.set("unit", object().put("name", k.unit()));
                putIfPresent(ob, "notes", x.note());
                observations.add(ob);
            }
            putIfNotEmpty(m, "observations", observations);
            metrics.add(m);
        }
        return metrics;
    }

    /** The parties of one release: each organisation once, with its roles in the codelist's order. */
    private static final class Parties {
        private final Map<OrganisationId, String> names;
        private final Map<OrganisationId, Set<String>> roles = new LinkedHashMap<>();
        private OrganisationId buyer;

        Parties(Map<OrganisationId, String> names) {
            this.names = names;
        }

        ObjectNode add(OrganisationId id, String role) {
            if (OcdsCodelists.ROLE_BUYER.equals(role)) {
                buyer = id;
            }
            roles.computeIfAbsent(id, k -> new TreeSet<>(Comparator.comparingInt(OcdsCodelists.ROLE_ORDER::indexOf)))
                .add(role);
            return reference(id);
        }

        OrganisationId buyer() {
            return buyer;
        }

        ObjectNode reference(OrganisationId id) {
            ObjectNode ref = object();
            ref.put("id", id.value());
            String name = names.get(id);
            if (name != null) {
                ref.put("name", name);
            }
            return ref;
        }

        ArrayNode toJson() {
            ArrayNode a = array();
            roles.forEach((id, r) -> {
                ObjectNode party = reference(id);
                party.set("roles", strings(new ArrayList<>(r)));
                a.add(party);
            });
            return a;
        }
    }
}
