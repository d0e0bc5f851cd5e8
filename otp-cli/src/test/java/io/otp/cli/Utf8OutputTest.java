package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI writes UTF-8 to standard output and error whatever the platform's charset: a JVM told that the
 * file system, the console and both streams are ISO-8859-1 (the properties of Java 17 and of Java 18 and
 * later) still gets the bytes of "€" (E2 82 AC), "−" (E2 88 92), "í" (C3 AD) and "«" (C2 AB).
 */
class Utf8OutputTest {

    private static final List<String> LATIN_1 = List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
        "-Dsun.stdout.encoding=ISO-8859-1", "-Dsun.stderr.encoding=ISO-8859-1", "-Dstdout.encoding=ISO-8859-1",
        "-Dstderr.encoding=ISO-8859-1");

    @TempDir
    Path tmp;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            } else {
                for (int b : (int[]) part) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    private static void assertContains(byte[] output, byte[] expected) {
        String shown = new String(output, StandardCharsets.ISO_8859_1);
        assertThat(shown).as("the bytes of the output, one char per byte")
            .contains(new String(expected, StandardCharsets.ISO_8859_1));
    }

    @Test
    @Timeout(120)
    void standardOutputIsUtf8WhateverThePlatformCharset() {
        CliProcess run = CliProcess.run(LATIN_1, "kpi", CliRun.example("kpi/service-desk-evm.csv")).exits(0);

        // SV = 182,000 - 200,000 shown as "−€18,000.00": U+2212 is E2 88 92, U+20AC is E2 82 AC. The label is
        // padded to 26 characters and the 11 characters of the value right-aligned in 18: 14 + 1 + 7 spaces.
        String gap = " ".repeat(22);
        assertContains(run.out(), bytes("\n  SV = EV - PV" + gap, new int[] {0xE2, 0x88, 0x92, 0xE2, 0x82, 0xAC},
            "18,000.00\n"));
        assertContains(run.out(), bytes("\n  BAC (budget)" + gap, new int[] {0xE2, 0x82, 0xAC}, "352,000.00\n"));
        assertThat(run.out()).isEqualTo(CliRun.of("kpi", CliRun.example("kpi/service-desk-evm.csv")).out()
            .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(120)
    void standardErrorIsUtf8WhateverThePlatformCharset() throws IOException {
        Path bids = Files.writeString(tmp.resolve("bids.csv"), "bid,bidder,offer,DELIVERY\nB1,A58818501,ninety,30\n");

        CliProcess run = CliProcess.run(LATIN_1, "evaluate", "--lang", "es", "--criteria",
            CliRun.example("criteria.csv"), "--bids", bids.toString(), "--budget", "100000").exits(1);

        // "línea 2: la columna «offer» contiene «ninety»": í is C3 AD, « is C2 AB, » is C2 BB.
        assertContains(run.err(), bytes(bids + ": l", new int[] {0xC3, 0xAD}, "nea 2: la columna ",
            new int[] {0xC2, 0xAB}, "offer", new int[] {0xC2, 0xBB}, " contiene ", new int[] {0xC2, 0xAB}, "ninety",
            new int[] {0xC2, 0xBB}));
    }

    @Test
    void theHelpSaysTheOutputIsUtf8() {
        assertThat(CliRun.of("--help").out()).contains("UTF-8");
    }
}
