package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.money.Money;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcdsMapperTest {

    private final OcdsMapper mapper = new OcdsMapper(OcdsFixtures.settings());
    private final ContractingProcess process = OcdsFixtures.process();

    private String releasePackage(ContractingProcess p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<OcdsRelease> releases = new ArrayList<>(mapper.releases(p));
        releases.add(mapper.compiledRelease(p));
        new OcdsPackageWriter(OcdsFixtures.settings()).writeReleasePackage(out, releases.iterator());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneReleasePerStageReachedWithDeterministicIdsAndTags() {
        assertThat(process.stage()).isEqualTo(OcdsStage.IMPLEMENTATION);
        List<OcdsRelease> releases = mapper.releases(process);
        assertThat(releases).extracting(OcdsRelease::id).containsExactly(
            "ocds-otp001-2026/EXP-0100-01-planning", "ocds-otp001-2026/EXP-0100-02-tender",
            "ocds-otp001-2026/EXP-0100-03-award", "ocds-otp001-2026/EXP-0100-04-contract",
            "ocds-otp001-2026/EXP-0100-05-implementation");
        assertThat(releases).extracting(r -> r.tags().get(0))
            .containsExactly("planning", "tender", "award", "contract", "implementation");
        assertThat(releases).extracting(OcdsRelease::ocid).containsOnly("ocds-otp001-2026/EXP-0100");
        assertThat(mapper.compiledRelease(process).tags()).containsExactly("compiled");
    }

    @Test
    void planningPublishesTheNeedsAsRationaleAndBudget() {
        Need need = Need.builder().id(NeedId.of("N-7")).requestingDepartment(DepartmentId.of("D-TIC"))
            .title("Soporte a usuarios").description("Atención a usuarios de los puestos municipales")
            .category(NeedCategory.SUPPORT_AND_MAINTENANCE).urgency(Urgency.HIGH)
            .dateRaised(LocalDate.of(2026, 1, 15)).estimatedBudget(Money.euros(110_000)).build();
        ContractingProcess p = ContractingProcess.builder().tender(OcdsFixtures.tender()).addNeeds(need)
            .addContracts(OcdsFixtures.contract()).build();
        OcdsRelease planning = mapper.release(p, OcdsStage.PLANNING);
        assertThat(planning.date()).isEqualTo("2026-01-15T00:00:00+01:00");
        JsonNode r = SchemaCheck.tree(planning.toJson());
        assertThat(r.path("planning").path("rationale").asText()).isEqualTo("N-7: Soporte a usuarios");
        assertThat(r.path("planning").path("budget").path("amount").path("amount").decimalValue())
            .isEqualByComparingTo("110000.00");
        assertThat(r.path("tender").path("status").asText()).isEqualTo("planned");
        assertThat(r.has("bids")).isFalse();
        // The contract release is dated on the contract's start, 1 June 2026 (summer time, +02:00).
        assertThat(mapper.release(p, OcdsStage.CONTRACT).date()).isEqualTo("2026-06-01T00:00:00+02:00");
    }

    @Test
    void stageFollowsTheProcess() {
        ContractingProcess tenderOnly = ContractingProcess.builder().tender(OcdsFixtures.tender()).build();
        assertThat(tenderOnly.stage()).isEqualTo(OcdsStage.TENDER);
        ContractingProcess awarded = ContractingProcess.builder().tender(OcdsFixtures.tender())
            .addAllBids(OcdsFixtures.bids()).addEvaluations(OcdsFixtures.evaluation()).build();
        assertThat(awarded.stage()).isEqualTo(OcdsStage.AWARD);
        assertThat(mapper.releases(awarded)).hasSize(3);
    }

    @Test
    void sameProcessGivesByteIdenticalPackages() {
        String first = releasePackage(OcdsFixtures.process());
        String second = releasePackage(OcdsFixtures.process());
        assertThat(first).isEqualTo(second);
        assertThat(first.getBytes(StandardCharsets.UTF_8)).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publishesBidsScoresRankAndAbnormalFlag() {
        JsonNode r = SchemaCheck.tree(mapper.release(process, OcdsStage.AWARD).toJson());
        JsonNode details = r.path("bids").path("details");
        assertThat(details).hasSize(3);
        // Fixture: B1 54.00 + 30 = 84.00 (rank 2); B2 60.00 + 25 = 85.00 (rank 1); B3 45.00 + 35 = 80.00.
        JsonNode b2 = details.get(1);
        assertThat(b2.path("id").asText()).isEqualTo("B2");
        assertThat(b2.path("status").asText()).isEqualTo("valid");
        assertThat(b2.path("value").path("amount").decimalValue()).isEqualByComparingTo("90000.00");
        assertThat(b2.path("value").path("currency").asText()).isEqualTo("EUR");
        assertThat(b2.path("evaluation").path("totalScore").decimalValue()).isEqualByComparingTo("85.00");
        assertThat(b2.path("evaluation").path("rank").asInt()).isEqualTo(1);
        assertThat(b2.path("evaluation").path("abnormallyLow").asBoolean()).isFalse();
        JsonNode price = b2.path("evaluation").path("scores").get(0);
        assertThat(price.path("relatedCriterion").asText()).isEqualTo("L1-PRICE");
        assertThat(price.path("formula").asText()).isEqualTo("inverse-proportional");
        assertThat(price.path("score").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(details.get(0).path("evaluation").path("scores").get(0).path("score").decimalValue())
            .isEqualByComparingTo("54.00");
        JsonNode award = r.path("awards").get(0);
        assertThat(award.path("status").asText()).isEqualTo("active");
        assertThat(award.path("relatedBids").get(0).asText()).isEqualTo("B2");
        assertThat(award.path("suppliers").get(0).path("name").asText()).isEqualTo("Soporte Dos SL");
    }

    @Test
    void amountsAreExactNumbersWithCurrencyAndDatesCarryAnOffset() {
        String json = mapper.compiledRelease(process).toJson();
        assertThat(json).contains("\"value\":{\"amount\":120000.00,\"currency\":\"EUR\"}");
        JsonNode r = SchemaCheck.tree(json);
        List<String> dates = new ArrayList<>();
        collectDates(r, dates);
        assertThat(dates).isNotEmpty();
        for (String d : dates) {
            assertThat(OffsetDateTime.parse(d)).as(d).isNotNull();
        }
        // A calendar date is the start of that day in Madrid: 2 March 2026 is in winter time, +01:00.
        assertThat(r.path("tender").path("tenderPeriod").path("startDate").asText())
            .isEqualTo("2026-03-02T00:00:00+01:00");
        assertThat(r.path("contracts").get(0).path("implementation").path("metrics").get(0).path("observations")
            .get(0).path("measure").decimalValue()).isEqualTo(new BigDecimal("0.97"));
    }

    private static void collectDates(JsonNode n, List<String> out) {
        n.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (e.getValue().isTextual() && (k.equals("date") || k.endsWith("Date") || k.equals("dateMet"))) {
                out.add(e.getValue().asText());
            } else {
                collectDates(e.getValue(), out);
            }
        });
        if (n.isArray()) {
            n.forEach(c -> collectDates(c, out));
        }
    }

    @Test
    void partiesCarryTheirRolesInCodelistOrder() {
        JsonNode parties = SchemaCheck.tree(mapper.compiledRelease(process).toJson()).path("parties");
        JsonNode buyer = parties.get(0);
        assertThat(buyer.path("id").asText()).isEqualTo("L01280796");
        assertThat(buyer.path("roles").toString()).isEqualTo("[\"buyer\",\"procuringEntity\",\"payer\"]");
        List<String> all = new ArrayList<>();
        parties.forEach(p -> p.path("roles").forEach(x -> all.add(p.path("id").asText() + ":" + x.asText())));
        assertThat(all).contains("EU-RRF:funder", "A58818501:tenderer", "B12345674:supplier", "B12345674:tenderer",
            "B12345674:payee");
    }

    @Test
    void everyExportedPackageValidatesAgainstTheOfficialAndExtendedSchemas() {
        String pkg = releasePackage(process);
        assertThat(SchemaCheck.errors(pkg)).isEmpty();
    }

    @Test
    void everyFieldWrittenIsDeclaredByTheStandardOrAnExtension() {
        assertThat(SchemaCheck.undeclared(mapper.compiledRelease(process).toJson())).isEmpty();
    }

    @Test
    void recordPackageValidatesToo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = new OcdsPackageWriter(OcdsFixtures.settings()).writeRecordPackage(out, List.of(process).iterator());
        assertThat(n).isEqualTo(1);
        String pkg = out.toString(StandardCharsets.UTF_8);
        assertThat(SchemaCheck.errors(pkg)).isEmpty();
        assertThat(SchemaCheck.tree(pkg).path("records").get(0).path("releases")).hasSize(5);
    }
}
