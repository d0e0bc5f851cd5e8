package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.codelists.testing.CodelistGenerators;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.NutsCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** NUTS 2024 as the eForms SDK 1.15.1 lists it ({@code eforms-sdk/codelists/nuts.gc}, 2,087 codes). */
class NutsClassificationTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final NutsClassification NUTS = EuCodelists.official().nuts();

    @Test
    void madridResolvesWithItsLevelAndParents() {
        NutsEntry madrid = NUTS.find(NutsCode.of("ES300")).orElseThrow();
        assertThat(madrid.label(SPANISH)).isEqualTo("Madrid");
        assertThat(madrid.level()).isEqualTo(3);
        assertThat(madrid.parent()).contains(NutsCode.of("ES30"));
        assertThat(NUTS.parent(NutsCode.of("ES300")).orElseThrow().spanishLabel()).isEqualTo("Comunidad de Madrid");
        assertThat(NUTS.parent(NutsCode.of("ES30")).orElseThrow().code()).isEqualTo(NutsCode.of("ES3"));
        assertThat(NUTS.parent(NutsCode.of("ES3")).orElseThrow().spanishLabel()).isEqualTo("España");
        assertThat(NUTS.parent(NutsCode.of("ES"))).isEmpty();
    }

    @Test
    void barcelonaResolvesInCatalonia() {
        assertThat(NUTS.label(NutsCode.of("ES511"), SPANISH)).contains("Barcelona");
        assertThat(NUTS.label(NutsCode.of("es511"), Locale.ENGLISH)).contains("Barcelona");
        assertThat(NUTS.parent(NutsCode.of("ES511")).orElseThrow().spanishLabel()).isEqualTo("Cataluña");
        assertThat(NUTS.children(NutsCode.of("ES51"))).extracting(e -> e.code().toString())
            .containsExactly("ES511", "ES512", "ES513", "ES514");
    }

    @Test
    void everyParentExistsOneLevelUp() {
        assertThat(NUTS.size()).isEqualTo(2087);
        assertThat(NUTS.version()).isEqualTo("2024");
        for (NutsEntry e : NUTS.entries()) {
            assertThat(e.spanishLabel()).isNotBlank();
            assertThat(e.englishLabel()).isNotBlank();
            if (e.level() == 0) {
                assertThat(e.parent()).as(e.code().toString()).isEmpty();
            } else {
                assertThat(NUTS.parent(e.code())).as(e.code().toString()).map(NutsEntry::code)
                    .isEqualTo(e.code().parent());
            }
        }
        assertThat(NUTS.atLevel(0)).extracting(e -> e.code().toString()).contains("ES", "EL", "PT", "FR", "DE")
            .doesNotContain("UK");
        assertThat(NUTS.atLevel(3)).hasSize(1521);
        assertThat(NUTS.atLevel(4)).isEmpty();
    }

    @Test
    void extraRegioCodesAreListedAndInventedOnesAreNot() {
        assertThat(NUTS.contains(NutsCode.of("ESZZZ"))).isTrue();
        assertThat(NUTS.find(NutsCode.of("ESZZZ")).orElseThrow().code().isExtraRegio()).isTrue();
        assertThat(NUTS.contains(NutsCode.of("ES399"))).isFalse();
        assertThat(NUTS.label(NutsCode.of("ES399"), SPANISH)).isEmpty();
        assertThat(NUTS.children(NutsCode.of("ES300"))).isEmpty();
    }

    @Test
    void everyListedCodeIsWithinItsCountry() {
        // Property: every entry's code reads back from its text and lies within its country's entry.
        qt().forAll(CodelistGenerators.nutsEntries()).checkAssert(e -> {
            assertThat(NUTS.find(NutsCode.parse(e.code().toString()))).contains(e);
            NutsCode country = NutsCode.of(e.code().country());
            assertThat(NUTS.contains(country)).isTrue();
            assertThat(e.code().isWithin(country)).isTrue();
        });
    }

    @Test
    void entriesCheckTheirParent() {
        assertThatThrownBy(() -> NutsEntry.builder().code(NutsCode.of("ES300")).parent(NutsCode.of("ES5"))
                .spanishLabel("Madrid").englishLabel("Madrid").build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> {
                Violation v = ((ValidationException) e).violations().get(0);
                assertThat(v.ruleId()).isEqualTo("NUTS-PARENT");
                assertThat(v.message()).isEqualTo("NUTS code ES300: ES5 is not the region one level up; expected ES30");
            });
        assertThat(NUTS).hasToString("NutsClassification[NUTS 2024, eForms SDK 1.15.1, 2087 codes]");
    }
}
