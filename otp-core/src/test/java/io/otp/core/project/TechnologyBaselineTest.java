package io.otp.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.testing.ProjectGenerators;
import io.otp.core.testing.ProjectGenerators.DecisionValues;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TechnologyBaselineTest {

    @Test
    void generatedBaselinesBuildAndKeepTheirValues() {
        qt().forAll(ProjectGenerators.baselineValues()).checkAssert(v -> {
            TechnologyBaseline b = v.build();
            assertThat(b.decisions()).hasSameSizeAs(v.decisions());
            for (int i = 0; i < v.decisions().size(); i++) {
                DecisionValues dv = v.decisions().get(i);
                TechnologyDecision d = b.decisions().get(i);
                assertThat(d.area()).isEqualTo(dv.area());
                assertThat(d.choice()).isEqualTo(dv.choice());
                assertThat(d.kind()).isEqualTo(dv.kind());
                assertThat(d.orEquivalent()).isEqualTo(dv.orEquivalent());
                assertThat(d.rationale()).isEqualTo(dv.rationale());
                assertThat(b.decision(dv.area().toUpperCase(Locale.ROOT))).contains(d);
            }
            assertThat(b.ensCategory()).isEqualTo(v.ensCategory());
            assertThat(b.interoperabilityNotes()).isEqualTo(v.interoperabilityNotes());
            assertThat(b.accessibilityRequired()).isEqualTo(v.accessibilityRequired());
            assertThat(b.dateSet()).isEqualTo(v.dateSet());
            assertThat(v.build()).isEqualTo(b).hasSameHashCodeAs(b);
        });
    }

    @Test
    void everyGeneratedProductDecisionAdmitsEquivalents() {
        qt().forAll(ProjectGenerators.baselines()).checkAssert(b -> assertThat(b.decisions())
            .filteredOn(d -> d.kind() == DecisionKind.PRODUCT).allMatch(TechnologyDecision::orEquivalent));
    }

    @Test
    void rejectsProductWithoutOrEquivalent() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> TechnologyDecision.builder()
            .area("document management").choice("Alfresco").kind(DecisionKind.PRODUCT)
            .rationale("The records archive already runs on it").build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("orEquivalent");
            assertThat(v.ruleId()).isEqualTo("LCSP-126.6");
            assertThat(v.message()).isEqualTo("technology decision on document management: product Alfresco may be"
                + " named only if followed by \"o equivalente\" (LCSP art. 126.6); set orEquivalent");
            assertThat(v.message(Locale.forLanguageTag("es"))).isEqualTo("decisión tecnológica sobre document"
                + " management: el producto Alfresco solo puede mencionarse acompañado de «o equivalente»"
                + " (art. 126.6 LCSP); marque orEquivalent");
        });
    }

    @Test
    void acceptsProductOrEquivalentAndStandardEitherWay() {
        TechnologyDecision product = TechnologyDecision.builder().area("document management").choice("Alfresco")
            .kind(DecisionKind.PRODUCT).orEquivalent(true).rationale("The records archive already runs on it")
            .build();
        assertThat(product.toString()).isEqualTo("document management: Alfresco o equivalente (PRODUCT)");
        TechnologyDecision standard = decision("identity", "OpenID Connect");
        assertThat(standard.orEquivalent()).isFalse();
        assertThat(standard.toString()).isEqualTo("identity: OpenID Connect (STANDARD)");
    }

    @Test
    void rejectsBlankAreaChoiceAndRationaleTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> TechnologyDecision.builder()
            .area(" ").choice("").kind(DecisionKind.PRODUCT).rationale("\n").build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("area", "choice", "rationale", "orEquivalent");
        assertThat(e.violations()).extracting(Violation::ruleId)
            .containsExactly("OTP-BASELINE-DECISION", "OTP-BASELINE-DECISION", "OTP-BASELINE-DECISION",
                "LCSP-126.6");
        ProjectTest.assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsDuplicateAreasIgnoringCaseAndSpaces() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> TechnologyBaseline.builder()
            .addDecisions(decision("identity", "OpenID Connect"), decision("hosting", "Red SARA"),
                decision(" Identity ", "SAML 2.0"))
            .ensCategory(EnsCategory.HIGH).interoperabilityNotes("SCSP").dateSet(LocalDate.of(2026, 5, 4)).build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[2].area");
            assertThat(v.ruleId()).isEqualTo("OTP-BASELINE-AREA");
            assertThat(v.message()).isEqualTo("technology area \" Identity \" has more than one decision"
                + " (first at position 0); keep one decision per area");
        });
        ProjectTest.assertMessagesInBothLanguages(e);
    }

    @Test
    void rejectsBaselineWithoutDecisionsOrInteroperabilityNotes() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> TechnologyBaseline.builder()
            .ensCategory(EnsCategory.BASIC).interoperabilityNotes(" ").dateSet(LocalDate.of(2026, 5, 4)).build());
        assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("decisions", "interoperabilityNotes");
        assertThat(e.violations()).extracting(Violation::ruleId)
            .containsExactly("OTP-BASELINE-DECISIONS", "OTP-BASELINE-INTEROPERABILITY");
        ProjectTest.assertMessagesInBothLanguages(e);
    }

    @Test
    void accessibilityIsRequiredUnlessSaidOtherwise() {
        TechnologyBaseline b = TechnologyBaseline.builder().addDecisions(decision("identity", "OpenID Connect"))
            .ensCategory(EnsCategory.MEDIUM).interoperabilityNotes("Uses the SCSP intermediation platform")
            .dateSet(LocalDate.of(2026, 5, 4)).build();
        assertThat(b.accessibilityRequired()).isTrue();
        assertThat(b.decision("hosting")).isEmpty();
        assertThatThrownBy(() -> b.decision(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> b.decisions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static TechnologyDecision decision(String area, String choice) {
        return TechnologyDecision.builder().area(area).choice(choice).kind(DecisionKind.STANDARD)
            .rationale("Open standard").build();
    }
}
