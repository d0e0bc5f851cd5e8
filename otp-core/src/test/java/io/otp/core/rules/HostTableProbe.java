package io.otp.core.rules;

import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * Run by {@link HostThresholdTablesTest} in a JVM of its own whose class path holds a host's tables:
 * prints what {@link ThresholdTable#standard()}, {@link OtpValidator#standard()} and
 * {@code @LegalTender} through the default Jakarta provider see, one fact per line.
 */
public final class HostTableProbe {

    private HostTableProbe() {
    }

    /**
     * Prints the facts.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
        try {
            out.println("periods=" + ThresholdTable.standard());
            // 145,000 EUR of supplies of central government on 1 March 2028: subject to harmonised
            // regulation only if the host's 145,000 EUR threshold applies (the SDK's is 140,000 EUR).
            Tender tender = TenderGenerators.tenderBuilder("T1").procedure(ProcedureType.OPEN)
                .contractType(ContractType.SUPPLIES).authorityKind(ContractingAuthorityKind.CENTRAL_GOVERNMENT)
                .estimatedValue(Money.euros("144999.99")).noDivisionJustification("Prestación única")
                .addLots(TenderGenerators.lot("L1", Money.euros("144999.99"), TenderGenerators.price("C1", "100")))
                .build();
            TenderValidation v = OtpValidator.standard().assess(tender, LocalDate.of(2028, 3, 1));
            out.println("violations=" + v.violations().stream().map(Violation::ruleId).collect(Collectors.toList()));
            out.println("threshold=" + v.harmonisedRegulation().orElseThrow().threshold());
            out.println("subject=" + v.harmonisedRegulation().orElseThrow().subjectToHarmonisedRegulation());
            Clock in2028 = Clock.fixed(Instant.parse("2028-03-01T10:00:00Z"), ZoneOffset.UTC);
            try (ValidatorFactory factory = Validation.byDefaultProvider().configure().clockProvider(() -> in2028)
                    .buildValidatorFactory()) {
                out.println("jakarta=" + factory.getValidator().validate(tender).size());
            }
        } catch (RuntimeException e) {
            out.println("failure=" + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
