package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.spi.Catalogues;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.time.DateRange;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tender checked on a day after the last period the SDK knows (the 2026&ndash;2027 thresholds run out
 * on 31 December 2027): the latest period applies with a warning, never an error, through the SDK's
 * validator and through Jakarta Bean Validation alike. Every date comes from a fixed clock.
 */
class ThresholdsAfterTheShippedPeriodTest {

    /** 00:30 on 1 January 2028 in Madrid, still 31 December 2027 in UTC. */
    private static final Instant NEW_YEAR_2028_MADRID = Instant.parse("2027-12-31T23:30:00Z");

    private static final OtpValidator VALIDATOR = OtpValidator.withThresholds(ThresholdTable.builtIns())
        .withCatalogues(Catalogues.builtIns());

    /** A valid open supplies tender of 50,000 EUR with no publication date. */
    private static Tender unpublished() {
        return tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("50000.00"), price("C1", "100"))).build();
    }

    @Test
    void onNewYear2028InMadridAnUnpublishedTenderGetsAWarningNotAnError() {
        OtpValidator validator = VALIDATOR.withClock(Clock.fixed(NEW_YEAR_2028_MADRID, OtpValidator.MADRID));
        List<Violation> found = validator.validate(unpublished());
        assertThat(found).extracting(Violation::path, Violation::ruleId, Violation::severity)
            .containsExactly(tuple("", "OTP-THRESHOLDS", Violation.Severity.WARNING));
        assertThat(found.get(0).message()).isEqualTo("no legal thresholds are known for 2028-01-01: the table"
            + " covers 2024-01-01/2025-12-31, 2026-01-01/2027-12-31; the latest known period, 2026-01-01/2027-12-31,"
            + " is applied; check the thresholds in force on 2028-01-01 and add their period (ThresholdProvider or"
            + " META-INF/otp/legal-thresholds.json)");
        assertThatCode(() -> validator.check(unpublished())).doesNotThrowAnyException();
        TenderValidation result = validator.assess(unpublished());
        assertThat(result.isValid()).isTrue();
        assertThat(result.latestKnownThresholds()).isTrue();
        assertThat(result.thresholdDate()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(result.thresholdPeriod()).contains(DateRange.parse("2026-01-01/2027-12-31"));
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.errors()).isEmpty();
        assertThat(result.harmonisedRegulation().orElseThrow().threshold()).isEqualTo(Money.euros("216000.00"));
        // One hour earlier in Madrid it is still 2027: no warning.
        assertThat(VALIDATOR.withClock(Clock.fixed(NEW_YEAR_2028_MADRID.minusSeconds(3_600), OtpValidator.MADRID))
            .validate(unpublished())).isEmpty();
    }

    @Test
    void theRulesStillApplyWithTheLatestThresholds() {
        // 60,000 EUR of supplies declared minor in 2028: the 15,000 EUR limit of the latest period applies.
        Tender minor = tenderBuilder("T1").procedure(ProcedureType.MINOR_CONTRACT).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("60000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("60000.00"), price("C1", "100"))).build();
        List<Violation> found = VALIDATOR.validate(minor, LocalDate.of(2028, 3, 1));
        assertThat(found).extracting(Violation::ruleId, Violation::isError)
            .containsExactly(tuple("OTP-THRESHOLDS", false), tuple("LCSP-118.1", true));
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> VALIDATOR.check(minor, LocalDate.of(2028, 3, 1)));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("LCSP-118.1");
    }

    @Test
    void aPublicationDateAfterTheTableIsWarnedAtItsPath() {
        Tender published = unpublished().withKeyDates(KeyDates.builder().publication(LocalDate.of(2029, 5, 2)).build());
        assertThat(VALIDATOR.validate(published, LocalDate.of(2026, 1, 1)))
            .extracting(Violation::path, Violation::ruleId, Violation::isError)
            .containsExactly(tuple("keyDates.publication", "OTP-THRESHOLDS", false));
    }

    @Test
    void aDayBeforeEveryKnownPeriodIsStillAnError() {
        List<Violation> found = VALIDATOR.validate(unpublished(), LocalDate.of(2023, 12, 31));
        assertThat(found).extracting(Violation::ruleId, Violation::isError).containsExactly(tuple("OTP-THRESHOLDS", true));
        assertThat(VALIDATOR.assess(unpublished(), LocalDate.of(2023, 12, 31)).harmonisedRegulation()).isEmpty();
        assertThat(catchThrowableOfType(ValidationException.class,
            () -> VALIDATOR.check(unpublished(), LocalDate.of(2023, 12, 31)))).isNotNull();
    }

    @Test
    void aDayInAGapTakesThePeriodThatEndedBeforeIt() {
        LegalThresholds p2024 = ThresholdTable.builtIns().forDate(LocalDate.of(2024, 6, 1));
        LegalThresholds p2028 = p2024.withValidity(DateRange.parse("2028-01-01/2029-12-31"))
            .withEuThresholds(Money.euros(6_000_000), Money.euros(150_000), Money.euros(230_000), Money.euros(800_000));
        OtpValidator gappy = OtpValidator.withThresholds(ThresholdTable.of(List.of(p2024, p2028)))
            .withCatalogues(Catalogues.builtIns());
        TenderValidation v = gappy.assess(unpublished(), LocalDate.of(2026, 6, 1));
        assertThat(v.thresholdPeriod()).contains(p2024.validity());
        assertThat(v.warnings()).extracting(Violation::ruleId).containsExactly("OTP-THRESHOLDS");
        assertThat(gappy.validate(unpublished(), LocalDate.of(2028, 6, 1))).isEmpty();
    }

    @Test
    void legalTenderThroughTheDefaultProviderTakesItsDateFromTheClockProvider() {
        Clock in2028 = Clock.fixed(Instant.parse("2028-02-01T10:00:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> in2028)
                .buildValidatorFactory()) {
            assertThat(factory.getValidator().validate(unpublished())).isEmpty();
        }
        Clock in2023 = Clock.fixed(Instant.parse("2023-02-01T10:00:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> in2023)
                .buildValidatorFactory()) {
            Set<ConstraintViolation<Tender>> found = factory.getValidator().validate(unpublished());
            assertThat(found).extracting(cv -> LegalTenderValidator.violationOf(cv).orElseThrow().ruleId())
                .containsExactly("OTP-THRESHOLDS");
        }
    }

    @Test
    void violationJsonWritesTheSeverityOfWarningsOnlyAndReadsItsAbsenceAsAnError() {
        OtpJson json = OtpJson.standard();
        Violation error = Violation.of("estimatedValue", "LCSP-118.1", "io.otp.core.rules.minor.works",
            "value", "50000.00 EUR", "limit", "40000.00 EUR", "tender", "T1");
        String errorJson = json.write(error);
        assertThat(errorJson).isEqualTo("{\"arguments\":{\"limit\":\"40000.00 EUR\",\"tender\":\"T1\","
            + "\"value\":\"50000.00 EUR\"},\"messageKey\":\"io.otp.core.rules.minor.works\",\"path\":\"estimatedValue\","
            + "\"ruleId\":\"LCSP-118.1\"}");
        assertThat(json.read(errorJson, Violation.class)).isEqualTo(error);
        assertThat(json.read(errorJson, Violation.class).severity()).isEqualTo(Violation.Severity.ERROR);
        Violation warning = error.withSeverity(Violation.Severity.WARNING);
        String warningJson = json.write(warning);
        assertThat(warningJson).endsWith(",\"ruleId\":\"LCSP-118.1\",\"severity\":\"WARNING\"}");
        assertThat(json.read(warningJson, Violation.class)).isEqualTo(warning).isNotEqualTo(error);
        assertThat(json.write(json.read(warningJson, Violation.class))).isEqualTo(warningJson);
        assertThat(warning.toString()).startsWith("estimatedValue [LCSP-118.1, warning] ");
        ValidationException missing = catchThrowableOfType(ValidationException.class,
            () -> json.read("{\"path\":\"\",\"messageKey\":\"k\"}", Violation.class));
        assertThat(missing.violations()).extracting(Violation::ruleId).isNotEmpty();
    }
}
