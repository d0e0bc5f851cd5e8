package io.otp.scoring.abnormal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's own abnormality rule, compiled and run in a separate JVM as a host application would: selected
 * by id from {@code EvaluationSettings} when it is registered through the SPI on the class path
 * ({@code META-INF/services}) or on the module path ({@code provides}), and refused with a message that
 * names the missing {@code provides} when a named module only lists it in {@code META-INF/services}
 * (which the Java module system ignores).
 *
 * <p>The lot: budget 100,000.00, price the only criterion, offers 80,000.00, 90,000.00 and 50,000.00. The
 * host's rule delegates to RGLCAP art. 85 and says it ran; with three offers the mean is 220,000 / 3 =
 * 73,333.33 and the limit 90 % of it, 66,000.00, so only B3 (50,000.00) is flagged.
 */
class AbnormalityRuleDiscoveryTest {

    private static final String RULE = """
        package demo;

        import io.otp.scoring.abnormal.AbnormalityAssessment;
        import io.otp.scoring.abnormal.AbnormalityInput;
        import io.otp.scoring.abnormal.rules.AbnormalityRules;
        import io.otp.scoring.spi.AbnormalityRule;

        public final class TenPercentRule implements AbnormalityRule {
            public TenPercentRule() {
            }

            @Override
            public String id() {
                return "host-rule";
            }

            @Override
            public AbnormalityAssessment evaluate(AbnormalityInput input) {
                System.out.println("host-rule judged " + input.offers().size() + " offers");
                return AbnormalityRules.builtIns().require(AbnormalityRules.RGLCAP_85).evaluate(input);
            }
        }
        """;

    private static final String MAIN = """
        package demo;

        import io.otp.core.ValidationException;
        import io.otp.core.classification.CpvCode;
        import io.otp.core.id.BidId;
        import io.otp.core.id.CriterionId;
        import io.otp.core.id.LotId;
        import io.otp.core.id.OrganisationId;
        import io.otp.core.id.PersonId;
        import io.otp.core.id.TenderId;
        import io.otp.core.money.Money;
        import io.otp.core.money.Points;
        import io.otp.core.tender.AwardCriterion;
        import io.otp.core.tender.Bid;
        import io.otp.core.tender.ContractType;
        import io.otp.core.tender.CriterionType;
        import io.otp.core.tender.EvaluationMethod;
        import io.otp.core.tender.FormulaReference;
        import io.otp.core.tender.Lot;
        import io.otp.core.tender.ProcedureType;
        import io.otp.core.tender.Tender;
        import io.otp.scoring.evaluation.Attribution;
        import io.otp.scoring.evaluation.Evaluation;
        import io.otp.scoring.evaluation.EvaluationSettings;
        import java.time.Instant;
        import java.util.List;

        public final class Main {
            public static void main(String[] args) {
                TenderId tender = TenderId.of("2026/HOST-1");
                AwardCriterion price = AwardCriterion.builder().id(CriterionId.of("PRICE")).name("Precio")
                    .type(CriterionType.PRICE).method(EvaluationMethod.FORMULA).maxPoints(Points.of(100))
                    .formula(FormulaReference.of("inverse-proportional")).build();
                Tender t = Tender.builder().id(tender).title("Servicio")
                    .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
                    .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(100_000))
                    .addCpvCodes(CpvCode.of("72000000-5"))
                    .addLots(Lot.builder().id(LotId.of("L1")).title("Servicio").budget(Money.euros(100_000))
                        .addCriteria(price).build())
                    .build();
                Attribution by = Attribution.of(PersonId.of("SECRETARIA"), Instant.parse("2026-05-04T09:00:00Z"));
                try {
                    Evaluation e = Evaluation.start(t, LotId.of("L1"),
                            EvaluationSettings.builder().abnormalityRule("host-rule").build(), by)
                        .registerBids(List.of(bid(tender, "B1", "A58818501", "80000.00"),
                            bid(tender, "B2", "B12345674", "90000.00"), bid(tender, "B3", "A28017895", "50000.00")), by)
                        .sealValueJudgment(by).applyTechnicalThreshold(by).openFormulaEnvelope(by)
                        .scoreFormulaCriteria(by).detectAbnormalOffers(by);
                    System.out.println("flagged " + e.abnormality().orElseThrow().flagged());
                } catch (ValidationException refused) {
                    System.out.println("refused: " + refused.getMessage());
                    System.exit(3);
                }
            }

            private static Bid bid(TenderId tender, String id, String bidder, String offer) {
                return Bid.builder().id(BidId.of(id)).tender(tender).lot(LotId.of("L1"))
                    .bidder(OrganisationId.of(bidder)).economicOffer(Money.euros(offer))
                    .submittedAt(Instant.parse("2026-04-20T10:00:00Z")).build();
            }
        }
        """;

    private static final String SERVICE = "META-INF/services/io.otp.scoring.spi.AbnormalityRule";

    private static String modulePath;

    @TempDir
    static Path work;

    @BeforeAll
    static void sources() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                // the SDK and what it needs at run time; the test libraries stay out of the host's path
                if (!entry.isBlank() && Files.exists(Path.of(entry)) && !entry.contains("test-classes") && !entry.endsWith("-tests.jar")
                        && !entry.matches(".*(junit|opentest4j|apiguardian|assertj|quicktheories|archunit|byte-buddy"
                            + "|surefire|hamcrest|pitest|jacoco).*")) {
                    entries.add(entry);
                }
            }
        }
        modulePath = String.join(File.pathSeparator, entries);
        write("src/demo/TenPercentRule.java", RULE);
        write("src/demo/Main.java", MAIN);
    }

    @Test
    void aRuleListedInMetaInfServicesOnTheClassPathIsSelectedById() throws Exception {
        Path out = work.resolve("cp");
        run(javac("-cp", modulePath, "-d", out.toString(), src("demo/TenPercentRule.java"), src("demo/Main.java")));
        write("cp/" + SERVICE, "# a host's rule\ndemo.TenPercentRule\n");
        Result r = run(java("-cp", out + File.pathSeparator + modulePath, "demo.Main"));
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("host-rule judged 3 offers").contains("flagged [B3]");
    }

    @Test
    void aRuleProvidedByANamedModuleIsSelectedById() throws Exception {
        Path out = work.resolve("mp");
        write("mp-src/module-info.java", "module demo.rules {\n    requires io.otp.scoring;\n"
            + "    provides io.otp.scoring.spi.AbnormalityRule with demo.TenPercentRule;\n}\n");
        run(javac("--module-path", modulePath, "-d", out.toString(), work.resolve("mp-src/module-info.java").toString(),
            src("demo/TenPercentRule.java"), src("demo/Main.java")));
        Result r = run(java("--module-path", out + File.pathSeparator + modulePath, "-m", "demo.rules/demo.Main"));
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("host-rule judged 3 offers").contains("flagged [B3]");
    }

    @Test
    void aNamedModuleThatOnlyListsItsRuleInMetaInfServicesIsToldToDeclareProvides() throws Exception {
        Path out = work.resolve("mp-unprovided");
        write("mpu-src/module-info.java", "module demo.rules {\n    requires io.otp.scoring;\n}\n");
        run(javac("--module-path", modulePath, "-d", out.toString(), work.resolve("mpu-src/module-info.java").toString(),
            src("demo/TenPercentRule.java"), src("demo/Main.java")));
        Files.createDirectories(out.resolve(SERVICE).getParent());
        Files.writeString(out.resolve(SERVICE), "demo.TenPercentRule\n", StandardCharsets.UTF_8);
        Result r = run(java("-Duser.language=en", "--module-path", out + File.pathSeparator + modulePath,
            "-m", "demo.rules/demo.Main"));
        assertThat(r.exit).as(r.output).isEqualTo(3);
        assertThat(r.output).doesNotContain("host-rule judged")
            .contains("unknown abnormality rule host-rule")
            .contains("lists demo.TenPercentRule, which was not loaded")
            .contains("provides io.otp.scoring.spi.AbnormalityRule with");
    }

    private static void write(String relative, String text) throws IOException {
        Path file = work.resolve(relative).normalize();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String src(String relative) {
        return work.resolve("src").resolve(relative).toString();
    }

    private static List<String> javac(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        command.add("-proc:none");
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
        if (command.get(0).endsWith("javac")) {
            assertThat(r.exit).as(r.output).isZero();
        }
        return r;
    }

    private record Result(int exit, String output) {
    }
}
