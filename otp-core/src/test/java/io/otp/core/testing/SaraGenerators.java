package io.otp.core.testing;

import io.otp.core.Violation;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.rules.DayKind;
import io.otp.core.rules.Explanation;
import io.otp.core.rules.HarmonisedRegulation;
import io.otp.core.rules.OtpValidator;
import io.otp.core.rules.SaraAssessment;
import io.otp.core.rules.TenderValidation;
import io.otp.core.rules.ThresholdTable;
import io.otp.core.rules.TimeLimit;
import io.otp.core.rules.TimeLimitCase;
import io.otp.core.rules.TimeLimitStart;
import io.otp.core.id.LotId;
import io.otp.core.money.Money;
import io.otp.core.rules.LegalThresholds;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the results of the harmonised-regulation assessment and of the validator, built by
 * running the SDK on generated tenders (so every instance is one the SDK can produce), and of
 * violations and time limits built through their public factories.
 */
public final class SaraGenerators {

    /** The day the generated tenders are assessed on: within the 2026&ndash;2027 period. */
    public static final LocalDate DAY = TenderGenerators.REFERENCE_DATE;

    private SaraGenerators() {
    }

    /**
     * Time limits of any number of days from 1 to 60, of any kind, start and case.
     *
     * @return the generator
     */
    public static Gen<TimeLimit> timeLimits() {
        return Generate.range(1, 60).zip(Generate.enumValues(DayKind.class), Generate.enumValues(TimeLimitStart.class),
            Generate.enumValues(TimeLimitCase.class), Generate.pick(List.of("LCSP-156.2", "LCSP-159.3", "LCSP-153.3")),
            TimeLimit::of);
    }

    /**
     * Assessments of harmonised regulation of generated tenders, valid ones and any ones, on {@link #DAY}.
     *
     * @return the generator
     */
    public static Gen<SaraAssessment> assessments() {
        return TenderGenerators.validTenders().mix(TenderGenerators.anyTenders(), 50)
            .map(t -> HarmonisedRegulation.assess(t, ThresholdTable.builtIns().forDate(DAY)))
            .mix(lotExemptions(), 30);
    }

    /**
     * Assessments of tenders of works, supplies or services divided into 2 to 8 lots whose estimated
     * value is the sum of their budgets (so lot values are known), half of them with the contracting
     * authority exempting part of the largest exemption the cap allows.
     *
     * @return the generator
     */
    public static Gen<SaraAssessment> lotExemptions() {
        LegalThresholds thresholds = ThresholdTable.builtIns().forDate(DAY);
        return in -> {
            ContractType type = Generate.pick(List.of(ContractType.WORKS, ContractType.SUPPLIES, ContractType.SERVICES))
                .generate(in);
            int count = Generate.range(2, 8).generate(in);
            Tender.Builder b = TenderGenerators.tenderBuilder("T-" + Generate.longRange(1, 9_999).generate(in))
                .contractType(type).procedure(ProcedureType.OPEN);
            Money total = Money.zero(Money.EUR);
            for (int i = 1; i <= count; i++) {
                long euros = type == ContractType.WORKS ? Generate.longRange(200_000, 9_000_000).generate(in)
                    : Generate.longRange(10_000, 900_000).generate(in);
                Money budget = Money.euros(euros);
                total = total.plus(budget);
                b.addLots(TenderGenerators.lot("L" + i, budget, TenderGenerators.price("C1", "100")));
            }
            Tender tender = b.estimatedValue(total).build();
            SaraAssessment proposed = HarmonisedRegulation.assess(tender, thresholds);
            if (Generate.longRange(0, 1).generate(in) == 0 || proposed.largestExemption().isEmpty()) {
                return proposed;
            }
            int keep = Generate.range(1, proposed.largestExemption().size()).generate(in);
            Set<LotId> chosen = new HashSet<>(proposed.largestExemption().subList(0, keep));
            return HarmonisedRegulation.assess(tender, thresholds, chosen);
        };
    }

    /**
     * Explanations taken from generated assessments, and some with arbitrary text arguments.
     *
     * @return the generator
     */
    public static Gen<Explanation> explanations() {
        Gen<Explanation> taken = assessments().zip(Generate.range(0, 1_000), (a, i) ->
            a.explanation().get(i % a.explanation().size()));
        Gen<Explanation> arbitrary = NeedGenerators.text(0, 40).map(text ->
            Explanation.of(SaraAssessment.LIMITATION, "LCSP-44.1", "io.otp.core.rules.sara.appeal.otherCases",
                "note", text));
        return taken.mix(arbitrary, 20);
    }

    /**
     * Violations, errors and warnings, with arbitrary paths and arguments.
     *
     * @return the generator
     */
    public static Gen<Violation> violations() {
        return NeedGenerators.text(0, 30).zip(NeedGenerators.text(0, 30), Generate.booleans(), (path, value, warning) -> {
            Violation v = Violation.of(path, "LCSP-118.1", "io.otp.core.rules.minor.works", "tender", "T1",
                "value", value, "limit", "40000.00 EUR");
            return warning ? v.withSeverity(Violation.Severity.WARNING) : v;
        });
    }

    /**
     * Results of the validator on generated tenders, published or not, with reference dates from 2023
     * to 2029 (so some are before every period, some after the last one).
     *
     * @return the generator
     */
    public static Gen<TenderValidation> validations() {
        OtpValidator validator = OtpValidator.withThresholds(ThresholdTable.builtIns())
            .withCatalogues(Catalogues.builtIns());
        return TenderGenerators.anyTenders().zip(Generate.range(0, 7 * 365), (t, days) ->
            validator.assess(t, LocalDate.of(2023, 1, 1).plusDays(days)));
    }
}
