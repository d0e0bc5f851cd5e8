package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.codelists.internal.IndexSource;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.ProcedureType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The eForms codelists of the SDK 1.15.1 against the core's hand-written mappings
 * ({@link ProcedureType#eFormsCode()}, {@link CriterionType#code()},
 * {@link ContractType#eFormsContractNature()}): these tests keep the mappings honest.
 */
class EformsCodelistsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final EuCodelists LISTS = EuCodelists.official();

    @Test
    void procedureTypesIncludeEveryCodeTheCoreMapsTo() {
        Codelist types = LISTS.codelist(EformsCodelist.PROCUREMENT_PROCEDURE_TYPE);
        Set<String> mapped = Arrays.stream(ProcedureType.values()).map(ProcedureType::eFormsCode)
            .flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(mapped).containsExactlyInAnyOrder("open", "restricted", "neg-w-call", "neg-wo-call",
            "comp-dial", "innovation");
        assertThat(types.codes()).containsAll(mapped).hasSize(10);
        assertThat(types.label("open", SPANISH)).contains("Abierto");
        assertThat(types.label("comp-dial", SPANISH)).contains("Diálogo competitivo");
        assertThat(types.label("neg-wo-call", Locale.ENGLISH)).contains("Negotiated without prior call for competition");
    }

    @Test
    void awardCriterionTypesAreExactlyTheCoresCriterionTypes() {
        Codelist types = LISTS.codelist(EformsCodelist.AWARD_CRITERION_TYPE);
        assertThat(types.codes()).containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CriterionType.values()).map(CriterionType::code).collect(Collectors.toList()));
        assertThat(types.label("price", SPANISH)).contains("Precio");
        assertThat(types.label("cost", SPANISH)).contains("Coste");
        assertThat(types.label("quality", SPANISH)).contains("Calidad");
    }

    @Test
    void contractNaturesAreExactlyTheCoresContractNatures() {
        Codelist natures = LISTS.codelist(EformsCodelist.CONTRACT_NATURE);
        Set<String> mapped = Arrays.stream(ContractType.values()).map(ContractType::eFormsContractNature)
            .flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(natures.codes()).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(natures.label("supplies", SPANISH)).contains("Suministros");
    }

    @Test
    void awardCriterionNumberListsHaveTheirCodes() {
        assertThat(LISTS.codelist(EformsCodelist.NUMBER_WEIGHT).codes())
            .containsExactly("dec-exa", "dec-mid", "ord-imp", "per-exa", "per-mid", "poi-exa", "poi-mid");
        assertThat(LISTS.codelist(EformsCodelist.NUMBER_THRESHOLD).codes()).containsExactly("max-pass", "min-score");
        assertThat(LISTS.codelist(EformsCodelist.NUMBER_FIXED).codes()).containsExactly("fix-tot", "fix-unit");
        assertThat(LISTS.codelist(EformsCodelist.NUMBER_WEIGHT).label("per-exa", SPANISH))
            .contains("Ponderación (porcentaje, exacto)");
        assertThat(LISTS.codelist(EformsCodelist.NUMBER_THRESHOLD).find("min-score").orElseThrow().englishLabel())
            .isEqualTo("Minimum score");
    }

    @Test
    void everyNamedListIsPreIndexed() {
        for (EformsCodelist list : EformsCodelist.values()) {
            assertThat(IndexSource.INDEXED).as(list.id()).contains(list.id());
            assertThat(LISTS.codelist(list).id()).isEqualTo(list.id());
            assertThat(LISTS.codelist(list).sdkVersion()).isEqualTo("1.15.1");
            assertThat(LISTS.codelist(list)).isSameAs(LISTS.codelist(list.id()));
        }
        assertThat(EformsCodelist.PROCUREMENT_PROCEDURE_TYPE.businessTerm()).isEqualTo("BT-105");
    }

    @Test
    void otherListsOfTheSdkAreReadFromTheJar() {
        Codelist countries = LISTS.codelist("country");
        assertThat(countries.label("ESP", SPANISH)).contains("España");
        assertThat(countries.contains("esp")).isFalse();
    }

    @Test
    void unknownListsAreReportedWithTheirName() {
        assertThatThrownBy(() -> LISTS.codelist("no-such-list")).isInstanceOf(CodelistException.class)
            .hasMessageContaining("has no codelist no-such-list");
        assertThatThrownBy(() -> LISTS.codelist("../fields/fields")).isInstanceOf(CodelistException.class)
            .hasMessageContaining("is not the name of an eForms codelist");
        assertThat(LISTS.codelist(EformsCodelist.AWARD_CRITERION_TYPE).contains("Price")).isFalse();
    }
}
