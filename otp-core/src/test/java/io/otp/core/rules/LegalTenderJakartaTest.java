package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.judgment;
import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @LegalTender} through Hibernate Validator 9.1: the validator is found through
 * ServiceLoader (module path: {@code provides}), and reports the same paths, rule ids and messages
 * as {@link OtpValidator}, in English and Spanish.
 */
class LegalTenderJakartaTest {

    private static final Locale SPANISH = new Locale("es");
    private static final ValidatorFactory ENGLISH_FACTORY = factory(Locale.ENGLISH);
    private static final ValidatorFactory SPANISH_FACTORY = factory(SPANISH);

    /** Always interpolates in one language, whatever the caller asks. */
    private static final class FixedLocale implements MessageInterpolator {
        private final MessageInterpolator delegate;
        private final Locale locale;
        private final Map<String, Map<String, Object>> parameters = new ConcurrentHashMap<>();

        FixedLocale(MessageInterpolator delegate, Locale locale) {
            this.delegate = delegate;
            this.locale = locale;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            String message = delegate.interpolate(template, context, locale);
            parameters.put(message, context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters());
            return message;
        }
    }

    private static ValidatorFactory factory(Locale locale) {
        MessageInterpolator base = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        return Validation.byDefaultProvider().configure().messageInterpolator(new FixedLocale(base, locale))
            .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        ENGLISH_FACTORY.close();
        SPANISH_FACTORY.close();
    }

    /** Simplified intellectual services: 159.1.a, 159.1.b, 145.4, 99.3 and 101 broken at once. */
    private static Tender brokenTender() {
        return tenderBuilder("T1").procedure(ProcedureType.SIMPLIFIED_OPEN).contractType(ContractType.SERVICES)
            .serviceCharacter(ServiceCharacter.INTELLECTUAL).estimatedValue(Money.euros("150000.00"))
            .addLots(lot("L1", Money.euros("160000.00"), price("C1", "50"), judgment("C2", "50")))
            .keyDates(KeyDates.builder().publication(LocalDate.of(2026, 2, 2)).build()).build();
    }

    private static Set<List<String>> pathsAndRules(Set<ConstraintViolation<Tender>> violations) {
        return violations.stream().map(cv -> List.of(cv.getPropertyPath().toString(),
                LegalTenderValidator.violationOf(cv).orElseThrow().ruleId()))
            .collect(Collectors.toSet());
    }

    private static Set<List<String>> pathsAndRules(List<Violation> violations) {
        return violations.stream().map(v -> List.of(v.path(), v.ruleId())).collect(Collectors.toSet());
    }

    @Test
    void hibernateValidatorFindsTheRulesThroughServiceLoader() {
        Set<ConstraintViolation<Tender>> found = ENGLISH_FACTORY.getValidator().validate(brokenTender());
        assertThat(found).extracting(cv -> cv.getPropertyPath().toString()).containsExactlyInAnyOrder(
            "estimatedValue", "lots[0].criteria", "lots[0].criteria", "noDivisionJustification", "estimatedValue");
        assertThat(pathsAndRules(found)).isEqualTo(pathsAndRules(OtpValidator.standard().validate(brokenTender())));
        assertThat(found).allSatisfy(cv -> assertThat(cv.getConstraintDescriptor().getAnnotation().annotationType())
            .isEqualTo(io.otp.core.tender.LegalTender.class));
    }

    @Test
    void validTenderHasNoConstraintViolations() {
        Tender valid = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("50000.00"), price("C1", "100"))).build();
        assertThat(ENGLISH_FACTORY.getValidator().validate(valid)).isEmpty();
    }

    @Test
    void messagesComeOutInEnglishAndInSpanish() {
        List<Violation> expected = OtpValidator.standard().validate(brokenTender());
        Set<String> english = ENGLISH_FACTORY.getValidator().validate(brokenTender()).stream()
            .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        Set<String> spanish = SPANISH_FACTORY.getValidator().validate(brokenTender()).stream()
            .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        assertThat(english).isEqualTo(expected.stream().map(Violation::message).collect(Collectors.toSet()));
        assertThat(spanish).isEqualTo(expected.stream().map(v -> v.message(SPANISH)).collect(Collectors.toSet()));
        assertThat(spanish).contains("lote L1: los criterios de juicio de valor pesan el 50.00 % de los puntos;"
            + " el procedimiento abierto simplificado admite como máximo el 45.00 % en servicios de carácter"
            + " intelectual");
        assertThat(english).contains("lot L1: quality criteria weigh 50.00 % of the points; intellectual"
            + " services need at least 51.00 % (LCSP art. 145.4)");
    }

    @Test
    void defaultLocaleSpanishGivesSpanishMessages() {
        Locale before = Locale.getDefault();
        Locale.setDefault(SPANISH);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<String> messages = factory.getValidator().validate(brokenTender()).stream()
                .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
            assertThat(messages).contains("el expediente T1 no se divide en lotes: deben justificarse los motivos"
                + " de no dividirlo (art. 99.3 LCSP)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void ruleIdIsAMessageParameterAndTheSdkViolationTheDynamicPayload() {
        MessageInterpolator base = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        FixedLocale capturing = new FixedLocale(base, Locale.ENGLISH);
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().messageInterpolator(capturing)
            .buildValidatorFactory()) {
            Set<ConstraintViolation<Tender>> found = factory.getValidator().validate(brokenTender());
            List<Violation> expected = OtpValidator.standard().validate(brokenTender());
            assertThat(found.stream().map(cv -> LegalTenderValidator.violationOf(cv).orElseThrow())
                .collect(Collectors.toSet())).isEqualTo(new HashSet<>(expected));
            for (ConstraintViolation<Tender> cv : found) {
                Violation sdk = LegalTenderValidator.violationOf(cv).orElseThrow();
                Map<String, Object> parameters = capturing.parameters.get(cv.getMessage());
                assertThat(parameters).containsEntry("ruleId", sdk.ruleId());
                sdk.arguments().forEach((name, value) -> assertThat(parameters).containsEntry(name, value));
            }
        }
    }

    @Test
    void hostMayInjectAValidatorWithItsOwnClock() {
        Tender unpublished = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("50000.00"), price("C1", "100"))).build();
        // 2023 is before every period the SDK knows: an error, which shows that the injected clock is used
        // (the real date would find thresholds).
        OtpValidator in2030 = OtpValidator.standard().withClock(Clock.fixed(Instant.parse("2023-06-01T10:00:00Z"),
            OtpValidator.MADRID));
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
            .constraintValidatorFactory(new ConstraintValidatorFactory() {
                private final ConstraintValidatorFactory base = Validation.byDefaultProvider().configure()
                    .getDefaultConstraintValidatorFactory();

                @Override
                public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                    return key == LegalTenderValidator.class ? key.cast(new LegalTenderValidator(in2030))
                        : base.getInstance(key);
                }

                @Override
                public void releaseInstance(ConstraintValidator<?, ?> instance) {
                    base.releaseInstance(instance);
                }
            }).buildValidatorFactory()) {
            Set<ConstraintViolation<Tender>> found = factory.getValidator().validate(unpublished);
            assertThat(pathsAndRules(found)).containsExactly(List.of("", "OTP-THRESHOLDS"));
            assertThat(found.iterator().next().getMessage()).startsWith("no legal thresholds are known for 2023-06-01");
        }
    }

    @Test
    void publicationDateOutsideTheTableIsReportedAtItsPath() {
        Tender old = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("50000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("50000.00"), price("C1", "100")))
            .keyDates(KeyDates.builder().publication(LocalDate.of(2023, 5, 1)).build()).build();
        assertThat(pathsAndRules(ENGLISH_FACTORY.getValidator().validate(old)))
            .containsExactly(List.of("keyDates.publication", "OTP-THRESHOLDS"));
    }

    @Test
    void jakartaAndOtpValidatorAgreeOnGeneratedTenders() {
        Validator validator = ENGLISH_FACTORY.getValidator();
        OtpValidator otp = OtpValidator.standard();
        qt().withExamples(400).forAll(TenderGenerators.anyTenders()).checkAssert(t -> {
            Set<ConstraintViolation<Tender>> jakarta = validator.validate(t);
            List<Violation> sdk = otp.validate(t).stream().filter(Violation::isError).collect(Collectors.toList());
            assertThat(pathsAndRules(jakarta)).isEqualTo(pathsAndRules(sdk));
            assertThat(jakarta.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet()))
                .isEqualTo(sdk.stream().map(Violation::message).collect(Collectors.toSet()));
        });
    }

    @Test
    void templatesForOtherProvidersEscapeInterpretedCharacters() {
        assertThat(io.otp.core.internal.validation.JakartaTemplates.escape("a {b} costs $1 \\ c"))
            .isEqualTo("a \\{b\\} costs \\$1 \\\\ c");
        assertThat(io.otp.core.internal.validation.JakartaTemplates.escape("lot L1: 30.00 %")).isEqualTo("lot L1: 30.00 %");
    }
}
