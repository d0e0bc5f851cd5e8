package io.otp.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;

/**
 * Makes the JSON of SDK types ({@code io.otp.*}) consist only of what they declare with Jackson
 * annotations ({@code @JsonProperty}, {@code @JsonValue}, Immutables' generated mapping).
 *
 * <p>Jackson would otherwise publish every public {@code getX()}/{@code isX()} method as a property:
 * {@code Money.isPositive()} would be written as {@code "positive": true} and then rejected as an
 * unknown property when read back. A convenience method must never change the JSON contract.
 */
final class ExplicitSdkProperties extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final String SDK_PACKAGES = "io.otp.";

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass type, VisibilityChecker<?> checker) {
        if (!type.getRawType().getName().startsWith(SDK_PACKAGES)) {
            return checker;
        }
        return checker.withGetterVisibility(Visibility.NONE).withIsGetterVisibility(Visibility.NONE);
    }
}
