package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitivityCommandTest {

    @Test
    void printsWeightSensitivityAcceptabilityAndReversal() {
        CliRun r = CliRun.of("sensitivity", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_OK);
        // Lot 1 of the evaluation scenario: B1 leads B2 by 2.56 points; price +20.65 points makes B2 the leader.
        assertThat(r.out()).contains("changes the leader B1", "+20.65 pts (+34.41 %) -> B2",
            "weights within ±20 %, 10000 samples, seed 42", "rank 1", "without B1 same order");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void sameSeedSameOutputAndLargeRunsShowProgressOnStderr() {
        String[] args = {"sensitivity", "--samples", "150000", "--spread", "60", "--seed", "7",
            CliRun.example("evaluation.json")};
        CliRun first = CliRun.of(args);
        CliRun second = CliRun.of(args);
        assertThat(first.exitCode()).isEqualTo(Otp.EXIT_OK);
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.err()).contains("100000 of 150000 samples (66 %)", "150000 of 150000 samples (100 %)");
        assertThat(first.out()).contains("±60 %, 150000 samples, seed 7");
    }

    @Test
    void spreadOutOfRangeIsAUsageError() {
        CliRun r = CliRun.of("sensitivity", "--spread", "150", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("--spread between 0 and 100");
    }

    @Test
    void nonNumericSamplesIsAUsageError() {
        CliRun r = CliRun.of("sensitivity", "--samples", "many", CliRun.example("evaluation.json"));
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(r.err()).contains("--samples");
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun r = CliRun.of("sensitivity", "no-such-file.json");
        assertThat(r.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(r.err()).contains("no-such-file.json: file not found");
    }
}
