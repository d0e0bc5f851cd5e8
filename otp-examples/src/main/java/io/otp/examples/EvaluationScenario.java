package io.otp.examples;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakValue;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.PointsMatrix;
import io.otp.scoring.sensitivity.RankAcceptability;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.RankReversal;
import io.otp.scoring.sensitivity.RankReversalOutcome;
import io.otp.scoring.sensitivity.WeightChange;
import io.otp.scoring.sensitivity.WeightSensitivity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The acceptance scenario of the scoring engine: both lots of {@link ServiceDeskTender} evaluated
 * through every step of {@link Evaluation} (LCSP arts. 145-150, RGLCAP art. 85), each step signed by a
 * named person at a fixed instant, then printed as a table, the abnormality outcome, the tie-break
 * trace, the award proposal, the history of events, the JSON of the result and the sensitivity
 * analysis of the winner.
 *
 * <p>Run it with the command given in the README.
 */
public final class EvaluationScenario {

    /** Perturbation of the weights in the rank-acceptability analysis, in percent. */
    public static final BigDecimal PERTURBATION = BigDecimal.valueOf(20);
    /** Monte Carlo samples of the rank-acceptability analysis. */
    public static final int SAMPLES = 10_000;
    /** Seed of the Monte Carlo generator. */
    public static final long MONTE_CARLO_SEED = 42L;

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");

    private final PrintStream out;

    /**
     * Creates the scenario writing to the given stream.
     *
     * @param out where the report goes; not null
     */
    public EvaluationScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the scenario on standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        List<LotOutcome> outcomes = new EvaluationScenario(System.out).run();
        boolean complete = outcomes.stream().allMatch(o -> o.result().proposal().flatMap(AwardProposal::proposed)
            .isPresent());
        if (!complete) {
            System.exit(1);
        }
    }

    /**
     * What the scenario computed for one lot, for tests and callers.
     *
     * @param evaluation the evaluation in its final state, with its history
     * @param result the explained result
     * @param json the result written by {@link OtpJson#standard()}
     * @param weightSensitivity the smallest weight change per criterion that changes the winner
     * @param acceptability each bid's probability of each rank, weights within the perturbation
     * @param reversals the rank-reversal check, one outcome per removed bid
     */
    public record LotOutcome(Evaluation evaluation, EvaluationResult result, String json,
                             List<CriterionSensitivity> weightSensitivity, RankAcceptabilityResult acceptability,
                             List<RankReversalOutcome> reversals) {
    }

    /**
     * Runs the scenario.
     *
     * @return one outcome per lot, in lot order; not null
     */
    public List<LotOutcome> run() {
        Tender tender = ServiceDeskTender.tender();
        title("OTP SDK · evaluation scenario");
        out.println("Tender " + tender.id() + " · " + tender.title());
        out.println("   Committee (each with a signed DACI for the tender):");
        ServiceDeskTender.COMMITTEE.forEach(p -> out.println("      " + p + "  " + ServiceDeskTender.name(p)));
        out.println("   Mesa: " + ServiceDeskTender.name(ServiceDeskTender.NAVARRO) + "; "
            + ServiceDeskTender.name(ServiceDeskTender.BELTRAN));
        out.println("   Abnormally low offers: price more than 20 % below the mean of the other offers"
            + " (pliego, LCSP art. 149.2.b)");
        out.println("   Seed of the draw (LCSP art. 147.2.d): " + ServiceDeskTender.DRAW_SEED);
        List<LotOutcome> outcomes = new ArrayList<>();
        for (Lot lot : tender.lots()) {
            outcomes.add(runLot(tender, lot));
        }
        return List.copyOf(outcomes);
    }

    /**
     * Evaluates one lot through every step, without printing.
     *
     * @param tender the tender; not null
     * @param lotId the lot; not null
     * @return the evaluation after the award proposal, not null
     */
    public static Evaluation evaluate(Tender tender, LotId lotId) {
        // Fixed instants make the history, and so the JSON, identical on every run.
        int day = lotId.equals(ServiceDeskTender.LOT_1) ? 0 : 1;
        PersonId secretary = ServiceDeskTender.BELTRAN;
        PersonId president = ServiceDeskTender.NAVARRO;
        Evaluation e = Evaluation.start(tender, lotId, ServiceDeskTender.settings(),
            at(secretary, "2026-04-02T09:0" + day + ":00Z"));
        for (Bid bid : ServiceDeskTender.bids(lotId)) {
            e = e.registerBid(bid, at(secretary, "2026-04-02T09:1" + day + ":00Z"));
        }
        e = e.recordScores(ServiceDeskTender.scores(lotId), at(ServiceDeskTender.LOPEZ, "2026-04-17T12:0" + day + ":00Z"))
            .sealValueJudgment(at(president, "2026-04-22T09:0" + day + ":00Z"))
            .applyTechnicalThreshold(at(president, "2026-04-22T09:1" + day + ":00Z"))
            .openFormulaEnvelope(at(president, "2026-04-22T09:2" + day + ":00Z"))
            .scoreFormulaCriteria(at(president, "2026-04-22T09:3" + day + ":00Z"))
            .detectAbnormalOffers(at(president, "2026-04-22T09:4" + day + ":00Z"));
        for (BidId flagged : e.abnormality().map(AbnormalityAssessment::pendingDecisions).orElse(List.of())) {
            e = e.decideJustification(ServiceDeskTender.decision(flagged).orElseThrow(),
                at(president, "2026-05-12T10:0" + day + ":00Z"));
        }
        return e.rank(at(president, "2026-05-12T10:1" + day + ":00Z"))
            .breakTies(at(president, "2026-05-12T10:2" + day + ":00Z"))
            .proposeAward(at(president, "2026-05-12T10:3" + day + ":00Z"));
    }

    private LotOutcome runLot(Tender tender, Lot lot) {
        Evaluation e = evaluate(tender, lot.id());
        EvaluationResult r = e.result();
        String json = OtpJson.standard().write(r);
        PointsMatrix matrix = r.pointsMatrix();
        List<CriterionSensitivity> sensitivity = WeightSensitivity.analyse(matrix);
        RankAcceptabilityResult acceptability = RankAcceptability.analyse(matrix, PERTURBATION, SAMPLES,
            MONTE_CARLO_SEED);
        List<RankReversalOutcome> reversals = RankReversal.check(matrix);

        section("Lot " + lot.id() + " · " + lot.title());
        out.println("   Budget " + euros(lot.budget()) + " VAT excluded"
            + lot.qualityThreshold().map(q -> " · quality threshold " + q + " points (LCSP art. 146.3)").orElse(""));
        for (AwardCriterion c : lot.criteria()) {
            out.println(String.format("   %-9s %6s pts  %-21s %s", c.id(), c.maxPoints(),
                c.formula().map(Object::toString).orElse("value judgment"), c.name()));
        }
        subsection("Points");
        printTable(lot, r);
        subsection("Abnormally low offers");
        printAbnormality(r);
        subsection("Ties (LCSP art. 147)");
        printTies(e, r);
        subsection("Award proposal (LCSP art. 150)");
        printProposal(r);
        subsection("History");
        for (EvaluationEvent ev : e.history()) {
            out.println(String.format("   %2d  %s  %-24s %-15s %s", ev.sequence(), ev.at(), ev.kind(), ev.actor(),
                ev.summary()));
        }
        subsection("Sensitivity of the winner (analysis in double, not a legal result)");
        printSensitivity(r, matrix, sensitivity, acceptability, reversals);
        subsection("Result as JSON (OtpJson.standard; the same input gives the same bytes)");
        out.println("   " + json.getBytes(StandardCharsets.UTF_8).length + " bytes, SHA-256 " + sha256(json));
        out.println(json);
        return new LotOutcome(e, r, json, sensitivity, acceptability, reversals);
    }

    private void printTable(Lot lot, EvaluationResult r) {
        List<CriterionId> leaves = r.bids().get(0).criteria().stream()
            .map(io.otp.scoring.evaluation.CriterionScore::criterion).toList();
        StringBuilder head = new StringBuilder(String.format("   %-4s %-3s %-40s %-10s %15s", "Pos", "Bid", "Bidder",
            "NIF", "Offer"));
        for (CriterionId c : leaves) {
            head.append(String.format(" %9s", c));
        }
        head.append(String.format(" %7s  %s", "Total", "Status"));
        out.println(head);
        out.println("   " + "-".repeat(head.length() - 3 + 12));
        for (BidEvaluation b : r.bids()) {
            StringBuilder row = new StringBuilder(String.format("   %-4s %-3s %-40s %-10s %15s",
                b.position().map(Object::toString).orElse("-"), b.bid(),
                shorten(ServiceDeskTender.name(b.bidder()), 40), b.bidder(),
                b.economicOffer().map(EvaluationScenario::euros).orElse("-")));
            for (CriterionId c : leaves) {
                row.append(String.format(" %9s", b.score(c).map(s -> plain(s.points())).orElse("-")));
            }
            row.append(String.format(" %7s  %s", b.total(), b.exclusion()
                .map(x -> "EXCLUDED: " + x.reason() + " [" + x.ruleId() + "]")
                .orElse(b.position().map(p -> "ranked " + p).orElse("admitted"))));
            out.println(row);
        }
        for (BidEvaluation b : r.bids()) {
            b.exclusion().flatMap(x -> x.note()).ifPresent(n -> out.println("   " + b.bid() + ": " + n));
        }
        BidEvaluation first = r.bids().get(0);
        first.criteria().stream().filter(s -> s.formula().isPresent()).findFirst()
            .ifPresent(s -> out.println("   How " + first.bid() + " got its " + s.criterion() + " points: "
                + s.explanation() + " = " + plain(s.unrounded()) + " -> " + plain(s.points())));
    }

    private void printAbnormality(EvaluationResult r) {
        Optional<AbnormalityAssessment> assessment = r.abnormality();
        if (assessment.isEmpty()) {
            out.println("   No abnormality rule applies.");
            return;
        }
        AbnormalityAssessment a = assessment.get();
        out.println("   Rule " + a.ruleId() + ", units " + a.units() + ", points recomputed after an exclusion: "
            + (r.recomputedAfterExclusion() ? "yes" : "no"));
        out.println(String.format("   %-4s %15s %18s %15s  %-8s %s", "Bid", "Offer", "Mean of the others", "Limit",
            "Flagged", "Decision"));
        for (OfferAssessment o : a.offers()) {
            out.println(String.format("   %-4s %15s %18s %15s  %-8s %s", o.bidId(), euros(o.economicOffer()),
                o.referenceAmount().map(EvaluationScenario::amount).orElse("-"),
                o.limit().map(EvaluationScenario::amount).orElse("-"), o.flagged() ? "YES" : "no",
                o.decision().map(d -> d.status() + " (" + d.legalBasis() + ")").orElse(o.flagged() ? "pending" : "-")));
        }
    }

    private void printTies(Evaluation e, EvaluationResult r) {
        List<TieBreak> ties = r.ranking().map(x -> x.tieBreaks()).orElse(List.of());
        if (ties.isEmpty()) {
            out.println("   No tie in total points.");
            return;
        }
        for (TieBreak t : ties) {
            List<BidId> tied = t.values().stream().map(TieBreakValue::bid).toList();
            out.println("   Tied: " + tied.stream().map(b -> b + " " + r.bid(b).orElseThrow().total() + " points")
                .collect(Collectors.joining(", ")));
            out.println(String.format("   %-4s %22s %18s %22s %12s", "Bid", "(a) disabled workers",
                "(a) permanent", "(b) temporary contr.", "(c) women"));
            for (BidId b : tied) {
                TieBreakData d = e.bids().stream().filter(x -> x.bid().equals(b)).findFirst().orElseThrow()
                    .tieBreakData();
                out.println(String.format("   %-4s %22s %18s %22s %12s", b,
                    d.disabledWorkersPercentage().map(Object::toString).orElse("not proved"),
                    d.permanentDisabledWorkers().map(Object::toString).orElse("not proved"),
                    d.temporaryContractsPercentage().map(Object::toString).orElse("not proved"),
                    d.womenPercentage().map(Object::toString).orElse("not proved")));
            }
            out.println("   Broken by " + t.ruleId() + " (" + t.step() + "): "
                + t.values().stream().map(v -> v.bid() + " = " + v.value().orElse("not proved"))
                    .collect(Collectors.joining(", "))
                + "; resulting order " + r.ranking().orElseThrow().order().stream().filter(tied::contains)
                    .map(Object::toString).collect(Collectors.joining(" > ")));
        }
    }

    private void printProposal(EvaluationResult r) {
        AwardProposal p = r.proposal().orElseThrow();
        Optional<RankedBid> first = p.proposed();
        if (first.isEmpty()) {
            out.println("   No admitted bid: the lot would be declared void.");
            return;
        }
        RankedBid w = first.get();
        out.println("   Proposed: " + w.bid() + " · " + ServiceDeskTender.name(w.bidder()) + " (" + w.bidder() + ") with "
            + w.total() + " points");
        out.println("   Then: " + p.next().stream().map(n -> n.position() + ". " + n.bid() + " (" + n.total() + ")")
            .collect(Collectors.joining(", ")));
        out.println("   If the proposed bidder withdraws it owes 3 % of the base budget: " + euros(p.penalty()));
    }

    private void printSensitivity(EvaluationResult r, PointsMatrix matrix, List<CriterionSensitivity> sensitivity,
            RankAcceptabilityResult acceptability, List<RankReversalOutcome> reversals) {
        BidId leader = matrix.ranking().get(0);
        BidId proposed = r.proposal().flatMap(AwardProposal::proposed).map(RankedBid::bid).orElse(leader);
        if (!leader.equals(proposed)) {
            out.println("   Note: the points matrix orders equal totals by bid id, not by LCSP art. 147, so it leads");
            out.println("   with " + leader + " while the proposal is " + proposed + "; with totals tied, a change of");
            out.println("   weight of any size decides between them.");
        }
        out.println("   Smallest change of one weight (the others absorbing it in proportion) that changes the leader "
            + leader + ":");
        out.println(String.format("   %-9s %8s  %-30s %s", "Criterion", "Weight", "Increase", "Decrease"));
        for (CriterionSensitivity s : sensitivity) {
            out.println(String.format("   %-9s %8s  %-30s %s", s.criterion(), plain(s.declaredWeight()),
                change(s.increase()), change(s.decrease())));
        }
        if (sensitivity.stream().flatMap(s -> java.util.stream.Stream.of(s.increase(), s.decrease()))
                .flatMap(Optional::stream).anyMatch(c -> c.points().signum() == 0)) {
            out.println("   A change of 0.00: the leader is tied on total points and leads by the tie-break, so any");
            out.println("   shift of weight decides between the tied bids.");
        }
        out.println("   Rank acceptability: weights within ±" + PERTURBATION + " %, " + acceptability.samples()
            + " samples, seed " + acceptability.seed() + " (" + RankAcceptabilityResult.GENERATOR + ")");
        int n = acceptability.bids().size();
        StringBuilder head = new StringBuilder(String.format("   %-4s", "Bid"));
        for (int k = 1; k <= n; k++) {
            head.append(String.format(" %9s", "rank " + k));
        }
        out.println(head);
        for (BidId b : acceptability.bids()) {
            StringBuilder row = new StringBuilder(String.format("   %-4s", b));
            for (int k = 1; k <= n; k++) {
                row.append(String.format(Locale.ROOT, " %8.2f%%", 100 * acceptability.share(b, k)));
            }
            out.println(row);
        }
        out.println("   Rank reversal (points fixed as awarded): " + reversals.stream()
            .map(o -> "without " + o.removed() + " " + (o.reversed() ? "REVERSED" : "same order"))
            .collect(Collectors.joining("; ")));
    }

    private static String change(Optional<WeightChange> c) {
        return c.map(w -> String.format("%s pts%s -> %s", signed(w.points()),
            w.percentOfWeight().map(p -> " (" + signed(p) + " %)").orElse(""), w.newWinner()))
            .orElse("none changes it");
    }

    private static String signed(BigDecimal v) {
        BigDecimal s = v.setScale(2, RoundingMode.HALF_UP);
        return (s.signum() > 0 ? "+" : "") + s.toPlainString();
    }

    private static Attribution at(PersonId person, String instant) {
        return Attribution.of(person, Instant.parse(instant));
    }

    private void title(String text) {
        out.println(text);
        out.println("=".repeat(text.length()));
        out.println();
    }

    private void section(String text) {
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    private void subsection(String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }

    private static String plain(BigDecimal v) {
        BigDecimal r = v.setScale(Math.min(Math.max(v.scale(), 2), 6), RoundingMode.HALF_UP).stripTrailingZeros();
        return r.setScale(Math.max(r.scale(), 2)).toPlainString();
    }

    private static String amount(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(SPANISH));
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }

    private static String euros(Money m) {
        return amount(m.amount()) + " €";
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
