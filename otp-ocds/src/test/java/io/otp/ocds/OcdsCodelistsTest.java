package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.TenderStatus;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OcdsCodelistsTest {

    @Test
    void everyCodeWrittenIsInTheOfficialCodelist() {
        Map<String, Set<String>> written = OcdsCodelists.writtenCodes();
        assertThat(written).hasSize(14);
        written.forEach((csv, codes) -> assertThat(OcdsSchemas.codelist(csv)).as(csv).containsAll(codes));
    }

    @Test
    void sdkExtensionMethodsAreInItsCodelist() {
        for (EvaluationMethod m : EvaluationMethod.values()) {
            assertThat(OcdsSchemas.codelist("evaluationMethod.csv")).contains(OcdsCodelists.evaluationMethod(m));
        }
    }

    @Test
    void procedureMapsToMethodAndEFormsCode() {
        // DOMAIN.md section 7: BT-105 open, restricted, neg-w-call... map to OCDS open/selective/limited.
        assertThat(OcdsCodelists.procurementMethod(ProcedureType.OPEN)).isEqualTo("open");
        assertThat(OcdsCodelists.procurementMethod(ProcedureType.RESTRICTED)).isEqualTo("selective");
        assertThat(OcdsCodelists.procurementMethod(ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION)).isEqualTo("limited");
        assertThat(OcdsCodelists.procurementMethod(ProcedureType.MINOR_CONTRACT)).isEqualTo("direct");
        assertThat(OcdsCodelists.eFormsProcedureType(ProcedureType.NEGOTIATED_WITH_PUBLICATION)).contains("neg-w-call");
        assertThat(OcdsCodelists.eFormsProcedureType(ProcedureType.MINOR_CONTRACT)).isEmpty();
    }

    @Test
    void everyProcedureReadsBackFromItsPublishedCodes() {
        for (ProcedureType p : ProcedureType.values()) {
            assertThat(OcdsCodelists.procedureType("tender", p.ocdsMethod(), p.spanishName(),
                p.eFormsCode().orElse(null))).isEqualTo(p);
        }
        assertThat(OcdsCodelists.procedureType("tender", "selective", null, "comp-dial"))
            .isEqualTo(ProcedureType.COMPETITIVE_DIALOGUE);
        assertThat(OcdsCodelists.procedureType("tender", "limited", null, null))
            .isEqualTo(ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION);
    }

    @Test
    void categoryTypeStatusAndMilestoneCodes() {
        assertThat(OcdsCodelists.procurementCategory(ContractType.SUPPLIES)).contains("goods");
        assertThat(OcdsCodelists.procurementCategory(ContractType.MIXED)).isEmpty();
        assertThat(OcdsCodelists.contractType("p", "works")).isEqualTo(ContractType.WORKS);
        assertThat(OcdsCodelists.tenderStatus(TenderStatus.UNDER_EVALUATION)).isEqualTo("active");
        assertThat(OcdsCodelists.tenderStatus(TenderStatus.VOID)).isEqualTo("unsuccessful");
        for (MilestoneType t : MilestoneType.values()) {
            assertThat(OcdsCodelists.milestoneType("p", OcdsCodelists.milestoneType(t))).isEqualTo(t);
        }
        for (MilestoneStatus s : MilestoneStatus.values()) {
            assertThat(OcdsCodelists.milestoneStatus("p", OcdsCodelists.milestoneStatus(s))).isEqualTo(s);
        }
        for (CriterionType c : CriterionType.values()) {
            assertThat(OcdsCodelists.criterionType("p", OcdsCodelists.awardCriterionType(c))).isEqualTo(c);
        }
    }

    @Test
    void awardCriteriaCodeFollowsTheCriterionTypes() {
        assertThat(OcdsCodelists.awardCriteria(OcdsFixtures.tender())).isEqualTo("ratedCriteria");
    }

    @Test
    void unknownCodeNamesFieldValueAndCodelist() {
        assertThatThrownBy(() -> OcdsCodelists.milestoneType("releases[0].contracts[0].implementation.milestones[1].type",
            "party"))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("releases[0].contracts[0].implementation.milestones[1].type");
                    assertThat(v.ruleId()).isEqualTo("OCDS-CODELIST");
                    assertThat(v.message()).contains("party").contains("milestoneType").contains("payment");
                });
            });
    }
}
