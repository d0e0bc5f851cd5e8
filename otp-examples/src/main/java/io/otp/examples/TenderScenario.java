package io.otp.examples;

import io.otp.codelists.EuCodelists;
import io.otp.core.ValidationException;
import io.otp.core.classification.CpvCode;
import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.Violation;
import io.otp.core.rules.LegalTenderValidator;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.rules.OtpValidator;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The main scenario of the SDK's foundation: build a realistic tender, validate it against the
 * rules of the LCSP in force, show the violations of deliberately wrong variants, and round-trip it
 * through JSON.
 *
 * <p>Run it with the command given in the README.
 */
public final class TenderScenario {

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");

    private static final EuCodelists CPV = EuCodelists.official();

    /** 72224000 (project management consultancy) with a 2 typed as 0: a valid format, but no such code. */
    private static final CpvCode MISTYPED_CPV = CpvCode.of("72204000");

    private final PrintStream out;

    /**
     * Creates the scenario writing to the given stream.
     *
     * @param out where the report goes; not null
     */
    public TenderScenario(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the scenario on standard output.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Outcome outcome = new TenderScenario(System.out).run();
        if (!outcome.correctTenderViolations().isEmpty() || !outcome.jsonRoundTripEqual()) {
            System.exit(1);
        }
    }

    /**
     * What the scenario found, for tests and callers.
     *
     * @param correctTenderViolations violations of the correct tender and its bids (expected none)
     * @param wrongWeightsViolations violations raised building a lot whose weights do not add up
     * @param minorContractViolations violations of the tender passed off as a minor contract
     * @param wrongBidViolations violations of the tender with two wrong bids added
     * @param unknownCpvViolations violations of the tender with a CPV code not in the official list
     * @param jakartaRuleIds rule ids Jakarta Bean Validation reported for the minor-contract variant
     * @param jsonBytes size of the tender's JSON
     * @param jsonRoundTripEqual whether the tender read back from JSON equals the original
     * @param jsonDeterministic whether writing twice gave identical bytes
     */
    public record Outcome(List<Violation> correctTenderViolations, List<Violation> wrongWeightsViolations,
                          List<Violation> minorContractViolations, List<Violation> wrongBidViolations,
                          List<Violation> unknownCpvViolations,
                          List<String> jakartaRuleIds,
                          int jsonBytes, boolean jsonRoundTripEqual,
                          boolean jsonDeterministic) {
    }

    /**
     * Runs the scenario.
     *
     * @return what it found, not null
     */
    public Outcome run() {
        Tender tender = MunicipalPlatformTender.tender();
        List<Bid> bids = MunicipalPlatformTender.bids();
        OtpValidator validator = OtpValidator.standard();

        title("OTP SDK · tender scenario");
        describe(tender);
        describeBids(bids);

        section("1. Validation against the LCSP thresholds in force on the publication date");
        List<Violation> correct = validator.validate(tender, bids);
        if (correct.isEmpty()) {
            out.println("   The tender and its " + bids.size() + " bids break no rule.");
        } else {
            printViolations(correct);
        }

        section("2. Deliberately wrong variants");
        out.println("   a) Lot L2 with its certification criterion at 5 points instead of 10");
        out.println("      (the criteria no longer add up to 100): the lot cannot even be built.");
        List<Violation> wrongWeights = new ArrayList<>();
        try {
            MunicipalPlatformTender.lot2(5);
            out.println("      unexpected: the lot was accepted");
        } catch (ValidationException e) {
            wrongWeights.addAll(e.violations());
            printViolations(e.violations());
        }
        out.println();
        out.println("   b) The same tender awarded as a minor contract (LCSP art. 118):");
        Tender minor = rebuildAs(tender, ProcedureType.MINOR_CONTRACT);
        List<Violation> minorViolations = validator.validate(minor, bids);
        printViolations(minorViolations);
        out.println("      The same check through Jakarta Bean Validation (Hibernate Validator), as a host's");
        out.println("      @Valid runs it, with the validator's messages in Spanish:");
        List<String> jakartaRuleIds = new ArrayList<>();
        for (ConstraintViolation<Tender> cv : jakartaValidate(minor, SPANISH)) {
            String ruleId = LegalTenderValidator.violationOf(cv).map(Violation::ruleId).orElse("?");
            jakartaRuleIds.add(ruleId);
            out.println("      - [" + ruleId + "] " + cv.getPropertyPath() + ": " + cv.getMessage());
        }
        out.println();
        out.println("   c) Two more bids: one above the lot's budget, one after the deadline.");
        out.println("      Every rule broken is reported in one call, not only the first:");
        List<Bid> withWrongBids = new ArrayList<>(bids);
        withWrongBids.add(MunicipalPlatformTender.lateBidAboveBudget());
        withWrongBids.add(MunicipalPlatformTender.bidWithUnknownCriterion());
        List<Violation> bidViolations = validator.validate(tender, withWrongBids);
        printViolations(bidViolations);
        out.println();
        out.println("   d) A CPV code mistyped as " + MISTYPED_CPV + ": the format and check digit are right, but the");
        out.println("      official list (" + validator.catalogues().cpv().map(c -> c.name()).orElse("none installed")
            + ") does not have it:");
        List<Violation> unknownCpv = validator.validate(withCpv(tender, MISTYPED_CPV));
        printViolations(unknownCpv);

        section("3. JSON round trip");
        OtpJson json = OtpJson.standard();
        String written = json.write(tender);
        boolean deterministic = written.equals(json.write(json.read(written, Tender.class)));
        Tender back = json.read(written, Tender.class);
        String bidsJson = json.write(bids);
        List<Bid> bidsBack = json.read(bidsJson, new TypeReference<List<Bid>>() { });
        boolean equal = back.equals(tender) && bidsBack.equals(bids);
        out.println("   Written: " + written.getBytes(StandardCharsets.UTF_8).length + " bytes, SHA-256 "
            + sha256(written).substring(0, 16) + "...");
        out.println("   Bids written: " + bidsJson.getBytes(StandardCharsets.UTF_8).length + " bytes");
        out.println("   Tender and bids read back equal to the originals: " + yesNo(equal));
        out.println("   Written again from the copy, byte for byte identical: " + yesNo(deterministic));
        out.println("   Amounts stay exact decimals: lot L1 budget in JSON is "
            + excerpt(written, "\"budget\""));
        out.println();
        return new Outcome(List.copyOf(correct), List.copyOf(wrongWeights), List.copyOf(minorViolations),
            List.copyOf(bidViolations), List.copyOf(unknownCpv), List.copyOf(jakartaRuleIds),
            written.getBytes(StandardCharsets.UTF_8).length, equal, deterministic);
    }

    private void describe(Tender t) {
        out.println("Tender " + t.id() + " · " + t.title());
        out.println("   Procedure      " + t.procedure().spanishName() + " (eForms "
            + t.procedure().eFormsCode().orElse("-") + ", OCDS " + t.procedure().ocdsMethod() + ")");
        out.println("   Contract       " + t.contractType().name().toLowerCase(Locale.ROOT));
        out.println("   Object (CPV, labels of the official list, eForms SDK " + CPV.sdkVersion() + "):");
        printCpv(t.cpvCodes(), "      ");
        out.println("   Estimated value (LCSP art. 101)  " + euros(t.estimatedValue()));
        out.println("   Base budget (LCSP art. 100)      " + euros(t.baseBudget()) + " VAT excluded, "
            + euros(t.baseBudgetWithVat()) + " VAT included");
        t.keyDates().publication().ifPresent(d -> out.println("   Published      " + d));
        t.keyDates().submissionDeadline().ifPresent(d -> out.println("   Bids until     " + d));
        for (Lot lot : t.lots()) {
            out.println();
            out.println("   Lot " + lot.id() + " · " + lot.title());
            printCpv(lot.cpvCodes(), "      ");
            out.println("      Budget " + euros(lot.budget()) + " (" + euros(lot.budgetWithVat()) + " with "
                + lot.vatRate().value().stripTrailingZeros().toPlainString() + " % VAT)"
                + lot.qualityThreshold().map(q -> " · quality threshold " + q + " points (LCSP art. 146.3)")
                    .orElse(""));
            out.println(String.format("      %-13s %-58s %-8s %-15s %7s  %s", "Criterion", "Name", "Type",
                "Method", "Points", "Formula"));
            for (AwardCriterion c : lot.criteria()) {
                printCriterion(c, "");
            }
            Points formula = lot.pointsBy(EvaluationMethod.FORMULA);
            Points judged = lot.pointsBy(EvaluationMethod.VALUE_JUDGMENT);
            out.println("      Formula criteria " + formula + " points (" + lot.shareOf(formula)
                + "), value judgment " + judged + " points (" + lot.shareOf(judged) + ")");
        }
        out.println();
    }

    private void printCpv(List<CpvCode> codes, String indent) {
        for (CpvCode code : codes) {
            out.println(indent + "CPV " + code + " " + cpvLabel(code));
        }
    }

    /**
     * The Spanish label of a CPV code in the official list (the EU's eForms SDK, through otp-codelists).
     *
     * @param code the code; not null
     * @return the label, or a note that the official list does not have the code; not null
     */
    public static String cpvLabel(CpvCode code) {
        return CPV.cpv().label(code, SPANISH).orElse("(not in the official CPV list)");
    }

    private void printCriterion(AwardCriterion c, String indent) {
        out.println(String.format("      %-13s %-58s %-8s %-15s %7s  %s", indent + c.id(),
            shorten(indent + c.name(), 58), c.type().code(),
            c.method() == EvaluationMethod.FORMULA ? "formula (OBJ)" : "judgment (SUBJ)", c.maxPoints(),
            c.formula().map(Object::toString).orElse(c.isLeaf() ? "-" : "sum of sub-criteria")));
        for (AwardCriterion sub : c.subCriteria()) {
            printCriterion(sub, indent + "  ");
        }
    }

    private void describeBids(List<Bid> bids) {
        out.println("   Bids received: " + bids.size());
        out.println(String.format("      %-4s %-4s %-11s %16s  %s", "Bid", "Lot", "Bidder", "Offer (no VAT)",
            "Other formula values"));
        for (Bid b : bids) {
            out.println(String.format("      %-4s %-4s %-11s %16s  %s", b.id(), b.lot(), b.bidder(),
                euros(b.economicOffer()), b.formulaValues().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue().toPlainString())
                    .collect(Collectors.joining(", "))));
        }
    }

    private static Set<ConstraintViolation<Tender>> jakartaValidate(Tender tender, Locale locale) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator base = configuration.getDefaultMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale l) {
                return base.interpolate(template, context, l);
            }
        };
        try (ValidatorFactory factory = configuration.messageInterpolator(inLocale).buildValidatorFactory()) {
            return factory.getValidator().validate(tender);
        }
    }

    private static Tender withCpv(Tender t, CpvCode extra) {
        return Tender.builder().id(t.id()).title(t.title()).contractingAuthority(t.contractingAuthority())
            .authorityKind(t.authorityKind()).project(t.project()).contractType(t.contractType())
            .addAllServiceCharacters(t.serviceCharacters()).procedure(t.procedure()).estimatedValue(t.estimatedValue())
            .addAllCpvCodes(t.cpvCodes()).addCpvCodes(extra).addAllLots(t.lots())
            .noDivisionJustification(t.noDivisionJustification()).addAllExpertCommittee(t.expertCommittee())
            .keyDates(t.keyDates()).status(t.status()).build();
    }

    private static Tender rebuildAs(Tender t, ProcedureType procedure) {
        return Tender.builder().id(t.id()).title(t.title()).contractingAuthority(t.contractingAuthority())
            .contractType(t.contractType()).procedure(procedure).estimatedValue(t.estimatedValue())
            .addAllCpvCodes(t.cpvCodes()).addAllLots(t.lots()).keyDates(t.keyDates()).build();
    }

    private void printViolations(List<Violation> violations) {
        out.println("      " + violations.size() + (violations.size() == 1 ? " rule broken:" : " rules broken:"));
        for (Violation v : violations) {
            out.println("      - [" + v.ruleId() + "] " + (v.path().isEmpty() ? "" : v.path() + ": ")
                + v.message());
            out.println("        (es) " + v.message(SPANISH));
        }
    }

    private void title(String text) {
        out.println(text);
        out.println("=".repeat(text.length()));
        out.println();
    }

    private void section(String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }

    private static String euros(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(SPANISH));
        f.setParseBigDecimal(true);
        return f.format(m.amount()) + " " + (m.currency().getCurrencyCode().equals("EUR") ? "€"
            : m.currency().getCurrencyCode());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "NO";
    }

    private static String excerpt(String json, String key) {
        int i = json.indexOf(key);
        if (i < 0) {
            return "(not found)";
        }
        int end = json.indexOf('}', i);
        return json.substring(i, end + 1);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

}
