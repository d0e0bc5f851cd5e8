package io.otp.examples.determinism;

import io.otp.core.id.LotId;
import io.otp.core.json.OtpJson;
import io.otp.examples.EvaluationReports;
import io.otp.examples.EvaluationScenario;
import io.otp.examples.FollowUpReports;
import io.otp.examples.OfficeScenario;
import io.otp.examples.OpenDataScenario;
import io.otp.examples.ServiceDeskTender;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every example's results into a directory: the evaluation results of both lots as JSON, the
 * evaluation and follow-up reports (pages, charts, CSV, JSON) in both languages, the office scenario's
 * outcome and the OCDS release package, and the results of generated inputs ({@link GeneratedInputs}).
 * {@link DeterminismTest} runs it in separate JVMs with other
 * default locales, time zones and charsets and compares the bytes.
 */
public final class DeterminismProbe {

    private DeterminismProbe() {
    }

    /**
     * Writes the results.
     *
     * @param args the directory to write into
     */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }

    static void write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (LotId lot : new LotId[] {ServiceDeskTender.LOT_1, ServiceDeskTender.LOT_2}) {
                Files.write(dir.resolve("evaluation-" + lot + ".json"), OtpJson.standard().writeBytes(
                    EvaluationScenario.evaluate(ServiceDeskTender.tender(), lot).result()));
            }
            EvaluationReports.write(dir.resolve("evaluation-reports"));
            FollowUpReports.write(dir.resolve("follow-up-reports"));
            PrintStream silent = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
            Files.writeString(dir.resolve("office.txt"), new OfficeScenario(silent).run().toString(),
                java.nio.charset.StandardCharsets.UTF_8);
            new OpenDataScenario(silent).run(dir.resolve("ocds").resolve("release-package.json"));
            GeneratedInputs.write(dir.resolve("generated"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
