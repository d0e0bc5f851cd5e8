package io.otp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the violations a rejected value reports, shared by the model's tests. */
public final class ViolationAssertions {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private ViolationAssertions() {
    }

    /**
     * Asserts that the call throws a ValidationException with exactly one violation at the path, with
     * the rule id and English message, and messages in both languages; returns the violation.
     */
    public static Violation assertOnlyViolation(ThrowingCallable call, String path, String ruleId,
                                                String englishMessage) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("expected a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.ruleId()).isEqualTo(ruleId);
        assertThat(v.message()).isEqualTo(englishMessage);
        assertMessagesInBothLanguages(e);
        return v;
    }

    /** Asserts that every violation's message is defined, filled in, and has a Spanish text of its own. */
    public static void assertMessagesInBothLanguages(ValidationException e) {
        for (Violation v : e.violations()) {
            assertThat(OtpMessages.isDefined(v.messageKey())).as(v.messageKey()).isTrue();
            String spanish = v.message(SPANISH);
            assertThat(spanish).as("Spanish text of %s", v.messageKey())
                .doesNotStartWith(v.messageKey()).isNotEqualTo(v.message()).doesNotContainPattern("\\{\\w+}");
            assertThat(v.message()).doesNotContainPattern("\\{\\w+}");
        }
    }
}
