package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.codelists.testing.CodelistGenerators;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The CPV 2008 as the eForms SDK 1.15.1 lists it ({@code eforms-sdk/codelists/cpv.gc}: 9,454 codes,
 * eight digits without check digit, parent codes, labels in 24 languages). Published codes with check
 * digits: DOMAIN.md section 7.
 */
class CpvClassificationTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final CpvClassification CPV = EuCodelists.official().cpv();

    @Test
    void everyCodeLoadsWithASpanishAndAnEnglishLabel() {
        assertThat(CPV.size()).isEqualTo(9454);
        assertThat(CPV.version()).isEqualTo("2008");
        assertThat(CPV.sdkVersion()).isEqualTo("1.15.1");
        assertThat(CPV.entries()).allSatisfy(e -> {
            assertThat(e.spanishLabel()).as(e.code().toString()).isNotBlank();
            assertThat(e.englishLabel()).as(e.code().toString()).isNotBlank();
        });
        // The two columns are really two languages: only a few labels (29, such as brand-like names)
        // read the same in both.
        long same = CPV.entries().stream().filter(e -> e.spanishLabel().equals(e.englishLabel())).count();
        assertThat(same).isLessThan(CPV.size() / 100);
    }

    @Test
    void itServicesResolveWithTheirLabels() {
        CpvEntry it = CPV.find(CpvCode.of("72000000-5")).orElseThrow();
        assertThat(it.spanishLabel()).isEqualTo("Servicios TI: consultoría, desarrollo de software, Internet y apoyo");
        assertThat(it.englishLabel()).isEqualTo("IT services: consulting, software development, Internet and support");
        assertThat(it.label(SPANISH)).isEqualTo(it.spanishLabel());
        assertThat(it.label(Locale.ENGLISH)).isEqualTo(it.englishLabel());
        assertThat(it.label(Locale.FRENCH)).as("other languages get English").isEqualTo(it.englishLabel());
        assertThat(it.level()).isEqualTo(CpvLevel.DIVISION);
        assertThat(it.parent()).isEmpty();
        assertThat(it.socialService()).isFalse();
        assertThat(CPV.label(CpvCode.of("72000000"), SPANISH)).contains(it.spanishLabel());
        assertThat(CPV.children(it.code())).extracting(e -> e.code().toString())
            .contains("72100000-6", "72200000-7", "72400000-9").allMatch(c -> c.startsWith("72"));
    }

    @Test
    void everyParentExistsAndIsBroader() {
        for (CpvEntry e : CPV.entries()) {
            if (e.parent().isEmpty()) {
                assertThat(e.level()).as(e.code().toString()).isEqualTo(CpvLevel.DIVISION);
                continue;
            }
            CpvEntry parent = CPV.parent(e.code()).orElseThrow(() -> new AssertionError("no parent for " + e));
            assertThat(e.code().isWithin(parent.code())).as(e.code().toString()).isTrue();
            assertThat(parent.code().significantPrefix().length()).as(e.code() + " under " + parent.code())
                .isLessThan(e.code().significantPrefix().length());
            assertThat(parent.level()).as(e.code() + " under " + parent.code()).isLessThanOrEqualTo(e.level());
            assertThat(CPV.children(parent.code())).contains(e);
        }
    }

    @Test
    void levelsFollowTheSignificantDigits() {
        Map<CpvLevel, Long> counts = CPV.entries().stream()
            .collect(Collectors.groupingBy(CpvEntry::level, () -> new EnumMap<>(CpvLevel.class), Collectors.counting()));
        // Counted in cpv.gc of eForms SDK 1.15.1: 45 divisions, 272 groups, 1,002 classes, 2,379 categories.
        assertThat(counts).containsEntry(CpvLevel.DIVISION, 45L).containsEntry(CpvLevel.GROUP, 272L)
            .containsEntry(CpvLevel.CLASS, 1002L).containsEntry(CpvLevel.CATEGORY, 2379L)
            .containsEntry(CpvLevel.SUBCATEGORY, 5756L);
        assertThat(CPV.atLevel(CpvLevel.DIVISION)).hasSize(45).allMatch(e -> e.parent().isEmpty())
            .extracting(e -> e.code().digits()).contains("03000000", "45000000", "72000000", "98000000");
        assertThat(CpvLevel.of(CpvCode.of("72200000"))).isEqualTo(CpvLevel.GROUP);
        assertThat(CpvLevel.of(CpvCode.of("72260000"))).isEqualTo(CpvLevel.CLASS);
        assertThat(CpvLevel.of(CpvCode.of("72267000"))).isEqualTo(CpvLevel.CATEGORY);
        assertThat(CpvLevel.of(CpvCode.of("72267100"))).isEqualTo(CpvLevel.SUBCATEGORY);
    }

    @Test
    void parentIsTheOneTheListStatesNotTheNearestPrefix() {
        assertThat(CPV.parent(CpvCode.of("72260000"))).map(e -> e.code().digits()).contains("72200000");
        assertThat(CPV.parent(CpvCode.of("72200000"))).map(e -> e.code().digits()).contains("72000000");
        // 03212210 exists, yet the list puts lentils (03212211) directly under 03212200.
        assertThat(CPV.contains(CpvCode.of("03212210"))).isTrue();
        assertThat(CPV.parent(CpvCode.of("03212211"))).map(e -> e.code().digits()).contains("03212200");
        assertThat(CPV.parent(CpvCode.of("72000000"))).isEmpty();
        assertThat(CPV.parent(CpvCode.of("72999999"))).isEmpty();
    }

    @Test
    void everyCodeOfTheListGetsACheckDigitByTheCoresRule() {
        // cpv.gc has no check digits: each code takes the one CpvCode.checkDigitOf computes, and its
        // text with that digit reads back as the same code.
        for (CpvEntry e : CPV.entries()) {
            String digits = e.code().digits();
            int check = CpvCode.checkDigitOf(digits);
            assertThat(e.code().checkDigit()).isEqualTo(check);
            assertThat(CpvCode.parse(digits + "-" + check)).isEqualTo(e.code());
        }
    }

    @Test
    void publishedCodesWithCheckDigitsMatchTheListAndTheRule() {
        List<String> published = List.of("03000000-1", "03100000-2", "03110000-5", "03111100-3", "30200000-1",
            "30213000-5", "33000000-0", "45000000-7", "48800000-6", "72000000-5", "72260000-5", "79000000-4",
            "98000000-3");
        for (String text : published) {
            CpvCode code = CpvCode.of(text);
            assertThat(CPV.find(code)).as(text).isPresent();
            assertThat(CPV.find(code).orElseThrow().code()).hasToString(text);
        }
    }

    @Test
    void theRuleDoesNotReproduceEveryPrintedCheckDigitButTheEightDigitsFindTheCode() {
        // 72400000-4 (Internet services) is printed in public lists; the weighted rule gives 9.
        assertThat(CpvCode.checkDigitOf("72400000")).isEqualTo(9);
        assertThatThrownBy(() -> CpvCode.of("72400000-4")).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("CPV-CHECK-DIGIT"));
        CpvEntry internet = CPV.find(CpvCode.of("72400000")).orElseThrow();
        assertThat(internet.englishLabel()).isEqualTo("Internet services");
        assertThat(internet.code()).hasToString("72400000-9");
    }

    @Test
    void inventedCodesAreNotInTheList() {
        assertThat(CPV.contains(CpvCode.of("72999999"))).isFalse();
        assertThat(CPV.find(CpvCode.of("99000000"))).isEmpty();
        assertThat(CPV.label(CpvCode.of("72999999"), SPANISH)).isEmpty();
        assertThat(CPV.children(CpvCode.of("72999999"))).isEmpty();
    }

    @Test
    void socialServicesOfAnnexIvAreFlagged() {
        assertThat(CPV.socialServices()).hasSize(115);
        assertThat(CPV.socialServices()).allMatch(CPV::contains);
        assertThat(CPV.entries().stream().filter(CpvEntry::socialService).count()).isEqualTo(115);
        assertThat(CPV.isSocialService(CpvCode.of("85000000-9"))).isTrue();
        assertThat(CPV.isSocialService(CpvCode.of("85311000"))).isTrue();
        assertThat(CPV.isSocialService(CpvCode.of("80110000"))).isTrue();
        assertThat(CPV.isSocialService(CpvCode.of("72000000-5"))).isFalse();
        assertThat(CPV.find(CpvCode.of("85000000")).orElseThrow().spanishLabel())
            .isEqualTo("Servicios de salud y asistencia social");
    }

    @Test
    void codesTakenFromTheListRoundTripThroughCpvCode() {
        // Property: for any code of the list, CpvCode.of(its eight digits) finds the same entry, and the
        // text the code prints (with the rule's check digit) finds it too.
        qt().forAll(CodelistGenerators.cpvEntries()).checkAssert(e -> {
            CpvCode fromDigits = CpvCode.of(e.code().digits());
            assertThat(CPV.find(fromDigits)).contains(e);
            assertThat(CPV.find(CpvCode.parse(fromDigits.toString()))).contains(e);
            assertThat(CPV.contains(fromDigits)).isTrue();
            assertThat(CPV.label(fromDigits, SPANISH)).contains(e.spanishLabel());
            assertThat(fromDigits.isWithin(CpvCode.of(e.code().division() + "000000"))).isTrue();
        });
    }

    @Test
    void entriesCheckTheirInvariants() {
        assertThatThrownBy(() -> CpvEntry.builder().code(CpvCode.of("72000000")).parent(CpvCode.of("72200000"))
                .spanishLabel(" ").englishLabel("IT").build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId)
                .containsExactly("CODELIST-LABEL", "CPV-PARENT"));
        assertThat(CPV).hasToString("CpvClassification[CPV 2008, eForms SDK 1.15.1, 9454 codes]");
        assertThat(CPV.name()).isEqualTo("CPV, eForms SDK 1.15.1");
    }
}
