package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example evaluation without its pliego threshold: a lot of three criteria whose pliego sets no
 * parameters for abnormally low offers (LCSP art. 149.2.b), so no offer is checked. The result records the
 * finding, and the document still holds the mesa's decision rejecting B3 as abnormally low.
 */
class EvaluateFindingsTest {

    @TempDir
    Path dir;

    private Path withoutParameters() throws Exception {
        String doc = Files.readString(Path.of(CliRun.example("evaluation.json")))
            .replace("\"pliegoThreshold\": {\n      \"belowMean\": 20.00\n    },", "");
        assertThat(doc).doesNotContain("pliegoThreshold").contains("\"REJECTED\"");
        return Files.writeString(dir.resolve("evaluation.json"), doc);
    }

    private Path withoutParametersOrDecisions() throws Exception {
        String doc = Files.readString(withoutParameters());
        int start = doc.indexOf("\"decisions\"");
        int end = doc.indexOf("\"lot\"", start);
        return Files.writeString(dir.resolve("no-decisions.json"), doc.substring(0, start) + doc.substring(end));
    }

    @Test
    void theTableTellsThatNoOfferWasCheckedForAbnormality() throws Exception {
        // --format json carries findings[0] LCSP-149.2.b "no offer is checked"; the table, the default output,
        // says it too, in the language asked for.
        Path file = withoutParametersOrDecisions();
        CliRun json = CliRun.of("evaluate", "--format", "json", file.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"findings\":[{").contains("LCSP-149.2.b");
        CliRun en = CliRun.of("evaluate", "--lang", "en", file.toString());
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("Finding (LCSP-149.2.b): lot L1 has 3 award criteria and the pliego sets no"
            + " parameters for abnormally low offers");
        CliRun es = CliRun.of("evaluate", "--lang", "es", file.toString());
        assertThat(es.exitCode()).as(es.err()).isZero();
        assertThat(es.out()).contains("Hallazgo (LCSP-149.2.b): el lote L1 tiene 3 criterios de adjudicación y el"
            + " pliego no fija parámetros").doesNotContain("the pliego sets no parameters");
    }

    @Test
    void aDecisionOnABidThatIsNotPresumedAbnormalIsRefusedNamingTheBid() throws Exception {
        // decisions[0] rejects B3 (LCSP art. 149.4), but with no parameters B3 is never flagged: the decision
        // cannot be applied, and the document is refused rather than B3 proposed in silence.
        CliRun r = CliRun.of("evaluate", withoutParameters().toString());
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("B3").contains("not presumed abnormally low");
        assertThat(r.out()).doesNotContain("Award proposal");
    }
}
