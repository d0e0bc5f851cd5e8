package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TenderScenarioTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final TenderScenario.Outcome outcome =
        new TenderScenario(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
    private final String printed = buffer.toString(StandardCharsets.UTF_8);

    @Test
    void theCorrectTenderBreaksNoRule() {
        assertThat(outcome.correctTenderViolations()).isEmpty();
        assertThat(printed).contains("break no rule");
    }

    @Test
    void weightsNotAddingUpAreReportedWithBothTotals() {
        assertThat(outcome.wrongWeightsViolations()).extracting(Violation::ruleId).contains("OTP-CRITERIA-SUM");
        assertThat(printed).contains("lot L2: criteria total 95.00 points, expected 100.00");
    }

    @Test
    void aMinorContractOverItsLimitIsReported() {
        assertThat(outcome.minorContractViolations()).extracting(Violation::ruleId).contains("LCSP-118.1");
        assertThat(printed).contains("[LCSP-118.1]").contains("(es)");
    }

    @Test
    void jakartaBeanValidationReportsTheSameRules() {
        assertThat(outcome.jakartaRuleIds()).containsExactlyInAnyOrderElementsOf(
            outcome.minorContractViolations().stream().map(Violation::ruleId).toList());
        assertThat(printed).contains("el valor estimado 412500.00 EUR no es inferior a 15000.00 EUR");
    }

    @Test
    void wrongBidsAreAllReportedInOneCall() {
        // B9: 96,000.00 > 95,000.00 budget of L2 and submitted after 2026-04-01T12:59:59Z;
        // B10: a value for a criterion of another lot, and none for L1-RESPONSE.
        assertThat(outcome.wrongBidViolations()).extracting(Violation::ruleId)
            .containsExactlyInAnyOrder("RGLCAP-84", "OTP-BID-LATE", "OTP-BID-CRITERION", "OTP-BID-VALUE");
    }

    @Test
    void jsonRoundTripIsExactAndDeterministic() {
        assertThat(outcome.jsonRoundTripEqual()).isTrue();
        assertThat(outcome.jsonDeterministic()).isTrue();
        assertThat(printed).contains("\"budget\":{\"amount\":180000.00,\"currency\":\"EUR\"}");
    }

    @Test
    void everyCpvCodeOfTheTenderIsPrintedWithItsSpanishLabel() {
        // Labels of cpv.gc in the eForms SDK 1.15.1, read through otp-codelists.
        assertThat(printed)
            .contains("CPV 72000000-5 Servicios TI: consultoría, desarrollo de software, Internet y apoyo")
            .contains("CPV 72200000-7 Servicios de programación de software y de consultoría")
            .contains("CPV 72224000-1 Servicios de consultoría en gestión de proyectos")
            .doesNotContain("not in the official CPV list");
        assertThat(TenderScenario.cpvLabel(CpvCode.of("72999999"))).isEqualTo("(not in the official CPV list)");
    }

    @Test
    void aCpvCodeMissingFromTheOfficialListIsReported() {
        assertThat(outcome.unknownCpvViolations()).extracting(Violation::ruleId, Violation::path)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("CPV-UNKNOWN", "cpvCodes[3]"));
        assertThat(printed).contains("CPV code 72204000-5 is not in the official list (CPV, eForms SDK 1.15.1)");
    }

    @Test
    void budgetsArePrintedTheSpanishWay() {
        // 180,000 + 95,000 = 275,000 VAT excluded; with 21 % VAT 332,750.
        assertThat(printed).contains("275.000,00 € VAT excluded").contains("332.750,00 € VAT included");
    }
}
