package io.otp.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field constraints on a host's own bean ({@link SampleHostForm}) through Hibernate Validator 9.1:
 * found without configuration, one violation per invalid value at the field's path, with the SDK's
 * message for the value in English and in Spanish.
 */
class HostBeanConstraintsTest {

    static {
        SampleHostForm.openToTheValidator();
    }

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final FixedLocale ENGLISH_INTERPOLATOR = FixedLocale.of(Locale.ENGLISH);
    private static final ValidatorFactory ENGLISH_FACTORY = factory(ENGLISH_INTERPOLATOR);
    private static final ValidatorFactory SPANISH_FACTORY = factory(FixedLocale.of(SPANISH));
    private static final Validator ENGLISH = ENGLISH_FACTORY.getValidator();
    private static final Validator SPANISH_VALIDATOR = SPANISH_FACTORY.getValidator();

    /** Always interpolates in one language, whatever the caller asks, and keeps the parameters it saw. */
    private static final class FixedLocale implements MessageInterpolator {
        private final MessageInterpolator delegate;
        private final Locale locale;
        private final Map<String, Map<String, Object>> parameters = new ConcurrentHashMap<>();

        private FixedLocale(MessageInterpolator delegate, Locale locale) {
            this.delegate = delegate;
            this.locale = locale;
        }

        static FixedLocale of(Locale locale) {
            return new FixedLocale(Validation.byDefaultProvider().configure().getDefaultMessageInterpolator(), locale);
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

    private static ValidatorFactory factory(MessageInterpolator interpolator) {
        return Validation.byDefaultProvider().configure().messageInterpolator(interpolator).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        ENGLISH_FACTORY.close();
        SPANISH_FACTORY.close();
    }

    private static Arguments invalid(String field, UnaryOperator<SampleHostForm> change, String path,
                                     String english, String spanish) {
        return Arguments.of(field, change, path, english, spanish);
    }

    /** One invalid value per case, on an otherwise valid form; expected texts written out by hand. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
            // 3*7 + 2*7 = 35, so the check digit of 72000000 is 5 (CpvCode class description)
            invalid("cpv", f -> f.cpv("72000000-4"), "cpv",
                "CPV code 72000000-4 has a check digit that the weighted check (3, 7, 1, ... modulo 10) does not"
                    + " reproduce; with those eight digits it gives 72000000-5. The eight digits alone identify a CPV"
                    + " code: give them without the check digit to use the code as published",
                "el código CPV 72000000-4 tiene un dígito de control que la comprobación ponderada (3, 7, 1, ..."
                    + " módulo 10) no reproduce; con esas ocho cifras resulta 72000000-5. Las ocho cifras bastan para"
                    + " identificar un código CPV: indíquelas sin dígito de control para usar el código tal como se"
                    + " publicó"),
            invalid("cpv", f -> f.cpv("7200000"), "cpv",
                "\"7200000\" is not a CPV code: expected eight digits, a hyphen and a check digit, e.g. 72000000-5",
                "«7200000» no es un código CPV: se esperan ocho cifras, un guion y un dígito de control,"
                    + " p. ej. 72000000-5"),
            invalid("additionalCpvs", f -> f.additionalCpvs(List.of("72260000-5", "4800000X")),
                "additionalCpvs[1].<list element>",
                "\"4800000X\" is not a CPV code: expected eight digits, a hyphen and a check digit, e.g. 72000000-5",
                "«4800000X» no es un código CPV: se esperan ocho cifras, un guion y un dígito de control,"
                    + " p. ej. 72000000-5"),
            // 12345678 mod 23 = 14, letter Z
            invalid("taxId", f -> f.taxId("12345678A"), "taxId",
                "DNI/NIF 12345678A has check letter A; for its number the letter is Z (number mod 23)",
                "el DNI/NIF 12345678A lleva la letra A; a su número le corresponde la Z (número módulo 23)"),
            // X read as 0: 01234567 mod 23 = 19, letter L
            invalid("taxId", f -> f.taxId("X1234567A"), "taxId",
                "NIE X1234567A has check letter A; for its number the letter is L (X, Y, Z read as 0, 1, 2;"
                    + " number mod 23)",
                "el NIE X1234567A lleva la letra A; a su número le corresponde la L (X, Y, Z valen 0, 1, 2;"
                    + " número módulo 23)"),
            invalid("taxId", f -> f.taxId("1234"), "taxId",
                "tax id \"1234\" is not a Spanish NIF: expected a DNI/NIF (8 digits and a letter, e.g. 12345678Z),"
                    + " an NIE (X, Y or Z, 7 digits and a letter, e.g. X1234567L) or a CIF (organisation letter,"
                    + " 7 digits and a control digit or letter, e.g. B12345674)",
                "el NIF «1234» no es válido: se espera un DNI/NIF (8 cifras y una letra, p. ej. 12345678Z), un NIE"
                    + " (X, Y o Z, 7 cifras y una letra, p. ej. X1234567L) o un CIF (letra de la entidad, 7 cifras y"
                    + " un dígito o letra de control, p. ej. B12345674)"),
            // 1234567: odd positions 1, 3, 5, 7 doubled give 2 + 6 + 1 + 5 = 14, even 2 + 4 + 6 = 12, total 26,
            // control (10 - 6) mod 10 = 4
            invalid("supplierTaxId", f -> f.supplierTaxId("B12345675"), "supplierTaxId",
                "CIF B12345675 has control 5; for its digits the control is 4",
                "el CIF B12345675 lleva el control 5; a sus cifras les corresponde 4"),
            invalid("supplierTaxId", f -> f.supplierTaxId("12345678Z"), "supplierTaxId",
                "tax id 12345678Z is of kind NIF; accepted here: CIF",
                "el identificador fiscal 12345678Z es de tipo NIF; aquí se admite: CIF"),
            invalid("contactTaxId", f -> f.contactTaxId("B12345674"), "contactTaxId",
                "tax id B12345674 is of kind CIF; accepted here: NIF, NIE",
                "el identificador fiscal B12345674 es de tipo CIF; aquí se admite: NIF, NIE"),
            invalid("region", f -> f.region("E3"), "region",
                "\"E3\" is not a NUTS code: expected two country letters and up to three letters or digits,"
                    + " e.g. ES300",
                "«E3» no es un código NUTS: se esperan dos letras de país y hasta tres letras o cifras,"
                    + " p. ej. ES300"),
            invalid("contractingUnit", f -> f.contractingUnit("L0128079"), "contractingUnit",
                "\"L0128079\" is not a DIR3 code: expected a letter for the level of administration and 8 letters"
                    + " or digits, e.g. L01280796",
                "«L0128079» no es un código DIR3: se espera una letra del nivel de administración y 8 letras o"
                    + " cifras, p. ej. L01280796"),
            invalid("budget", f -> f.budget(Money.euros(0)), "budget",
                "amount 0.00 EUR must be greater than zero",
                "el importe 0.00 EUR debe ser mayor que cero"),
            invalid("budget", f -> f.budget(Money.euros("-0.01")), "budget",
                "amount -0.01 EUR must be greater than zero",
                "el importe -0.01 EUR debe ser mayor que cero"),
            invalid("estimatedValue",
                f -> f.estimatedValue(Money.of(new BigDecimal("1000"), Currency.getInstance("USD"))),
                "estimatedValue",
                "amount 1000.00 USD is in USD; an amount in EUR is required",
                "el importe 1000.00 USD está en USD; se exige un importe en EUR"),
            invalid("vatRate", f -> f.vatRate(Percentage.of("100.01")), "vatRate",
                "percentage 100.01 % is outside the allowed range, 0.00 % to 100.00 %",
                "el porcentaje 100.01 % está fuera del intervalo admitido, del 0.00 % al 100.00 %"),
            invalid("vatRate", f -> f.vatRate(Percentage.of(-4)), "vatRate",
                "percentage -4.00 % is outside the allowed range, 0.00 % to 100.00 %",
                "el porcentaje -4.00 % está fuera del intervalo admitido, del 0.00 % al 100.00 %"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidValues")
    void invalidValueGivesOneViolationAtItsPathInEnglishAndSpanish(String field, UnaryOperator<SampleHostForm> change,
                                                                  String path, String english, String spanish) {
        Set<ConstraintViolation<SampleHostForm>> inEnglish = ENGLISH.validate(change.apply(new SampleHostForm()));
        Set<ConstraintViolation<SampleHostForm>> inSpanish =
            SPANISH_VALIDATOR.validate(change.apply(new SampleHostForm()));
        assertThat(inEnglish).hasSize(1);
        assertThat(inSpanish).hasSize(1);
        ConstraintViolation<SampleHostForm> cv = inEnglish.iterator().next();
        assertThat(cv.getPropertyPath().toString()).isEqualTo(path);
        assertThat(cv.getMessage()).isEqualTo(english);
        assertThat(inSpanish.iterator().next().getMessage()).isEqualTo(spanish);
    }

    @Test
    void validFormHasNoViolations() {
        assertThat(ENGLISH.validate(new SampleHostForm())).isEmpty();
    }

    @Test
    void validValuesInTheFormsTheFactoriesAcceptPass() {
        SampleHostForm form = new SampleHostForm().cpv(" 72000000 ").additionalCpvs(List.of("30200000-1", "72267000"))
            .taxId("x-1234567-l").supplierTaxId("Q2826000H").contactTaxId("12345678z").region(" es511 ")
            .contractingUnit("e04921301").budget(Money.euros("0.01")).estimatedValue(Money.euros(1))
            .vatRate(Percentage.of(0));
        assertThat(ENGLISH.validate(form)).isEmpty();
        assertThat(ENGLISH.validate(new SampleHostForm().vatRate(Percentage.HUNDRED))).isEmpty();
    }

    @Test
    void nullIsValidForEveryConstraintAndNotNullStillApplies() {
        assertThat(ENGLISH.validate(SampleHostForm.allOptionalNull())).isEmpty();
        Set<ConstraintViolation<SampleHostForm>> found = ENGLISH.validate(SampleHostForm.allOptionalNull().cpv(null));
        assertThat(found).singleElement().satisfies(cv -> {
            assertThat(cv.getPropertyPath().toString()).isEqualTo("cpv");
            assertThat(cv.getConstraintDescriptor().getAnnotation()).isInstanceOf(NotNull.class);
        });
    }

    @Test
    void containerElementsAreCheckedOneByOne() {
        Set<ConstraintViolation<SampleHostForm>> found = ENGLISH.validate(new SampleHostForm()
            .additionalCpvs(List.of("72000000-4", "72000000-5", "bad")));
        assertThat(found).extracting(cv -> cv.getPropertyPath().toString())
            .containsExactlyInAnyOrder("additionalCpvs[0].<list element>", "additionalCpvs[2].<list element>");
    }

    @Test
    void amountBreakingBothRulesIsReportedOncePerRule() {
        Money negativeDollars = Money.of(new BigDecimal("-5"), Currency.getInstance("USD"));
        Set<ConstraintViolation<SampleHostForm>> found = ENGLISH.validate(new SampleHostForm()
            .estimatedValue(negativeDollars));
        assertThat(found).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
            "amount -5.00 USD must be greater than zero",
            "amount -5.00 USD is in USD; an amount in EUR is required");
        assertThat(found).extracting(cv -> cv.getPropertyPath().toString()).containsOnly("estimatedValue");
    }

    @Test
    void sdkViolationIsTheDynamicPayloadAndItsArgumentsTheMessageParameters() {
        ValidationException expected = catchValidation(() -> io.otp.core.classification.CpvCode.of("72000000-4"));
        Violation sdk = expected.violations().get(0);
        ConstraintViolation<SampleHostForm> cv = ENGLISH.validate(new SampleHostForm().cpv("72000000-4"))
            .iterator().next();
        assertThat(cv.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class)).isEqualTo(sdk);
        Map<String, Object> parameters = ENGLISH_INTERPOLATOR.parameters.get(cv.getMessage());
        assertThat(parameters).containsEntry("ruleId", "CPV-CHECK-DIGIT")
            .containsEntry("value", "72000000-4").containsEntry("expected", "72000000-5");
        assertThat(cv.getMessage()).isEqualTo(sdk.message());
    }

    @Test
    void hostMessageReplacesTheSdkMessageAndMayUseItsParameters() {
        Set<ConstraintViolation<SampleHostForm>> found = ENGLISH.validate(new SampleHostForm()
            .hostMessageCpv("72000000-4"));
        assertThat(found).singleElement().satisfies(cv -> {
            assertThat(cv.getPropertyPath().toString()).isEqualTo("hostMessageCpv");
            assertThat(cv.getMessage()).isEqualTo("código CPV no válido: 72000000-4 (CPV-CHECK-DIGIT)");
        });
    }

    @Test
    void typedTextIsShownAsItIsNeverInterpolated() {
        String typed = "${1+1} {io.otp.core.cpv.format} \\";
        ConstraintViolation<SampleHostForm> cv = ENGLISH.validate(new SampleHostForm().cpv(typed)).iterator().next();
        assertThat(cv.getMessage()).isEqualTo("\"" + typed + "\" is not a CPV code: expected eight digits, a hyphen"
            + " and a check digit, e.g. 72000000-5");
    }

    @Test
    void everyAnnotationNamesItsValidator() {
        Map<Class<? extends Annotation>, Object> expected = Map.of(CpvCode.class, CpvCodeValidator.class,
            NutsCode.class, NutsCodeValidator.class, SpanishTaxId.class, SpanishTaxIdValidator.class,
            Dir3Code.class, Dir3CodeValidator.class, PositiveAmount.class, PositiveAmountValidator.class,
            PercentageRange.class, PercentageRangeValidator.class);
        expected.forEach((annotation, validator) ->
            assertThat((Object[]) annotation.getAnnotation(Constraint.class).validatedBy()).containsExactly(validator));
    }

    @Test
    void withoutHibernateValidatorTheTemplateIsTheEscapedEnglishMessage() {
        List<String> templates = new ArrayList<>();
        boolean valid = new CpvCodeValidator().isValid("7200000{x}", recordingContext(templates));
        assertThat(valid).isFalse();
        assertThat(templates).containsExactly("\"7200000\\{x\\}\" is not a CPV code: expected eight digits,"
            + " a hyphen and a check digit, e.g. 72000000-5");
        assertThat(new CpvCodeValidator().isValid("72000000-5", recordingContext(templates))).isTrue();
        assertThat(templates).hasSize(1);
    }

    /** A context that is not Hibernate Validator's: unwrap fails, templates are recorded. */
    private static ConstraintValidatorContext recordingContext(List<String> templates) {
        ClassLoader loader = HostBeanConstraintsTest.class.getClassLoader();
        Object[] context = new Object[1];
        Object builder = Proxy.newProxyInstance(loader,
            new Class<?>[] {ConstraintValidatorContext.ConstraintViolationBuilder.class},
            (proxy, method, args) -> context[0]);
        context[0] = Proxy.newProxyInstance(loader, new Class<?>[] {ConstraintValidatorContext.class},
            (proxy, method, args) -> {
                switch (method.getName()) {
                    case "buildConstraintViolationWithTemplate":
                        templates.add((String) args[0]);
                        return builder;
                    case "unwrap":
                        throw new jakarta.validation.ValidationException("not Hibernate Validator");
                    default:
                        return null;
                }
            });
        return (ConstraintValidatorContext) context[0];
    }

    /** Declarations no value can satisfy or that name no currency. */
    static final class Misdeclared {
        @SpanishTaxId(kinds = {})
        String noKinds = "12345678Z";
    }

    static final class UnknownCurrency {
        @PositiveAmount(currency = "EURO")
        Money amount = Money.euros(1);
    }

    static final class EmptyRange {
        @PercentageRange(min = "10", max = "5")
        Percentage share = Percentage.of(7);
    }

    static final class UnreadableBound {
        @PercentageRange(max = "ten")
        Percentage share = Percentage.of(7);
    }

    @Test
    void misdeclaredConstraintsAreDeclarationErrorsNamingTheAttribute() {
        assertThatThrownBy(() -> ENGLISH.validate(new Misdeclared()))
            .isInstanceOf(ConstraintDeclarationException.class)
            .hasMessage("@SpanishTaxId(kinds = {}) accepts no tax id; name at least one of NIF, NIE and CIF,"
                + " or leave kinds out to accept all three");
        assertThatThrownBy(() -> ENGLISH.validate(new UnknownCurrency()))
            .isInstanceOf(ConstraintDeclarationException.class)
            .hasMessageStartingWith("@PositiveAmount(currency = \"EURO\"): not an ISO 4217 currency code");
        assertThatThrownBy(() -> ENGLISH.validate(new EmptyRange()))
            .isInstanceOf(ConstraintDeclarationException.class)
            .hasMessage("@PercentageRange(min = \"10\", max = \"5\"): the minimum is greater than the maximum,"
                + " so no percentage is accepted");
        assertThatThrownBy(() -> ENGLISH.validate(new UnreadableBound()))
            .isInstanceOf(ConstraintDeclarationException.class)
            .hasMessageStartingWith("@PercentageRange(max = \"ten\"): ")
            .hasCauseInstanceOf(ValidationException.class);
    }

    @Test
    void validatorsAreUsableDirectlyWithTheirDefaults() {
        assertThat(new PercentageRangeValidator().isValid(Percentage.of(50), recordingContext(new ArrayList<>())))
            .isTrue();
        List<String> templates = new ArrayList<>();
        assertThat(new SpanishTaxIdValidator().isValid("B12345674", recordingContext(templates))).isTrue();
        assertThat(new PositiveAmountValidator().isValid(Money.euros(-1), recordingContext(templates))).isFalse();
        assertThat(templates).containsExactly("amount -1.00 EUR must be greater than zero");
    }

    static ValidationException catchValidation(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException");
    }
}
