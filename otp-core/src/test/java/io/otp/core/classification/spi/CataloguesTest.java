package io.otp.core.classification.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.OtpException;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import io.otp.core.testing.CatalogueFixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The registry of classification catalogues: empty by default in the core, injectable, never null. */
class CataloguesTest {

    private static final CpvCatalogue CPV = CatalogueFixtures.cpv(List.of(CpvCode.of("72000000")), List.of());
    private static final NutsCatalogue NUTS = CatalogueFixtures.nuts(List.of(NutsCode.of("ES300")));

    @Test
    void coreAloneDiscoversNoProviderAndWorksFormatOnly() {
        // otp-core's own tests run without otp-codelists: the core depends on no provider.
        assertThat(Catalogues.standard().cpv()).isEmpty();
        assertThat(Catalogues.standard().nuts()).isEmpty();
        assertThat(Catalogues.standard()).hasToString("Catalogues[cpv: format only; nuts: format only]");
        assertThat(Catalogues.discovered(ClassLoader.getSystemClassLoader()).cpv()).isEmpty();
    }

    @Test
    void discoveredIsLookedUpOnce() {
        assertThat(Catalogues.standard()).isSameAs(Catalogues.standard());
    }

    @Test
    void noneHasNoCatalogueAndRequiringOneSaysHowToAddIt() {
        Catalogues none = Catalogues.builtIns();
        assertThat(none.cpv()).isEmpty();
        assertThat(none.nuts()).isEmpty();
        assertThatThrownBy(none::requireCpv).isInstanceOf(CatalogueNotFoundException.class)
            .isInstanceOf(OtpException.class)
            .hasMessageContaining("No CPV catalogue").hasMessageContaining("io.otp:otp-codelists")
            .hasMessageContaining("withCpv(");
        assertThatThrownBy(none::requireNuts).isInstanceOf(CatalogueNotFoundException.class)
            .hasMessageContaining("No NUTS catalogue").hasMessageContaining("withNuts(");
    }

    @Test
    void withCatalogueReturnsACopyAndLeavesTheOriginalUnchanged() {
        Catalogues none = Catalogues.builtIns();
        Catalogues cpvOnly = none.withCpv(CPV);
        Catalogues both = cpvOnly.withNuts(NUTS);
        assertThat(none.cpv()).isEmpty();
        assertThat(cpvOnly.cpv()).containsSame(CPV);
        assertThat(cpvOnly.nuts()).isEmpty();
        assertThat(both.requireCpv()).isSameAs(CPV);
        assertThat(both.requireNuts()).isSameAs(NUTS);
        assertThat(both).hasToString("Catalogues[cpv: test CPV list; nuts: test NUTS list]");
        assertThatThrownBy(() -> none.withCpv(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("catalogue");
    }

    @Test
    void spiDefaultsNameTheClassAndKnowNoLabelNorSocialService() {
        CpvCatalogue minimal = code -> true;
        NutsCatalogue minimalNuts = code -> true;
        assertThat(minimal.name()).isEqualTo(minimal.getClass().getSimpleName());
        assertThat(minimal.isSocialService(CpvCode.of("85000000"))).isFalse();
        assertThat(minimal.label(CpvCode.of("85000000"), Locale.ENGLISH)).isEmpty();
        assertThat(minimalNuts.label(NutsCode.of("ES300"), Locale.ENGLISH)).isEmpty();
        assertThat(minimalNuts.name()).isEqualTo(minimalNuts.getClass().getSimpleName());
    }
}
