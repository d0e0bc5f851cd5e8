package io.otp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * What every fuzz suite asks of an input the SDK refuses: the SDK's {@link ValidationException}, never
 * another throwable, with at least one violation, each with a path, a rule and a message.
 */
public final class FuzzChecks {

    private FuzzChecks() {
    }

    /**
     * Checks a refusal.
     *
     * @param thrown what reading threw; not null
     * @param action what was done, e.g. {@code reading}, for the failure message
     * @param input the input, abbreviated, for the failure message
     * @return the violations, for the suite's own further checks
     */
    public static List<Violation> assertRefusedWithViolations(Throwable thrown, String action, String input) {
        if (!(thrown instanceof ValidationException)) {
            fail(action + " " + input + "\nthrew " + stackTrace(thrown));
        }
        List<Violation> violations = ((ValidationException) thrown).violations();
        assertThat(violations).as("violations of %s", input).isNotEmpty();
        for (Violation v : violations) {
            assertThat(v.path()).as("path of %s for %s", v, input).isNotNull();
            assertThat(v.ruleId()).as("rule of %s for %s", v, input).isNotBlank();
            assertThat(v.message()).as("message of %s for %s", v, input).isNotBlank();
        }
        return violations;
    }

    /**
     * A throwable's stack trace, cut at 4,000 characters, for a failure message.
     *
     * @param t the throwable; not null
     * @return the text
     */
    public static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() <= 4_000 ? text : text.substring(0, 4_000) + "…";
    }
}
