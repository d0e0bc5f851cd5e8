package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import java.util.Objects;

/**
 * An aggregate as a store holds it, with its version: 1 when first saved, one more on each save.
 *
 * <p>This class is immutable and thread-safe if the aggregate is.
 *
 * @param <A> the type of the aggregate
 */
public final class Stored<A extends Aggregate<?>> {

    private final A value;

    private final long version;

    private Stored(A value, long version) {
        this.value = value;
        this.version = version;
    }

    /**
     * Obtains a stored aggregate.
     *
     * @param value the aggregate; not null
     * @param version its version, 1 or more
     * @param <A> the type of the aggregate
     * @return the stored aggregate, not null
     * @throws ValidationException if the version is below 1
     */
    public static <A extends Aggregate<?>> Stored<A> of(A value, long version) {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new ValidationException(Violation.of("version", "OTP-STORE-VERSION",
                "io.otp.persistence.version", "value", version));
        }
        return new Stored<>(value, version);
    }

    /**
     * The aggregate.
     *
     * @return the aggregate, not null
     */
    public A value() {
        return value;
    }

    /**
     * The version; pass it to the next save of this aggregate.
     *
     * @return the version, 1 or more
     */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stored && version == ((Stored<?>) o).version && value.equals(((Stored<?>) o).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + Long.hashCode(version);
    }

    @Override
    public String toString() {
        return value.id() + " v" + version;
    }
}
