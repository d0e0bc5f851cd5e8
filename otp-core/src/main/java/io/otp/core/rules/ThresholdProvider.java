package io.otp.core.rules;

/**
 * A source of legal thresholds a host adds to the SDK's, found with {@link java.util.ServiceLoader}:
 * typically the periods the EU published after the SDK was released, so that tenders of those days
 * are checked against the amounts in force without waiting for a new SDK.
 *
 * <p>Declare the implementation in {@code META-INF/services/io.otp.core.rules.ThresholdProvider}
 * (class path) or with {@code provides io.otp.core.rules.ThresholdProvider with ...} (module path).
 * {@link ThresholdTable#standard()}, and therefore {@link OtpValidator#standard()} and the
 * {@code @LegalTender} constraint, see every provider found, together with the class-path resources
 * {@value ThresholdTable#HOST_RESOURCE} (see {@link ThresholdTable#standard()} for how the tables are
 * combined). An implementation needs a public no-argument constructor.
 *
 * <p>Implementations must be thread-safe and return the same table on every call.
 */
public interface ThresholdProvider {

    /**
     * The periods this provider adds; for the days they cover they take the place of the SDK's.
     *
     * @return the table, not null
     */
    ThresholdTable thresholds();

    /**
     * The name that errors and logs show for this provider.
     *
     * @return the name, by default the implementation's class name; not null
     */
    default String name() {
        return getClass().getName();
    }
}
