package io.otp.ocds;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.OtpException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.ContractId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.MilestoneId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.time.DateRange;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.indicator.Measurement;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads OCDS 1.1 release packages (and the compiled releases of record packages) back into the SDK's
 * model, one release at a time with a streaming parser, so a package of any size is read in constant
 * memory.
 *
 * <p>What OCDS carries comes back: the tender with its lots, CPV codes, award criteria (with the SDK
 * extension's criterion ids, methods and formulas), dates and status; the bids; their published
 * evaluation; the awards; the contracts with their milestones and payments; KPI measurements. What it
 * does not carry (the expert committee, the envelopes, the deliverables and acceptance records,
 * forecast revisions) does not.
 *
 * <p>Bad input never escapes as a Jackson exception: malformed JSON, a missing {@code ocid} or other
 * required field, a code outside its codelist, a date without an offset or an amount without a currency
 * raise a {@link ValidationException} whose violations name the JSON path, the value and the rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OcdsPackageReader {

    private final ZoneId zone;

    /**
     * Creates a reader that reads calendar dates in {@link OcdsSettings#DEFAULT_ZONE}.
     */
    public OcdsPackageReader() {
        this(OcdsSettings.DEFAULT_ZONE);
    }

    /**
     * Creates a reader that reads calendar dates (a milestone's due date, a tender's publication date)
     * as the day the published instant falls on in the given zone.
     *
     * @param zone the zone; not null
     */
    public OcdsPackageReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads a package, handing each release to the consumer as soon as it is read. For a record package,
     * each record's compiled release is handed over. The stream is not closed.
     *
     * @param in the package's JSON; not null
     * @param consumer receives each release; not null
     * @return what the package says of itself, with the number of releases read; not null
     * @throws ValidationException if the JSON is malformed or a release is not valid OCDS as this reader
     *     needs it, naming the path, the value and the rule
     * @throws OtpException if reading fails
     */
    public OcdsPackageInfo read(InputStream in, Consumer<ImportedRelease> consumer) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(consumer, "consumer");
        OcdsPackageInfo.Builder info = OcdsPackageInfo.builder();
        long count = 0;
        JsonParser opened = null;
        try (JsonParser p = OcdsJson.FACTORY.createParser(in)) {
            opened = p;
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ValidationException(Violation.of("", "OCDS-PACKAGE", "io.otp.ocds.package.notObject",
                    "value", String.valueOf(p.currentToken())));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (("releases".equals(field) || "records".equals(field)) && t == JsonToken.START_ARRAY) {
                    boolean records = "records".equals(field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode node = OcdsJson.MAPPER.readTree(p);
                        String path = field + "[" + count + "]";
                        if (records) {
                            JsonNode compiled = node.get("compiledRelease");
                            if (compiled == null || !compiled.isObject()) {
                                throw new ValidationException(missing(path + ".compiledRelease"));
                            }
                            consumer.accept(release(compiled, path + ".compiledRelease"));
                        } else {
                            consumer.accept(release(node, path));
                        }
                        count++;
                    }
                } else {
                    JsonNode node = OcdsJson.MAPPER.readTree(p);
                    header(info, field, node);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ValidationException(List.of(Violation.of(at == null ? "" : "line " + at.getLineNr()
                + ", column " + at.getColumnNr(), "OCDS-JSON", "io.otp.ocds.json.malformed",
                "value", e.getOriginalMessage())), e);
        } catch (NumberFormatException e) {
            // Jackson's parser reports a number it cannot represent (an exponent beyond an int) this way.
            JsonLocation at = opened == null ? null : opened.currentLocation();
            throw new ValidationException(List.of(Violation.of(at == null ? "" : "line " + at.getLineNr()
                + ", column " + at.getColumnNr(), "OCDS-JSON", "io.otp.ocds.json.malformed",
                "value", e.getMessage())), e);
        } catch (CharConversionException e) {
            // Bytes that are not text in the encoding detected (an invalid UTF-32 character after a
            // UTF-32 byte-order mark): a fault of the package, although the decoder reports it as I/O.
            JsonLocation at = opened == null ? null : opened.currentLocation();
            throw new ValidationException(List.of(Violation.of(at == null ? "" : "line " + at.getLineNr()
                + ", column " + at.getColumnNr(), "OCDS-JSON", "io.otp.ocds.json.malformed",
                "value", e.getMessage())), e);
        } catch (IOException e) {
            throw new OtpException("OCDS package: reading failed: " + e.getMessage(), e);
        }
        return info.releaseCount(count).build();
    }

    /**
     * Reads a whole package into a list; for packages that fit in memory.
     *
     * @param in the package's JSON; not null
     * @return the releases in the package's order; not null
     * @throws ValidationException if the JSON is malformed or a release is not valid OCDS as this reader
     *     needs it
     * @throws OtpException if reading fails
     */
    public List<ImportedRelease> readAll(InputStream in) {
        List<ImportedRelease> all = new ArrayList<>();
        read(in, all::add);
        return List.copyOf(all);
    }

    private void header(OcdsPackageInfo.Builder info, String field, JsonNode node) {
        switch (field) {
            case "uri":
                info.uri(node.asText());
                break;
            case "version":
                info.version(node.asText());
                break;
            case "publishedDate":
                info.publishedDate(new Fields(List.of(), zone).dateTime(node, "publishedDate"));
                break;
            case "publisher":
                Optional.ofNullable(node.get("name")).filter(JsonNode::isTextual)
                    .ifPresent(n -> info.publisherName(n.asText()));
                break;
            case "license":
                info.license(node.asText());
                break;
            case "extensions":
                node.forEach(e -> info.addExtensions(e.asText()));
                break;
            default:
                break;
        }
    }

    private ImportedRelease release(JsonNode r, String path) {
        List<Violation> problems = new ArrayList<>();
        Fields f = new Fields(problems, zone);
        if (!r.isObject()) {
            throw new ValidationException(Violation.of(path, "OCDS-RELEASE", "io.otp.ocds.type", "field", path,
                "value", r.getNodeType(), "expected", "object"));
        }
        ImportedRelease.Builder b = ImportedRelease.builder();
        String ocid = f.guard(path, () -> f.text(r, "ocid", path)).orElse(null);
        String id = f.guard(path, () -> f.text(r, "id", path)).orElse(null);
        OffsetDateTime date = f.guard(path, () -> f.dateTime(r.get("date"), path + ".date")).orElse(null);
        JsonNode tags = r.get("tag");
        if (tags == null || !tags.isArray() || tags.size() == 0) {
            problems.add(missing(path + ".tag"));
        } else {
            for (int i = 0; i < tags.size(); i++) {
                String tp = path + ".tag[" + i + "]";
                JsonNode tag = tags.get(i);
                f.guard(tp, () -> f.code(tag, tp, "releaseTag", RELEASE_TAGS)).ifPresent(b::addTags);
            }
        }
        JsonNode tender = r.get("tender");
        Optional<TenderId> tenderId = Optional.empty();
        if (tender != null && tender.isObject()) {
            tenderId = f.optText(tender, "id").map(TenderId::of);
            b.tenderId(tenderId);
            if (tender.has("procurementMethod")) {
                f.guard(path + ".tender", () -> tender(f, r, tender, path + ".tender")).ifPresent(b::tender);
            }
        }
        JsonNode details = f.array(r.path("bids").path("details"), path + ".bids.details");
        for (int i = 0; i < details.size(); i++) {
            String p = path + ".bids.details[" + i + "]";
            JsonNode d = details.get(i);
            Optional<TenderId> tid = tenderId;
            f.guard(p, () -> bid(f, d, tid, p)).ifPresent(b::addBids);
            if (d.has("evaluation")) {
                f.guard(p + ".evaluation", () -> evaluation(f, d, p)).ifPresent(b::addEvaluations);
            }
        }
        JsonNode awards = f.array(r.path("awards"), path + ".awards");
        for (int i = 0; i < awards.size(); i++) {
            String p = path + ".awards[" + i + "]";
            JsonNode a = awards.get(i);
            f.guard(p, () -> award(f, a, p)).ifPresent(b::addAwards);
        }
        JsonNode contracts = f.array(r.path("contracts"), path + ".contracts");
        for (int i = 0; i < contracts.size(); i++) {
            String p = path + ".contracts[" + i + "]";
            JsonNode c = contracts.get(i);
            f.guard(p, () -> contract(f, c, p)).ifPresent(b::addContracts);
            JsonNode metrics = f.array(c.path("implementation").path("metrics"), p + ".implementation.metrics");
            for (int m = 0; m < metrics.size(); m++) {
                measurements(f, b, metrics.get(m), p + ".implementation.metrics[" + m + "]");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return b.ocid(ocid).id(id).date(date).build();
    }

    private static final List<String> RELEASE_TAGS = List.of("planning", "planningUpdate", "tender",
        "tenderAmendment", "tenderUpdate", "tenderCancellation", "award", "awardUpdate", "awardCancellation",
        "contract", "contractUpdate", "contractAmendment", "implementation", "implementationUpdate",
        "contractTermination", "compiled");

    private Tender tender(Fields f, JsonNode r, JsonNode t, String path) {
        Tender.Builder b = Tender.builder();
        b.id(TenderId.of(f.text(t, "id", path)));
        b.title(f.text(t, "title", path));
        b.contractingAuthority(OrganisationId.of(f.text(r.path("buyer"), "id", path.replace(".tender", ".buyer"))));
        b.contractType(OcdsCodelists.contractType(path + ".mainProcurementCategory",
            f.optText(t, "mainProcurementCategory").orElse(null)));
        b.procedure(OcdsCodelists.procedureType(path, f.optText(t, "procurementMethod").orElse(null),
            f.optText(t, "procurementMethodDetails").orElse(null), f.optText(t, "procedureType").orElse(null)));
        b.estimatedValue(f.money(t.get("value"), path + ".value"));
        f.optText(t, "status").ifPresent(s -> b.status(OcdsCodelists.tenderStatus(path + ".status", s)));
        f.optText(t, "noLotsJustification").ifPresent(b::noDivisionJustification);
        f.optText(r.path("planning").path("budget"), "projectID").map(io.otp.core.id.ProjectId::of)
            .ifPresent(b::project);
        JsonNode items = f.array(t.path("items"), path + ".items");
        JsonNode lots = f.array(t.path("lots"), path + ".lots");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!"CPV".equals(item.path("classification").path("scheme").asText())) {
                continue;
            }
            CpvCode cpv = CpvCode.of(f.text(item.path("classification"), "id", path + ".items[" + i + "].classification"));
            if (!item.hasNonNull("relatedLot")) {
                b.addCpvCodes(cpv);
            }
        }
        KeyDates.Builder dates = KeyDates.builder();
        boolean anyDate = false;
        JsonNode period = t.path("tenderPeriod");
        if (period.hasNonNull("startDate")) {
            dates.publication(f.date(period.get("startDate"), path + ".tenderPeriod.startDate"));
            anyDate = true;
        }
        if (period.hasNonNull("endDate")) {
            dates.submissionDeadline(f.dateTime(period.get("endDate"), path + ".tenderPeriod.endDate").toInstant());
            anyDate = true;
        }
        if (t.path("awardPeriod").hasNonNull("endDate")) {
            dates.award(f.date(t.path("awardPeriod").get("endDate"), path + ".awardPeriod.endDate"));
            anyDate = true;
        }
        if (anyDate) {
            b.keyDates(dates.build());
        }
        for (int i = 0; i < lots.size(); i++) {
            String lp = path + ".lots[" + i + "]";
            JsonNode lot = lots.get(i);
            b.addLots(at(lp, () -> lot(f, lot, items, lp)));
        }
        return b.build();
    }

    private Lot lot(Fields f, JsonNode l, JsonNode items, String path) {
        Lot.Builder b = Lot.builder();
        String id = f.text(l, "id", path);
        b.id(LotId.of(id));
        b.title(f.text(l, "title", path));
        f.optText(l, "description").ifPresent(b::description);
        b.budget(f.money(l.get("value"), path + ".value"));
        for (JsonNode item : items) {
            if (id.equals(item.path("relatedLot").asText(null))
                && "CPV".equals(item.path("classification").path("scheme").asText())) {
                b.addCpvCodes(CpvCode.of(item.path("classification").path("id").asText()));
            }
        }
        JsonNode ac = l.path("awardCriteria");
        JsonNode criteria = f.array(ac.path("criteria"), path + ".awardCriteria.criteria");
        for (int i = 0; i < criteria.size(); i++) {
            String cp = path + ".awardCriteria.criteria[" + i + "]";
            JsonNode c = criteria.get(i);
            b.addCriteria(at(cp, () -> criterion(f, c, cp)));
        }
        if (ac.hasNonNull("qualityThreshold")) {
            b.qualityThreshold(Points.of(f.number(ac.get("qualityThreshold"), path + ".awardCriteria.qualityThreshold")));
        }
        return b.build();
    }

    private AwardCriterion criterion(Fields f, JsonNode c, String path) {
        AwardCriterion.Builder b = AwardCriterion.builder();
        b.id(CriterionId.of(f.text(c, "id", path)));
        b.name(f.text(c, "name", path));
        f.optText(c, "description").ifPresent(b::description);
        b.type(OcdsCodelists.criterionType(path + ".type", f.optText(c, "type").orElse(null)));
        b.method(OcdsCodelists.evaluationMethod(path + ".evaluationMethod",
            f.optText(c, "evaluationMethod").orElse(null)));
        Points max = null;
        JsonNode numbers = f.array(c.path("numbers"), path + ".numbers");
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode n = numbers.get(i);
            String np = path + ".numbers[" + i + "]";
            if (n.hasNonNull("weight")) {
                OcdsCodelists.check(np + ".weight", n.get("weight").asText(), "criterionWeight",
                    List.of(OcdsCodelists.WEIGHT_POINTS_EXACT));
                max = Points.of(f.number(n.get("number"), np + ".number"));
            } else if (n.hasNonNull("threshold")) {
                OcdsCodelists.check(np + ".threshold", n.get("threshold").asText(), "criterionThreshold",
                    List.of(OcdsCodelists.THRESHOLD_MINIMUM_SCORE));
                b.minimumThreshold(Points.of(f.number(n.get("number"), np + ".number")));
            }
        }
        if (max == null) {
            throw new ValidationException(missing(path + ".numbers[weight=" + OcdsCodelists.WEIGHT_POINTS_EXACT + "]"));
        }
        b.maxPoints(max);
        JsonNode formula = c.path("formula");
        if (formula.isObject()) {
            FormulaReference.Builder fr = FormulaReference.builder().id(f.text(formula, "id", path + ".formula"));
            formula.path("parameters").fields().forEachRemaining(e ->
                fr.putParameters(e.getKey(), f.number(e.getValue(), path + ".formula.parameters." + e.getKey())));
            b.formula(fr.build());
        }
        JsonNode subs = f.array(c.path("subCriteria"), path + ".subCriteria");
        for (int i = 0; i < subs.size(); i++) {
            b.addSubCriteria(criterion(f, subs.get(i), path + ".subCriteria[" + i + "]"));
        }
        return b.build();
    }

    private Bid bid(Fields f, JsonNode d, Optional<TenderId> tender, String path) {
        Bid.Builder b = Bid.builder();
        b.id(BidId.of(f.text(d, "id", path)));
        if (tender.isEmpty()) {
            throw new ValidationException(missing(path.substring(0, path.indexOf(".bids")) + ".tender.id"));
        }
        b.tender(tender.get());
        b.lot(LotId.of(f.firstText(d.path("relatedLots"), path + ".relatedLots")));
        JsonNode tenderers = d.path("tenderers");
        b.bidder(OrganisationId.of(f.text(tenderers.path(0), "id", path + ".tenderers[0]")));
        b.economicOffer(f.money(d.get("value"), path + ".value"));
        b.submittedAt(f.dateTime(d.get("date"), path + ".date").toInstant());
        f.optText(d, "status").ifPresent(s -> OcdsCodelists.check(path + ".status", s, "bidStatus",
            OcdsCodelists.BID_STATUS_CODES));
        return b.build();
    }

    private PublishedEvaluation evaluation(Fields f, JsonNode d, String path) {
        JsonNode e = d.get("evaluation");
        String ep = path + ".evaluation";
        PublishedEvaluation.Builder b = PublishedEvaluation.builder();
        b.bid(BidId.of(f.text(d, "id", path)));
        b.lot(LotId.of(f.firstText(d.path("relatedLots"), path + ".relatedLots")));
        b.totalScore(Points.of(f.number(e.get("totalScore"), ep + ".totalScore")));
        if (e.hasNonNull("rank")) {
            b.rank(f.whole(e.get("rank"), ep + ".rank"));
        }
        b.abnormallyLow(e.path("abnormallyLow").asBoolean(false));
        f.optText(e.path("exclusion"), "ruleId").ifPresent(b::exclusionRule);
        JsonNode scores = f.array(e.path("scores"), ep + ".scores");
        for (int i = 0; i < scores.size(); i++) {
            JsonNode s = scores.get(i);
            String sp = ep + ".scores[" + i + "]";
            PublishedScore.Builder sb = PublishedScore.builder()
                .criterion(CriterionId.of(f.text(s, "relatedCriterion", sp)))
                .method(OcdsCodelists.evaluationMethod(sp + ".evaluationMethod",
                    f.optText(s, "evaluationMethod").orElse(null)))
                .score(f.number(s.get("score"), sp + ".score"))
                .maximumScore(Points.of(f.number(s.get("maximumScore"), sp + ".maximumScore")));
            f.optText(s, "formula").ifPresent(sb::formula);
            b.addScores(sb.build());
        }
        return b.build();
    }

    private PublishedAward award(Fields f, JsonNode a, String path) {
        PublishedAward.Builder b = PublishedAward.builder();
        b.id(f.text(a, "id", path));
        b.status(OcdsCodelists.check(path + ".status", f.optText(a, "status").orElse(null), "awardStatus",
            OcdsCodelists.AWARD_STATUS_CODES));
        if (a.hasNonNull("date")) {
            b.date(f.dateTime(a.get("date"), path + ".date"));
        }
        if (a.path("relatedLots").size() > 0) {
            b.lot(LotId.of(f.firstText(a.get("relatedLots"), path + ".relatedLots")));
        }
        if (a.path("relatedBids").size() > 0) {
            b.bid(BidId.of(f.firstText(a.get("relatedBids"), path + ".relatedBids")));
        }
        if (a.path("suppliers").size() > 0) {
            b.supplier(OrganisationId.of(f.text(a.path("suppliers").get(0), "id", path + ".suppliers[0]")));
        }
        if (a.has("value")) {
            b.value(f.money(a.get("value"), path + ".value"));
        }
        return b.build();
    }

    private PublishedContract contract(Fields f, JsonNode c, String path) {
        PublishedContract.Builder b = PublishedContract.builder();
        b.id(ContractId.of(f.text(c, "id", path)));
        b.awardId(f.text(c, "awardID", path));
        b.status(OcdsCodelists.check(path + ".status", f.optText(c, "status").orElse(null), "contractStatus",
            OcdsCodelists.CONTRACT_STATUS_CODES));
        JsonNode period = c.path("period");
        if (period.hasNonNull("startDate") && period.hasNonNull("endDate")) {
            b.period(DateRange.of(f.date(period.get("startDate"), path + ".period.startDate"),
                f.date(period.get("endDate"), path + ".period.endDate")));
        }
        if (c.has("value")) {
            b.value(f.money(c.get("value"), path + ".value"));
        }
        if (c.path("relatedBids").size() > 0) {
            b.bid(BidId.of(f.firstText(c.get("relatedBids"), path + ".relatedBids")));
        }
        JsonNode milestones = f.array(c.path("implementation").path("milestones"), path + ".implementation.milestones");
        for (int i = 0; i < milestones.size(); i++) {
            JsonNode m = milestones.get(i);
            String mp = path + ".implementation.milestones[" + i + "]";
            PublishedMilestone.Builder mb = PublishedMilestone.builder()
                .id(MilestoneId.of(f.text(m, "id", mp)))
                .title(f.text(m, "title", mp))
                .type(OcdsCodelists.milestoneType(mp + ".type", f.optText(m, "type").orElse(null)))
                .status(OcdsCodelists.milestoneStatus(mp + ".status", f.optText(m, "status").orElse(null)))
                .dueDate(f.date(m.get("dueDate"), mp + ".dueDate"));
            if (m.hasNonNull("dateMet")) {
                mb.dateMet(f.date(m.get("dateMet"), mp + ".dateMet"));
            }
            if (m.hasNonNull("paymentPercentage")) {
                mb.paymentPercentage(Percentage.of(f.number(m.get("paymentPercentage"), mp + ".paymentPercentage")));
            }
            if (m.has("paymentValue")) {
                mb.paymentValue(f.money(m.get("paymentValue"), mp + ".paymentValue"));
            }
            b.addMilestones(mb.build());
        }
        JsonNode transactions = f.array(c.path("implementation").path("transactions"), path + ".implementation.transactions");
        for (int i = 0; i < transactions.size(); i++) {
            JsonNode t = transactions.get(i);
            String tp = path + ".implementation.transactions[" + i + "]";
            PublishedTransaction.Builder tb = PublishedTransaction.builder()
                .id(f.text(t, "id", tp))
                .date(f.date(t.get("date"), tp + ".date"))
                .value(f.money(t.get("value"), tp + ".value"));
            f.optText(t, "relatedMilestone").map(MilestoneId::of).ifPresent(tb::milestone);
            b.addTransactions(tb.build());
        }
        return b.build();
    }

    private void measurements(Fields f, ImportedRelease.Builder b, JsonNode metric, String path) {
        f.guard(path, () -> {
            KpiId kpi = KpiId.of(f.text(metric, "id", path));
            JsonNode observations = f.array(metric.path("observations"), path + ".observations");
            List<Measurement> list = new ArrayList<>();
            for (int i = 0; i < observations.size(); i++) {
                JsonNode o = observations.get(i);
                String op = path + ".observations[" + i + "]";
                if (!o.path("measure").isNumber()) {
                    continue;
                }
                LocalDate day = f.date(o.path("period").get("endDate"), op + ".period.endDate");
                Measurement.Builder mb = Measurement.builder().kpi(kpi).date(day)
                    .value(f.number(o.get("measure"), op + ".measure"));
                f.optText(o, "notes").ifPresent(mb::note);
                list.add(mb.build());
            }
            return list;
        }).ifPresent(b::addAllMeasurements);
    }

    /** Runs a step, reporting the violations of the SDK's own rules under the JSON path of the object. */
    private static <T> T at(String path, Supplier<T> step) {
        try {
            return step.get();
        } catch (ValidationException e) {
            List<Violation> placed = new ArrayList<>();
            for (Violation v : e.violations()) {
                placed.add(v.path().startsWith("releases") || v.path().startsWith("records") ? v : v.under(path));
            }
            throw new ValidationException(placed, e);
        }
    }

    static Violation missing(String path) {
        return Violation.of(path, "OCDS-REQUIRED", "io.otp.ocds.required", "field", path);
    }

    /** Reads typed fields, recording what is wrong as violations. */
    private static final class Fields {
        /** Most digits of a number written out, as {@code OtpJson} reads by default. */
        static final int MAX_DIGITS = 100;

        /** Most characters of a value shown in a violation. */
        static final int SHOWN = 100;

        private final List<Violation> problems;
        private final ZoneId zone;

        Fields(List<Violation> problems, ZoneId zone) {
            this.problems = problems;
            this.zone = zone;
        }

        <T> Optional<T> guard(String path, Supplier<T> read) {
            try {
                return Optional.of(read.get());
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    problems.add(v.path().startsWith("releases") || v.path().startsWith("records")
                        || v.path().startsWith("line ") ? v : v.under(path));
                }
                return Optional.empty();
            }
        }

        String text(JsonNode node, String field, String path) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                throw new ValidationException(missing(path + "." + field));
            }
            if (!v.isTextual()) {
                throw new ValidationException(Violation.of(path + "." + field, "OCDS-TYPE", "io.otp.ocds.type",
                    "field", path + "." + field, "value", shown(v), "expected", "string"));
            }
            return v.asText();
        }

        Optional<String> optText(JsonNode node, String field) {
            JsonNode v = node == null ? null : node.get(field);
            return v == null || !v.isTextual() ? Optional.empty() : Optional.of(v.asText());
        }

        /**
         * The elements of a list property: none if it is absent or null; an object or a value where
         * OCDS has an array is recorded as a problem and read as no elements.
         */
        JsonNode array(JsonNode node, String path) {
            if (node == null || node.isMissingNode() || node.isNull()) {
                return OcdsJson.array();
            }
            if (!node.isArray()) {
                problems.add(Violation.of(path, "OCDS-TYPE", "io.otp.ocds.type", "field", path,
                    "value", shown(node), "expected", "array"));
                return OcdsJson.array();
            }
            return node;
        }

        /** A value as a violation shows it: a 10 MB string is named by its start, not copied whole. */
        static String shown(JsonNode node) {
            return shown(node.isTextual() ? "\"" + node.asText() + "\"" : node.toString());
        }

        static String shown(String text) {
            return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
        }

        String firstText(JsonNode array, String path) {
            if (array == null || !array.isArray() || array.size() == 0 || !array.get(0).isTextual()) {
                throw new ValidationException(missing(path + "[0]"));
            }
            return array.get(0).asText();
        }

        String code(JsonNode node, String path, String codelist, List<String> allowed) {
            return OcdsCodelists.check(path, node == null || !node.isTextual() ? null : node.asText(), codelist,
                allowed);
        }

        BigDecimal number(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                throw new ValidationException(missing(path));
            }
            if (!node.isNumber()) {
                throw new ValidationException(Violation.of(path, "OCDS-TYPE", "io.otp.ocds.type", "field", path,
                    "value", shown(node), "expected", "number"));
            }
            return bounded(node.decimalValue(), path);
        }

        int whole(JsonNode node, String path) {
            BigDecimal value = number(node, path);
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw new ValidationException(List.of(Violation.of(path, "OCDS-TYPE", "io.otp.ocds.type",
                    "field", path, "value", value.toString(), "expected", "whole number")), e);
            }
        }

        /**
         * Rejects a number with more than {@link #MAX_DIGITS} digits written out: {@code 1E+1000000000}
         * is short as text, but an amount or a score built from it would take minutes to round or print.
         */
        static BigDecimal bounded(BigDecimal value, String path) {
            long digits = DecimalPolicy.plainDigits(value);
            if (digits > MAX_DIGITS) {
                throw new ValidationException(Violation.of(path, "OCDS-NUMBER", "io.otp.ocds.number", "field", path,
                    "value", value.toString(), "digits", digits, "maximum", MAX_DIGITS));
            }
            return value;
        }

        Money money(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw new ValidationException(missing(path));
            }
            JsonNode amount = node.get("amount");
            JsonNode currency = node.get("currency");
            if (amount == null || !amount.isNumber() || currency == null || !currency.isTextual()) {
                throw new ValidationException(Violation.of(path, "OCDS-AMOUNT", "io.otp.ocds.amount",
                    "field", path, "value", shown(node)));
            }
            Currency c;
            try {
                c = Currency.getInstance(currency.asText());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(OcdsCodelists.unknown(path + ".currency", currency.asText(), "currency",
                    List.of("ISO 4217 codes")).violations(), e);
            }
            return Money.of(bounded(amount.decimalValue(), path + ".amount"), c);
        }

        OffsetDateTime dateTime(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                throw new ValidationException(missing(path));
            }
            try {
                return OffsetDateTime.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw new ValidationException(List.of(Violation.of(path, "OCDS-DATE", "io.otp.ocds.date",
                    "field", path, "value", shown(node.asText()))), e);
            }
        }

        LocalDate date(JsonNode node, String path) {
            return dateTime(node, path).atZoneSameInstant(zone).toLocalDate();
        }
    }
}
