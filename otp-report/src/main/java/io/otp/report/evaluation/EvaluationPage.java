package io.otp.report.evaluation;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.report.ReportLanguage;
import io.otp.report.StatusTone;
import io.otp.report.internal.html.HtmlFragment;
import io.otp.report.internal.html.HtmlTable;
import io.otp.report.internal.html.HtmlWriter;
import io.otp.report.internal.svg.Svg;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.ConditionKind;
import io.otp.scoring.abnormal.ConditionOutcome;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.JustificationStatus;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.BidEvaluation;
import io.otp.scoring.evaluation.CriterionScore;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.evaluation.EvaluationFinding;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.ranking.AwardProposal;
import io.otp.scoring.ranking.ExcludedBid;
import io.otp.scoring.ranking.RankedBid;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakStep;
import io.otp.scoring.ranking.TieBreakValue;
import io.otp.scoring.ranking.Withdrawal;
import io.otp.scoring.sensitivity.CriterionSensitivity;
import io.otp.scoring.sensitivity.RankAcceptabilityResult;
import io.otp.scoring.sensitivity.WeightChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes the body of an {@link EvaluationReport}, section by section, through {@link HtmlWriter}. */
final class EvaluationPage {

    private final EvaluationReport report;
    private final EvaluationResult result;
    private final ReportLanguage l;
    private final HtmlWriter out = new HtmlWriter();

    EvaluationPage(EvaluationReport report) {
        this.report = report;
        this.result = report.result();
        this.l = report.language();
    }

    HtmlFragment body() {
        summary();
        criteria();
        scores();
        explanations();
        evaluators();
        abnormality();
        exclusions();
        ranking();
        tieBreaks();
        proposal();
        sensitivity();
        history();
        return out.toFragment();
    }

    /** The text of a key without placeholders. */
    private String t(String key) {
        return l.text(key);
    }

    /** The text of a key with its named placeholders filled. */
    private String t(String key, Map<String, ?> arguments) {
        return l.text(key, arguments);
    }

    /** The label of an enum constant: key {@code evaluation.enum.<Type>.<CONSTANT>}. */
    static String label(ReportLanguage language, Enum<?> constant) {
        return language.text(enumKey(constant));
    }

    static String enumKey(Enum<?> constant) {
        return "evaluation.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    private String label(Enum<?> constant) {
        return label(l, constant);
    }

    private String points(BigDecimal value) {
        return Numbers.decimal(l, value);
    }

    private String points(Points value) {
        return Numbers.decimal(l, value.value());
    }

    /** Points without trailing zeros, as a formula writes its constants: 60, 22,5. */
    private String compact(Points value) {
        BigDecimal v = value.value().stripTrailingZeros();
        return l.number(v, Math.max(v.scale(), 0));
    }

    private void summary() {
        Tender tender = report.tender();
        Lot lot = report.lot();
        out.startSection("summary", t("evaluation.section.summary"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(t("evaluation.summary.tender"), tender.id().toString());
        entries.put(t("evaluation.summary.object"), tender.title());
        entries.put(t("evaluation.summary.authority"), tender.contractingAuthority().toString());
        entries.put(t("evaluation.summary.procedure"), label(tender.procedure()));
        entries.put(t("evaluation.summary.contractType"), label(tender.contractType()));
        entries.put(t("evaluation.summary.estimatedValue"), l.money(tender.estimatedValue()));
        entries.put(t("evaluation.summary.lot"), lot.id() + " · " + lot.title());
        lot.description().ifPresent(d -> entries.put(t("evaluation.summary.lotDescription"), d));
        entries.put(t("evaluation.summary.budget"), t("evaluation.summary.budgetValue", Map.of(
            "budget", l.money(lot.budget()),
            "budgetWithVat", l.money(lot.budgetWithVat()), "vatRate", l.percentage(lot.vatRate()))));
        List<CpvCode> cpv = lot.cpvCodes().isEmpty() ? tender.cpvCodes() : lot.cpvCodes();
        entries.put(t("evaluation.summary.cpv"), cpv.stream().map(CpvCode::toString)
            .collect(Collectors.joining(", ")));
        entries.put(t("evaluation.summary.bids"), l.number(result.bids().size()));
        entries.put(t("evaluation.summary.phase"), label(result.phase()));
        entries.put(t("evaluation.summary.aggregation"), label(result.aggregation()));
        entries.put(t("evaluation.summary.rounding"), t("evaluation.summary.roundingValue", Map.of(
            "decimals", l.number(result.rounding().scale()), "mode", label(result.rounding().roundingMode()),
            "stage", label(result.rounding().stage()))));
        entries.put(t("evaluation.summary.mathContext"), result.mathContext());
        result.sealDigest().ifPresent(d -> entries.put(t("evaluation.summary.sealDigest"), d));
        out.definitionList(entries);
        out.endSection();
    }

    private void criteria() {
        Lot lot = report.lot();
        out.startSection("criteria", t("evaluation.section.criteria"));
        out.paragraph(t("evaluation.criteria.intro", Map.of("total", points(lot.totalPoints()),
            "byFormula", points(lot.pointsBy(EvaluationMethod.FORMULA)),
            "byJudgment", points(lot.pointsBy(EvaluationMethod.VALUE_JUDGMENT)))));
        HtmlTable.Builder table = HtmlTable.builder(t("evaluation.criteria.caption", Map.of(
            "lot", lot.id().toString())))
            .rowHeader(t("evaluation.column.criterion"))
            .column(t("evaluation.column.name"))
            .column(t("evaluation.column.type"))
            .numericColumn(t("evaluation.column.maxPoints"))
            .numericColumn(t("evaluation.column.weight"))
            .column(t("evaluation.column.formula"))
            .column(t("evaluation.column.parameters"))
            .column(t("evaluation.column.threshold"));
        for (AwardCriterion c : lot.allCriteria()) {
            table.row(c.id().toString(), c.name(), label(c.type()), points(c.maxPoints()),
                l.percentage(lot.shareOf(c.maxPoints())), formula(c), parameters(c.formula()),
                c.minimumThreshold().map(p -> t("evaluation.criteria.minimum", Map.of(
                    "points", points(p)))).orElse("—"));
        }
        out.table(table.build());
        out.paragraph(t("evaluation.criteria.symbols"));
        lot.qualityThreshold().ifPresent(q -> out.paragraph(t("evaluation.criteria.qualityThreshold", Map.of(
            "points", points(q)))));
        out.endSection();
    }

    /** The criterion's formula written as a formula, such as "P = 60 × (Pmin / Pi)". */
    private String formula(AwardCriterion c) {
        if (!c.isLeaf()) {
            return t("evaluation.formula.parent", Map.of("subCriteria", l.number(c.subCriteria().size())));
        }
        if (c.method() == EvaluationMethod.VALUE_JUDGMENT || c.formula().isEmpty()) {
            return t("evaluation.formula.valueJudgment", Map.of("maxPoints", compact(c.maxPoints())));
        }
        return formulaText(l, c.formula().get(), compact(c.maxPoints()));
    }

    static String formulaText(ReportLanguage language, FormulaReference formula, String maxPoints) {
        String key = "evaluation.formula." + formula.id();
        return language.hasText(key) ? language.text(key, Map.of("maxPoints", maxPoints))
            : language.text("evaluation.formula.other", Map.of("maxPoints", maxPoints, "formula", formula.id()));
    }

    private String parameters(Optional<FormulaReference> formula) {
        if (formula.isEmpty() || formula.get().parameters().isEmpty()) {
            return "—";
        }
        return formula.get().parameters().entrySet().stream()
            .map(e -> inputName(e.getKey()) + " = " + Numbers.decimal(l, e.getValue()))
            .collect(Collectors.joining("; "));
    }

    /** The name of an input or parameter of a formula in the language, or its id when the bundle has none. */
    private String inputName(String name) {
        String key = "evaluation.input." + name;
        return l.hasText(key) ? t(key) : name;
    }

    private void scores() {
        List<CriterionScore> columns = report.columns();
        out.startSection("scores", t("evaluation.section.scores"));
        HtmlTable.Builder table = HtmlTable.builder(t("evaluation.scores.caption", Map.of(
            "lot", result.lot().toString())))
            .rowHeader(t("evaluation.column.bid"))
            .column(t("evaluation.column.bidder"))
            .numericColumn(t("evaluation.column.offer"));
        for (CriterionScore c : columns) {
            table.numericColumn(c.criterion().toString());
        }
        table.numericColumn(t("evaluation.column.total")).column(t("evaluation.column.status"));
        for (BidEvaluation b : result.bids()) {
            List<HtmlTable.Cell> cells = new ArrayList<>();
            cells.add(HtmlTable.Cell.text(report.bidder(b.bidder())));
            cells.add(HtmlTable.Cell.text(b.economicOffer().map(l::money).orElse("—")));
            for (CriterionScore c : columns) {
                cells.add(HtmlTable.Cell.text(b.score(c.criterion()).map(s -> points(s.points())).orElse("—")));
            }
            cells.add(HtmlTable.Cell.text(points(b.total())));
            cells.add(status(b));
            table.cells(b.bid().toString(), cells.toArray(HtmlTable.Cell[]::new));
        }
        out.table(table.build());
        out.paragraph(t("evaluation.scores.note", Map.of("stage", label(result.rounding().stage()))));
        out.figure(report.svgCharts().get(EvaluationReport.SCORE_COMPOSITION_CHART),
            t("evaluation.chart.scores.caption"));
        out.endSection();
    }

    private HtmlTable.Cell status(BidEvaluation b) {
        if (b.exclusion().isPresent()) {
            ExcludedBid x = b.exclusion().get();
            return HtmlTable.Cell.badge(StatusTone.RED, t("evaluation.status.excluded", Map.of("rule", x.ruleId())));
        }
        if (b.position().isPresent()) {
            boolean proposed = result.proposal().flatMap(AwardProposal::proposed)
                .map(p -> p.bid().equals(b.bid())).orElse(false);
            return HtmlTable.Cell.badge(StatusTone.GREEN, proposed
                ? t("evaluation.status.proposed", Map.of("rank", l.number(b.position().get())))
                : t("evaluation.status.ranked", Map.of("rank", l.number(b.position().get()))));
        }
        return HtmlTable.Cell.badge(StatusTone.GREY, t("evaluation.status.admitted"));
    }

    private void explanations() {
        out.startSection("explanations", t("evaluation.section.explanations"));
        out.paragraph(t("evaluation.explanations.intro", Map.of("mathContext", result.mathContext())));
        for (BidEvaluation b : result.bids()) {
            if (b.criteria().isEmpty()) {
                continue;
            }
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.explanations.caption", Map.of(
                "bid", report.bidLabel(b.bid()))))
                .rowHeader(t("evaluation.column.criterion"))
                .column(t("evaluation.column.computation"))
                .column(t("evaluation.column.inputs"))
                .numericColumn(t("evaluation.column.unrounded"))
                .numericColumn(t("evaluation.column.points"));
            for (CriterionScore s : b.criteria()) {
                table.row(s.criterion() + " · " + s.name(), computation(s), inputs(s),
                    Numbers.unrounded(l, s.unrounded()), points(s.points()));
            }
            table.row(t("evaluation.column.total"), t("evaluation.explanations.sum"), "—",
                Numbers.unrounded(l, b.unroundedTotal()), points(b.total()));
            out.table(table.build());
        }
        out.endSection();
    }

    private String computation(CriterionScore s) {
        if (s.method() == EvaluationMethod.VALUE_JUDGMENT) {
            return t("evaluation.explanations.aggregated", Map.of(
                "aggregation", label(result.aggregation()), "scores", s.evaluatorScores().stream()
                .map(e -> points(e.points())).collect(Collectors.joining("; "))));
        }
        String written = s.formula().map(f -> formulaText(l, f, compact(s.maxPoints()))).orElse("");
        return written + " → " + Numbers.localize(l, s.explanation());
    }

    private String inputs(CriterionScore s) {
        if (s.inputs().isEmpty()) {
            return "—";
        }
        return s.inputs().entrySet().stream()
            .map(e -> inputName(e.getKey()) + " = " + Numbers.decimal(l, e.getValue()))
            .collect(Collectors.joining("; "));
    }

    private void evaluators() {
        out.startSection("evaluators", t("evaluation.section.evaluators"));
        boolean any = false;
        for (CriterionScore c : report.columns()) {
            if (c.method() != EvaluationMethod.VALUE_JUDGMENT) {
                continue;
            }
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.evaluators.caption", Map.of(
                "criterion", c.criterion().toString(),
                    "name", c.name(), "maxPoints", points(c.maxPoints()))))
                .rowHeader(t("evaluation.column.bid"))
                .column(t("evaluation.column.evaluator"))
                .numericColumn(t("evaluation.column.points"))
                .column(t("evaluation.column.justification"));
            for (BidEvaluation b : result.bids()) {
                for (EvaluatorScore e : b.score(c.criterion()).map(CriterionScore::evaluatorScores).orElse(List.of())) {
                    table.row(report.bidLabel(b.bid()), report.person(e.evaluator()), points(e.points()),
                        e.justification());
                    any = true;
                }
            }
            out.table(table.build());
        }
        if (!any) {
            out.paragraph(t("evaluation.evaluators.none"));
        }
        out.endSection();
    }

    private void abnormality() {
        out.startSection("abnormal", t("evaluation.section.abnormal"));
        Optional<AbnormalityAssessment> assessment = result.abnormality();
        if (assessment.isEmpty()) {
            out.paragraph(t("evaluation.abnormal.none"));
            for (EvaluationFinding f : result.findings()) {
                if (f.ruleId().equals("LCSP-149.2.b")) {
                    out.paragraph(t("evaluation.abnormal.noParameters", Map.of("rule", f.ruleId())));
                }
            }
            out.endSection();
            return;
        }
        AbnormalityAssessment a = assessment.get();
        out.paragraph(t("evaluation.abnormal.rule", Map.of(
            "rule", a.ruleId(), "budget", l.money(a.baseBudget()), "units", label(a.units()),
            "recompute", label(a.recomputeAfterExclusion()),
            "recomputed", result.recomputedAfterExclusion() ? t("evaluation.yes")
                : t("evaluation.no"))));
        HtmlTable.Builder table = HtmlTable.builder(t("evaluation.abnormal.caption", Map.of(
            "lot", result.lot().toString())))
            .rowHeader(t("evaluation.column.bid"))
            .numericColumn(t("evaluation.column.offer"))
            .column(t("evaluation.column.reference"))
            .column(t("evaluation.column.limit"))
            .column(t("evaluation.column.outcome"))
            .column(t("evaluation.column.decision"));
        for (OfferAssessment o : a.offers()) {
            Currency currency = o.economicOffer().currency();
            table.cells(report.bidLabel(o.bidId()),
                HtmlTable.Cell.text(l.money(o.economicOffer())),
                HtmlTable.Cell.text(o.referenceAmount()
                    .map(v -> t("evaluation.abnormal.reference", Map.of(
                        "reference", label(o.reference()), "value", amount(v, currency))))
                    .orElse(label(o.reference()))),
                HtmlTable.Cell.text(o.limit().map(v -> t("evaluation.abnormal.limit", Map.of(
                    "limit", amount(v, currency),
                    "units", Numbers.decimal(l, o.units()), "clause", o.clause().legalId()))).orElse("—")),
                HtmlTable.Cell.badge(tone(o.status()), label(o.status())),
                HtmlTable.Cell.text(o.decision().map(d -> d.text() + " (" + d.legalBasis() + ")").orElse("—")));
        }
        out.table(table.build());
        conditions(a);
        out.endSection();
    }

    /** The pliego's rule as data, condition by condition for every offer (LCSP art. 149.2.b). */
    private void conditions(AbnormalityAssessment a) {
        if (a.offers().stream().allMatch(o -> o.conditions().isEmpty())) {
            return;
        }
        HtmlTable.Builder table = HtmlTable.builder(t("evaluation.conditions.caption", Map.of(
            "lot", result.lot().toString())))
            .rowHeader(t("evaluation.column.bid"))
            .column(t("evaluation.column.condition"))
            .column(t("evaluation.column.reference"))
            .column(t("evaluation.column.limit"))
            .column(t("evaluation.column.outcome"));
        for (OfferAssessment o : a.offers()) {
            Currency currency = o.economicOffer().currency();
            for (ConditionOutcome c : o.conditions()) {
                boolean technical = c.kind() == ConditionKind.TECHNICAL;
                table.cells(report.bidLabel(o.bidId()),
                    HtmlTable.Cell.text(c.position() + " · " + describe(c, currency) + " (" + c.legalId() + ")"),
                    HtmlTable.Cell.text(c.referenceAmount().map(v -> t("evaluation.abnormal.reference", Map.of(
                        "reference", label(c.reference()),
                        "value", technical ? points(v) : amount(v, currency)))).orElse(label(c.reference()))),
                    HtmlTable.Cell.text(c.limit().map(v -> technical ? points(v) : amount(v, currency)).orElse("—")),
                    HtmlTable.Cell.badge(c.met() ? StatusTone.AMBER : StatusTone.GREEN,
                        c.met() ? t("evaluation.conditions.met") : t("evaluation.conditions.notMet")));
            }
        }
        out.table(table.build());
    }

    private String describe(ConditionOutcome c, Currency currency) {
        switch (c.kind()) {
            case PRICE:
                String x = c.measure().orElseThrow() == PriceMeasure.EUROS
                    ? amount(c.threshold().orElseThrow(), currency) : points(c.threshold().orElseThrow());
                return t("evaluation.conditions.price." + c.measure().orElseThrow().name(),
                    Map.of("threshold", x, "reference", label(c.priceReference().orElseThrow())));
            case RGLCAP_85:
                return t("evaluation.conditions.rglcap85");
            case TECHNICAL:
                return t("evaluation.conditions.technical." + c.technicalReference().orElseThrow().name(),
                    Map.of("comparison", label(c.comparison().orElseThrow()),
                        "threshold", c.threshold().map(this::points).orElse("")));
            default:
                return label(c.combination().orElseThrow());
        }
    }

    private String amount(BigDecimal value, Currency currency) {
        return l.money(Money.of(value, currency, RoundingMode.HALF_UP));
    }

    private static StatusTone tone(JustificationStatus status) {
        switch (status) {
            case NOT_ABNORMAL:
            case ACCEPTED:
                return StatusTone.GREEN;
            case PENDING_JUSTIFICATION:
                return StatusTone.AMBER;
            default:
                return StatusTone.RED;
        }
    }

    private void exclusions() {
        out.startSection("exclusions", t("evaluation.section.exclusions"));
        List<BidEvaluation> excluded = result.bids().stream().filter(b -> b.exclusion().isPresent()).toList();
        if (excluded.isEmpty()) {
            out.paragraph(t("evaluation.exclusions.none"));
        } else {
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.exclusions.caption", Map.of(
                "lot", result.lot().toString())))
                .rowHeader(t("evaluation.column.bid"))
                .column(t("evaluation.column.reason"))
                .column(t("evaluation.column.rule"))
                .column(t("evaluation.column.note"));
            for (BidEvaluation b : excluded) {
                ExcludedBid x = b.exclusion().get();
                table.row(report.bidLabel(b.bid()), label(x.reason()), x.ruleId(), x.note().orElse("—"));
            }
            out.table(table.build());
        }
        out.endSection();
    }

    private void ranking() {
        out.startSection("ranking", t("evaluation.section.ranking"));
        Optional<RankingResult> ranking = result.ranking();
        if (ranking.isEmpty()) {
            out.paragraph(t("evaluation.ranking.none"));
        } else {
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.ranking.caption", Map.of(
                "lot", result.lot().toString())))
                .rowHeader(t("evaluation.column.position"))
                .column(t("evaluation.column.bid"))
                .column(t("evaluation.column.bidder"))
                .numericColumn(t("evaluation.column.total"));
            for (RankedBid r : ranking.get().ranked()) {
                table.row(l.number(r.position()), r.bid().toString(), report.bidder(r.bidder()), points(r.total()));
            }
            out.table(table.build());
        }
        out.endSection();
    }

    private void tieBreaks() {
        out.startSection("ties", t("evaluation.section.ties"));
        Optional<RankingResult> ranking = result.ranking();
        if (ranking.isEmpty()) {
            out.paragraph(t("evaluation.ranking.none"));
            out.endSection();
            return;
        }
        out.paragraph(t("evaluation.ties.seed", Map.of("seed", Long.toString(ranking.get().seed()))));
        out.paragraph(t("evaluation.ties.mode." + ranking.get().tieBreakMode().name()));
        List<TieBreak> ties = ranking.get().tieBreaks();
        if (ties.isEmpty()) {
            out.paragraph(t("evaluation.ties.none"));
        }
        int n = 0;
        for (TieBreak tie : ties) {
            n++;
            List<BidId> tied = tie.bids();
            String step = label(tie.step()) + tie.criterionId().map(c -> " (" + c + ")").orElse("");
            // the second measure of art. 147.2.a is a sum: both counts filed are shown beside it
            boolean counts = tie.step() == TieBreakStep.PERMANENT_DISABLED_WORKERS;
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.ties.caption", Map.of(
                "tie", l.number(n), "step", step, "rule", tie.ruleId())))
                .rowHeader(t("evaluation.column.bid"))
                .numericColumn(t("evaluation.column.total"));
            if (counts) {
                table.numericColumn(t("evaluation.column.permanentDisabledWorkers"))
                    .numericColumn(t("evaluation.column.inclusionWorkers"));
            }
            table.numericColumn(t("evaluation.column.tieValue"));
            for (TieBreakValue v : tie.values()) {
                List<String> cells = new ArrayList<>();
                cells.add(result.bid(v.bid()).map(b -> points(b.total())).orElse("—"));
                if (counts) {
                    cells.add(v.permanentDisabledWorkers().map(x -> l.number(x)).orElse(t("evaluation.ties.notFiled")));
                    cells.add(v.inclusionWorkers().map(x -> l.number(x)).orElse(t("evaluation.ties.notFiled")));
                }
                cells.add(v.value().map(x -> Numbers.localize(l, x)).orElse(t("evaluation.ties.notProved")));
                table.row(report.bidLabel(v.bid()), cells.toArray(String[]::new));
            }
            out.table(table.build());
            List<BidId> order = ranking.get().order().stream().filter(tied::contains).toList();
            out.paragraph(t("evaluation.ties.order", Map.of("order", order.stream().map(BidId::toString)
                .collect(Collectors.joining(" > ")))));
        }
        out.endSection();
    }

    private void proposal() {
        out.startSection("proposal", t("evaluation.section.proposal"));
        Optional<AwardProposal> proposal = result.proposal();
        if (proposal.isEmpty()) {
            out.paragraph(t("evaluation.proposal.none"));
            out.endSection();
            return;
        }
        AwardProposal p = proposal.get();
        Optional<RankedBid> proposed = p.proposed();
        if (proposed.isEmpty()) {
            out.statusParagraph(StatusTone.RED, t("evaluation.proposal.voidLabel"), t("evaluation.proposal.void"));
        } else {
            RankedBid w = proposed.get();
            out.statusParagraph(StatusTone.GREEN, t("evaluation.proposal.label"), t("evaluation.proposal.proposed",
                Map.of("bid", w.bid().toString(), "bidder", report.bidder(w.bidder()), "points", points(w.total()))));
            if (!p.next().isEmpty()) {
                out.paragraph(t("evaluation.proposal.next", Map.of("next", p.next().stream()
                    .map(r -> l.number(r.position()) + ". " + r.bid() + " (" + points(r.total()) + ")")
                    .collect(Collectors.joining("; ")))));
            }
            out.paragraph(t("evaluation.proposal.penalty", Map.of("rate", l.percentage(AwardProposal.PENALTY_RATE),
                "budget", l.money(p.baseBudget()), "penalty", l.money(p.penalty()))));
        }
        for (Withdrawal w : p.history()) {
            out.paragraph(t("evaluation.proposal.withdrawal", Map.of(
                "bid", w.bid().toString(), "bidder", report.bidder(w.bidder()),
                "penalty", l.money(w.penalty()), "rule", w.ruleId(),
                "next", w.nextProposed().map(BidId::toString).orElse("—"))));
        }
        out.endSection();
    }

    private void sensitivity() {
        Optional<RankAcceptabilityResult> acceptability = report.acceptability();
        List<CriterionSensitivity> weights = report.weightSensitivity();
        if (acceptability.isEmpty() && weights.isEmpty()) {
            return;
        }
        out.startSection("sensitivity", t("evaluation.section.sensitivity"));
        out.paragraph(t("evaluation.sensitivity.intro"));
        if (acceptability.isPresent()) {
            RankAcceptabilityResult a = acceptability.get();
            out.paragraph(t("evaluation.sensitivity.acceptability", Map.of("samples", l.number(a.samples()),
                "spread", l.percentage(BigDecimal.valueOf(a.perturbationPercent()), 0), "seed", Long.toString(a.seed()),
                "generator", RankAcceptabilityResult.GENERATOR)));
            Svg chart = report.svgCharts().get(EvaluationReport.RANK_ACCEPTABILITY_CHART);
            out.figure(chart, t("evaluation.chart.acceptability.caption"));
            int ranks = a.bids().size();
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.sensitivity.caption", Map.of(
                "lot", result.lot().toString())))
                .rowHeader(t("evaluation.column.bid"));
            for (int k = 1; k <= ranks; k++) {
                table.numericColumn(t("evaluation.rank", Map.of("rank", k)));
            }
            for (BidId bid : a.bids()) {
                String[] cells = new String[ranks];
                for (int k = 1; k <= ranks; k++) {
                    cells[k - 1] = l.percentage(EvaluationReport.percent(a, bid, k), 2);
                }
                table.row(report.bidLabel(bid), cells);
            }
            out.table(table.build());
        }
        if (!weights.isEmpty()) {
            HtmlTable.Builder table = HtmlTable.builder(t("evaluation.sensitivity.weightsCaption"))
                .rowHeader(t("evaluation.column.criterion"))
                .numericColumn(t("evaluation.column.weight"))
                .column(t("evaluation.column.increase"))
                .column(t("evaluation.column.decrease"));
            for (CriterionSensitivity s : weights) {
                table.row(s.criterion().toString(), points(s.declaredWeight()), change(s.increase()),
                    change(s.decrease()));
            }
            out.table(table.build());
            boolean tied = weights.stream().flatMap(w -> java.util.stream.Stream.of(w.increase(), w.decrease()))
                .flatMap(Optional::stream).anyMatch(c -> c.points().signum() == 0);
            if (tied) {
                out.paragraph(t("evaluation.sensitivity.tied"));
            }
        }
        out.endSection();
    }

    private String change(Optional<WeightChange> change) {
        if (change.isEmpty()) {
            return t("evaluation.sensitivity.noChange");
        }
        WeightChange c = change.get();
        return c.percentOfWeight()
            .map(p -> t("evaluation.sensitivity.changeWithPercent", Map.of(
                "points", l.number(c.points(), 2), "percent", l.percentage(p, 2),
                "winner", c.newWinner().toString())))
            .orElse(t("evaluation.sensitivity.change", Map.of(
                "points", l.number(c.points(), 2), "winner", c.newWinner().toString())));
    }

    private void history() {
        List<EvaluationEvent> events = report.history();
        if (events.isEmpty()) {
            return;
        }
        out.startSection("history", t("evaluation.section.history"));
        HtmlTable.Builder table = HtmlTable.builder(t("evaluation.history.caption", Map.of(
            "lot", result.lot().toString())))
            .rowHeader(t("evaluation.column.sequence"))
            .column(t("evaluation.column.when"))
            .column(t("evaluation.column.step"))
            .column(t("evaluation.column.rule"))
            .column(t("evaluation.column.actor"))
            .column(t("evaluation.column.phase"));
        for (EvaluationEvent e : events) {
            table.row(l.number(e.sequence()), Numbers.instant(l, e.at()), label(e.kind()), e.ruleId(),
                report.person(e.actor()), label(e.to()));
        }
        out.table(table.build());
        out.endSection();
    }
}
