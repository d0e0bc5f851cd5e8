package io.otp.cli;

import io.otp.core.Violation;
import io.otp.core.rules.OtpValidator;
import io.otp.core.tender.Tender;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otp validate FILE}: reads a tender in the SDK's JSON, which checks its structural invariants,
 * then checks it against the legal rules in force ({@link OtpValidator}, LCSP); prints every violation
 * with its path, rule and message. Exit 0 when valid, 1 when not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a tender (the SDK's JSON) against its structural invariants and the LCSP rules in force;"
        + " prints every violation with its path, rule and message.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the tender is valid", "1:the tender is invalid, or the file is missing or malformed",
        "2:usage error", "3:internal error"})
final class ValidateCommand extends OtpCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The tender, as JSON.")
    String file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Day whose thresholds apply to an unpublished tender (default: today in Europe/Madrid;"
            + " a published tender uses its publication date).")
    Optional<LocalDate> date = Optional.empty();

    @Override
    int run() {
        Messages m = messages();
        Tender tender = readJson(file, Tender.class);
        OtpValidator validator = OtpValidator.standard();
        LocalDate reference = date.orElseGet(() -> LocalDate.now(OtpValidator.MADRID));
        LocalDate day = validator.thresholdDate(tender, reference);
        List<Violation> violations = validator.validate(tender, reference);
        PrintWriter out = out();
        // Warnings (such as the latest known thresholds applied to a later day) are shown but do not
        // make the tender invalid.
        if (violations.stream().noneMatch(Violation::isError)) {
            out.println(m.text("validate.valid", Map.of(
                "file", file, "tender", tender.id(), "lots", tender.lots().size(), "date", day)));
            for (Violation v : violations) {
                out.println("  " + line(v));
            }
            out.flush();
            return Otp.EXIT_OK;
        }
        out.println(m.text("validate.invalid", Map.of(
            "file", file, "tender", tender.id(), "violations", violations.size(), "date", day)));
        for (Violation v : violations) {
            out.println("  " + line(v));
        }
        out.flush();
        return Otp.EXIT_INVALID_INPUT;
    }
}
