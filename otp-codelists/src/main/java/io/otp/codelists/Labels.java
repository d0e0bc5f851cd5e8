package io.otp.codelists;

import io.otp.core.Violation;
import java.util.List;

/** The check every entry of a codelist shares: its two labels are not blank. */
final class Labels {

    private Labels() {
    }

    static void check(String list, Object code, String spanish, String english, List<Violation> v) {
        if (spanish.isBlank()) {
            v.add(Violation.of("spanishLabel", "CODELIST-LABEL", "io.otp.codelists.spanishLabel.blank",
                "list", list, "code", code));
        }
        if (english.isBlank()) {
            v.add(Violation.of("englishLabel", "CODELIST-LABEL", "io.otp.codelists.englishLabel.blank",
                "list", list, "code", code));
        }
    }
}
