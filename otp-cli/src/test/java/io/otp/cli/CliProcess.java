package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.testing.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CLI run as its users run it, in a JVM of its own: {@code java -jar otp-cli-*-all.jar ARGS} when the system
 * property {@code otp.cli.jar} names the built jar (the integration tests, run after packaging), else
 * {@code java -cp CLASSPATH io.otp.cli.Otp ARGS} with the class path of the tests, which holds the classes the
 * jar is shaded from; standard output and error are captured as bytes, so that what reaches a terminal is
 * checked byte for byte.
 */
record CliProcess(int exitCode, byte[] out, byte[] err) {

    /** Beyond this a run is a hang: the process is killed and the test fails. */
    private static final long HANG_SECONDS = 100;

    /** Runs the CLI in a new JVM with no JVM option of its own. */
    static CliProcess run(String... args) {
        return run(List.of(), args);
    }

    /**
     * Runs the CLI in a new JVM.
     *
     * @param jvmOptions options of the JVM, such as {@code -Xmx256m}
     * @param args the arguments of {@code otp}
     */
    static CliProcess run(List<String> jvmOptions, String... args) {
        return runIn(null, jvmOptions, args);
    }

    /**
     * Runs the CLI in a new JVM whose working directory is given.
     *
     * @param workingDirectory the working directory; null for this process's
     * @param jvmOptions options of the JVM, such as {@code -Xmx256m}
     * @param args the arguments of {@code otp}
     */
    static CliProcess runIn(Path workingDirectory, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String jar = System.getProperty("otp.cli.jar");
        if (jar != null) {
            command.add("-jar");
            command.add(Path.of(jar).toAbsolutePath().toString());
        } else {
            command.add("-cp");
            command.add(ChildJvm.classPath(Otp.class));
            command.add(Otp.class.getName());
        }
        command.addAll(Arrays.asList(args));
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("otp-stdout", ".bin");
            err = Files.createTempFile("otp-stderr", ".bin");
            Process p = new ProcessBuilder(command).directory(workingDirectory == null ? null : workingDirectory.toFile())
                .redirectInput(Redirect.from(nullFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(HANG_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("otp did not end within " + HANG_SECONDS + " s: " + String.join(" ", args));
            }
            return new CliProcess(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    /** Standard output decoded as UTF-8. */
    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Standard error decoded as UTF-8. */
    String errText() {
        return new String(err, StandardCharsets.UTF_8);
    }

    /** Asserts the exit code, showing what the command said when it is another. */
    CliProcess exits(int expected) {
        assertThat(exitCode).as("exit code; stderr: %s%nstdout: %s", errText(), abbreviated(outText()))
            .isEqualTo(expected);
        return this;
    }

    private static String abbreviated(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is no failure of the command.
            }
        }
    }
}
