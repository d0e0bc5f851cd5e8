package io.otp.core.rules;

import io.otp.core.money.Money;
import io.otp.core.time.DateRange;
import java.time.LocalDate;

/**
 * A host's {@link ThresholdProvider} for the tests: the 2026&ndash;2027 amounts carried to
 * 2028&ndash;2029 with a central-government threshold of 145,000 EUR (an invented figure that
 * identifies the source). Registered only in the class path of the child JVM of
 * {@link HostThresholdTablesTest}, never in this JVM's services.
 */
public final class HostFixtureProvider implements ThresholdProvider {

    /** The central-government threshold of the fixture, which shows that its table is applied. */
    public static final Money CENTRAL = Money.euros(145_000);

    /** The public no-argument constructor ServiceLoader needs. */
    public HostFixtureProvider() {
    }

    @Override
    public ThresholdTable thresholds() {
        LegalThresholds latest = ThresholdTable.builtIns().forDate(LocalDate.of(2027, 12, 31));
        LegalThresholds next = latest.withValidity(DateRange.parse("2028-01-01/2029-12-31"))
            .withEuThresholds(latest.euWorksAndConcessionsThreshold(), CENTRAL,
                latest.euOtherSuppliesAndServicesThreshold(), latest.euSocialServicesThreshold());
        return ThresholdTable.of(java.util.List.of(next));
    }

    @Override
    public String name() {
        return "test fixture";
    }
}
