package io.otp.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.classification.NutsCode;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.Dir3Code;
import io.otp.core.party.TaxId;
import io.otp.core.party.TaxIdKind;
import io.otp.core.testing.CodeGenerators;
import io.otp.core.testing.MoneyGenerators;
import io.otp.core.testing.PartyGenerators;
import io.otp.core.testing.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property tests: each text constraint accepts exactly what the SDK factory of the same name accepts,
 * on generated valid codes and every single-character substitution of them, and a rejected text is
 * reported once with the factory's message; the value constraints agree with {@code Money} and
 * {@code Percentage}.
 */
class ConstraintsAgreeWithFactoriesTest {

    /** Digits, upper and lower case, and the separators people type. */
    private static final String TYPED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZaz -";

    static {
        SampleHostForm.openToTheValidator();
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .messageInterpolator(new EnglishInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** Interpolates in English whatever the JVM's default locale. */
    private static final class EnglishInterpolator implements jakarta.validation.MessageInterpolator {
        private final jakarta.validation.MessageInterpolator delegate =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, Locale.ENGLISH);
        }
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** The factory's verdict: empty if it accepts the text, else the English message of its violation. */
    private static Optional<String> factoryVerdict(Function<String, ?> factory, String text) {
        try {
            factory.apply(text);
            return Optional.empty();
        } catch (ValidationException e) {
            assertThat(e.violations()).as("violations the factory finds in %s", text).hasSize(1);
            return Optional.of(e.violations().get(0).message());
        }
    }

    private static List<String> messages(Set<ConstraintViolation<SampleHostForm>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toList());
    }

    /**
     * Checks the property's constraint against the factory on the text and each of its substitutions.
     *
     * @return how many texts the factory accepted and how many it rejected
     */
    private static int[] checkAgreement(String property, Function<String, ?> factory, String valid, String alphabet) {
        List<String> texts = new ArrayList<>();
        texts.add(valid);
        Texts.substitutions(valid, alphabet).forEach(s -> texts.add(s.text()));
        int[] counts = new int[2];
        for (String text : texts) {
            Optional<String> expected = factoryVerdict(factory, text);
            List<String> found = messages(VALIDATOR.validateValue(SampleHostForm.class, property, text));
            assertThat(found).as("@%s on %s", property, text).isEqualTo(expected.stream().collect(Collectors.toList()));
            counts[expected.isPresent() ? 1 : 0]++;
        }
        return counts;
    }

    private static void checkBothVerdictsMet(AtomicInteger accepted, AtomicInteger rejected) {
        assertThat(accepted.get()).as("texts accepted").isPositive();
        assertThat(rejected.get()).as("texts rejected").isPositive();
    }

    @Test
    void cpvConstraintAgreesWithCpvCodeOf() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().forAll(CodeGenerators.cpvCodes()).checkAssert(code -> {
            int[] counts = checkAgreement("cpv", io.otp.core.classification.CpvCode::of, code,
                CodeGenerators.CPV_ALPHABET + " ");
            accepted.addAndGet(counts[0]);
            rejected.addAndGet(counts[1]);
        });
        checkBothVerdictsMet(accepted, rejected);
    }

    @Test
    void cpvContainerElementsAgreeWithCpvCodeOf() {
        qt().withExamples(200).forAll(CodeGenerators.cpvCodes()).checkAssert(code -> {
            for (Texts.Substitution s : Texts.substitutions(code, CodeGenerators.CPV_ALPHABET)) {
                List<String> cpvs = List.of(code, s.text());
                Set<ConstraintViolation<SampleHostForm>> found =
                    VALIDATOR.validateValue(SampleHostForm.class, "additionalCpvs", cpvs);
                Optional<String> expected = factoryVerdict(io.otp.core.classification.CpvCode::of, s.text());
                assertThat(messages(found)).isEqualTo(expected.stream().collect(Collectors.toList()));
                assertThat(found).allSatisfy(cv -> assertThat(cv.getPropertyPath().toString())
                    .isEqualTo("additionalCpvs[1].<list element>"));
            }
        });
    }

    @Test
    void nutsConstraintAgreesWithNutsCodeOf() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().forAll(CodeGenerators.nutsCodes()).checkAssert(code -> {
            int[] counts = checkAgreement("region", NutsCode::of, code, TYPED);
            accepted.addAndGet(counts[0]);
            rejected.addAndGet(counts[1]);
        });
        checkBothVerdictsMet(accepted, rejected);
    }

    @Test
    void dir3ConstraintAgreesWithDir3CodeOf() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().forAll(CodeGenerators.dir3Codes()).checkAssert(code -> {
            int[] counts = checkAgreement("contractingUnit", Dir3Code::of, code, TYPED);
            accepted.addAndGet(counts[0]);
            rejected.addAndGet(counts[1]);
        });
        checkBothVerdictsMet(accepted, rejected);
    }

    @Test
    void taxIdConstraintAgreesWithTaxIdOf() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().withExamples(300).forAll(PartyGenerators.taxIds()).checkAssert(id -> {
            int[] counts = checkAgreement("taxId", TaxId::of, id, PartyGenerators.TAX_ID_ALPHABET + "-");
            accepted.addAndGet(counts[0]);
            rejected.addAndGet(counts[1]);
        });
        checkBothVerdictsMet(accepted, rejected);
    }

    /** With kinds = CIF: accepted exactly when the factory accepts and gives a CIF. */
    @Test
    void restrictedTaxIdConstraintAcceptsOnlyTheKindsNamed() {
        AtomicInteger otherKinds = new AtomicInteger();
        qt().withExamples(300).forAll(PartyGenerators.taxIds()).checkAssert(id -> {
            List<String> texts = new ArrayList<>(List.of(id));
            Texts.substitutions(id, PartyGenerators.TAX_ID_ALPHABET).forEach(s -> texts.add(s.text()));
            for (String text : texts) {
                Optional<String> factory = factoryVerdict(TaxId::of, text);
                List<String> found = messages(VALIDATOR.validateValue(SampleHostForm.class, "supplierTaxId", text));
                if (factory.isPresent()) {
                    assertThat(found).containsExactly(factory.get());
                } else if (TaxId.of(text).kind() == TaxIdKind.CIF) {
                    assertThat(found).as("CIF %s", text).isEmpty();
                } else {
                    otherKinds.incrementAndGet();
                    assertThat(found).containsExactly("tax id " + text + " is of kind " + TaxId.of(text).kind()
                        + "; accepted here: CIF");
                }
            }
        });
        assertThat(otherKinds.get()).as("valid NIFs and NIEs met").isPositive();
    }

    @Test
    void positiveAmountAgreesWithMoneyIsPositive() {
        qt().forAll(MoneyGenerators.anyMoney()).checkAssert(amount -> {
            List<String> found = messages(VALIDATOR.validateValue(SampleHostForm.class, "budget", amount));
            assertThat(found).isEqualTo(amount.isPositive() ? List.of()
                : List.of("amount " + amount + " must be greater than zero"));
        });
    }

    @Test
    void positiveAmountInEurosReportsEachBrokenRule() {
        qt().forAll(MoneyGenerators.anyMoney()).checkAssert(amount -> {
            Set<ConstraintViolation<SampleHostForm>> found =
                VALIDATOR.validateValue(SampleHostForm.class, "estimatedValue", amount);
            int broken = (amount.isPositive() ? 0 : 1) + (amount.currency().equals(Money.EUR) ? 0 : 1);
            assertThat(found).hasSize(broken);
        });
    }

    @Test
    void percentageRangeAgreesWithExactComparison() {
        // within 1e-8 of a bound, on either side, with ten decimals
        Gen<Percentage> nearBounds = integers().between(0, 1).zip(longs().between(-100, 100),
            (bound, tenBillionths) -> Percentage.of(BigDecimal.valueOf(bound * 100)
                .add(BigDecimal.valueOf(tenBillionths, 10))));
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        qt().forAll(MoneyGenerators.percentages().mix(MoneyGenerators.vatRates(), 30).mix(nearBounds, 40))
            .checkAssert(p -> {
                boolean inside = p.compareTo(Percentage.ZERO) >= 0 && p.compareTo(Percentage.HUNDRED) <= 0;
                (inside ? accepted : rejected).incrementAndGet();
                List<String> found = messages(VALIDATOR.validateValue(SampleHostForm.class, "vatRate", p));
                assertThat(found).isEqualTo(inside ? List.of() : List.of("percentage " + p.value().toPlainString()
                    + " % is outside the allowed range, 0.00 % to 100.00 %"));
            });
        checkBothVerdictsMet(accepted, rejected);
    }
}
