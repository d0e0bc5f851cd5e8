package io.otp.scoring.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.otp.core.ValidationException;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.spi.ScoringFormula;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's plugin directory seen through a child class loader: registries discover the providers there and,
 * as the registry convention says, skip a provider that cannot be loaded with a warning.
 */
class ProviderDiscoveryTest {

    /** A formula plugin whose jar lost a class it needs (a dependency missing from the plugin directory). */
    @Test
    void aFormulaProviderWhoseClassCannotBeLinkedIsSkippedNotFatal(@TempDir Path dir) throws Exception {
        compile(dir, "plug/Base.java", "package plug;\n"
            + "public abstract class Base implements io.otp.scoring.spi.ScoringFormula {\n"
            + "  public String id() { return \"plugin-formula\"; }\n"
            + "  public java.util.List<io.otp.scoring.spi.FormulaParameter> parameters() { return java.util.List.of(); }\n"
            + "  public java.util.SortedMap<io.otp.core.id.BidId, io.otp.scoring.spi.FormulaScore> score("
            + "io.otp.scoring.spi.FormulaInput in) { throw new UnsupportedOperationException(); }\n"
            + "}\n",
            "plug/Broken.java", "package plug;\npublic class Broken extends Base { }\n");
        Files.delete(dir.resolve("plug/Base.class"));
        service(dir, ScoringFormula.class, "plug.Broken");
        try (URLClassLoader child = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                Formulas.class.getClassLoader())) {
            Formulas found = assertDoesNotThrow(() -> Formulas.discovered(child));
            assertThat(found.ids()).isEqualTo(Formulas.builtIns().ids());
        }
    }

    /** The same for an abnormality rule plugin. */
    @Test
    void anAbnormalityRuleProviderWhoseClassCannotBeLinkedIsSkippedNotFatal(@TempDir Path dir) throws Exception {
        compile(dir, "plug/RuleBase.java", "package plug;\n"
            + "public abstract class RuleBase implements io.otp.scoring.spi.AbnormalityRule {\n"
            + "  public String id() { return \"plugin-rule\"; }\n"
            + "  public io.otp.scoring.abnormal.AbnormalityAssessment evaluate("
            + "io.otp.scoring.abnormal.AbnormalityInput in) { throw new UnsupportedOperationException(); }\n"
            + "}\n",
            "plug/BrokenRule.java", "package plug;\npublic class BrokenRule extends RuleBase { }\n");
        Files.delete(dir.resolve("plug/RuleBase.class"));
        service(dir, io.otp.scoring.spi.AbnormalityRule.class, "plug.BrokenRule");
        try (URLClassLoader child = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                Formulas.class.getClassLoader())) {
            AbnormalityRules found = assertDoesNotThrow(() -> AbnormalityRules.discovered(child));
            assertThat(found.ids()).isEqualTo(AbnormalityRules.builtIns().ids());
        }
    }

    /** A provider with a null id: AbnormalityRules refuses it with a ValidationException, Formulas should too. */
    @Test
    void aFormulaProviderWithANullIdIsAValidationExceptionAsItIsForAbnormalityRules(@TempDir Path dir)
            throws Exception {
        compile(dir, "plug/NullId.java", "package plug;\n"
            + "public class NullId implements io.otp.scoring.spi.ScoringFormula {\n"
            + "  public String id() { return null; }\n"
            + "  public java.util.List<io.otp.scoring.spi.FormulaParameter> parameters() { return java.util.List.of(); }\n"
            + "  public java.util.SortedMap<io.otp.core.id.BidId, io.otp.scoring.spi.FormulaScore> score("
            + "io.otp.scoring.spi.FormulaInput in) { throw new UnsupportedOperationException(); }\n"
            + "}\n");
        service(dir, ScoringFormula.class, "plug.NullId");
        try (URLClassLoader child = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                Formulas.class.getClassLoader())) {
            assertThatThrownBy(() -> Formulas.discovered(child)).isInstanceOf(ValidationException.class);
        }
    }

    private static void service(Path dir, Class<?> service, String provider) throws IOException {
        Path file = dir.resolve("META-INF/services/" + service.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, provider + "\n", StandardCharsets.UTF_8);
    }

    private static void compile(Path dir, String... namesAndSources) throws Exception {
        Path javacBin = Path.of(System.getProperty("java.home"), "bin", "javac");
        List<String> args = new java.util.ArrayList<>(List.of(javacBin.toString(), "-d", dir.toString(), "-classpath", Stream.of(
            System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
            .filter(s -> !s.isEmpty()).collect(Collectors.joining(File.pathSeparator))));
        for (int i = 0; i < namesAndSources.length; i += 2) {
            Path src = dir.resolve("src").resolve(namesAndSources[i]);
            Files.createDirectories(src.getParent());
            Files.writeString(src, namesAndSources[i + 1], StandardCharsets.UTF_8);
            args.add(src.toString());
        }
        Process javac = new ProcessBuilder(args).inheritIO().start();
        assertThat(javac.waitFor()).isZero();
    }
}
