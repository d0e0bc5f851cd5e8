package io.otp.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the OTP SDK, applied in each model package's {@code package-info.java}.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract value type
 * ("sandwich" style): every value type declares {@code static Builder builder()} and a public
 * {@code Builder} subclass, so callers never name a generated class. Builders are strict (each
 * attribute may be set once), generated code uses only the JDK, and structural invariants are
 * checked by {@code @Value.Check} methods that throw {@link ValidationException}. A required
 * attribute left unset raises {@link MissingValueException}; a null passed where a value is required
 * raises {@link NullValueException}; both are {@link ValidationException}s naming the field.
 */
@Documented
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = NullValueException.class)
public @interface OtpStyle {
}
