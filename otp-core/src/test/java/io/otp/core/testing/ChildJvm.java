package io.otp.core.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts a class of the tests in a JVM of its own, as a user's process would run the SDK: the tests' classes
 * and every module and jar of the test run (surefire puts the SDK's modules on the module path and the rest
 * on the class path) on one class path, with the Java of the running tests.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * The class path of a child JVM: the code source of a class of the tests, then the module path and the
     * class path of this JVM, without repeats.
     *
     * @param anchor a class of the tests; not null
     * @return the class path, not null
     */
    public static String classPath(Class<?> anchor) {
        List<String> entries = new ArrayList<>();
        try {
            entries.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the location of " + anchor + " is not a path", e);
        }
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        return entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * A process builder that runs a class's {@code main} in a child JVM.
     *
     * @param main the class with {@code public static void main(String[])}; not null
     * @param jvmOptions options of the JVM, e.g. {@code -Xmx256m}; not null
     * @param args the arguments; not null
     * @return the builder, not started
     */
    public static ProcessBuilder of(Class<?> main, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(main));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
