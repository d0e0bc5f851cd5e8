package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.codelists.CpvClassification;
import io.otp.codelists.CpvEntry;
import io.otp.codelists.CpvLevel;
import io.otp.codelists.EformsCodelist;
import io.otp.codelists.EuCodelists;
import io.otp.codelists.NutsEntry;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code example of the README's section on otp-codelists, kept compiling and true. */
class ReadmeCodelistsExampleTest {

    @Test
    void theReadmeCodelistsExampleGivesWhatItsCommentsSay() {
        CpvClassification cpv = EuCodelists.official().cpv();
        assertThat(cpv.label(CpvCode.of("72000000-5"), Locale.forLanguageTag("es")))
            .contains("Servicios TI: consultoría, desarrollo de software, Internet y apoyo");
        CpvEntry group = cpv.parent(CpvCode.of("72260000-5")).orElseThrow();
        assertThat(group.code()).hasToString("72200000-7");
        assertThat(group.level()).isEqualTo(CpvLevel.GROUP);
        assertThat(cpv.isSocialService(CpvCode.of("85000000"))).isTrue();
        NutsEntry barcelona = EuCodelists.official().nuts().find(NutsCode.of("ES511")).orElseThrow();
        assertThat(barcelona.spanishLabel()).isEqualTo("Barcelona");
        assertThat(barcelona.level()).isEqualTo(3);
        assertThat(EuCodelists.official().nuts().parent(NutsCode.of("ES511")).orElseThrow().spanishLabel())
            .isEqualTo("Cataluña");
        assertThat(EuCodelists.official().codelist(EformsCodelist.PROCUREMENT_PROCEDURE_TYPE)
            .label("neg-wo-call", Locale.ENGLISH)).contains("Negotiated without prior call for competition");
    }
}
