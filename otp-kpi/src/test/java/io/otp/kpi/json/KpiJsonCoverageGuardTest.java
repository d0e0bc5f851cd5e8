package io.otp.kpi.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.testing.JsonTypeScan;
import io.otp.kpi.indicator.KpiDefinition;
import io.otp.kpi.indicator.KpiId;
import io.otp.kpi.portfolio.DashboardSnapshot;
import io.otp.kpi.portfolio.ProgrammeId;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JSON tests of otp-kpi complete as the module grows: scans the main classes (ArchUnit) for
 * every public type Jackson can write or read and fails, naming the types, when one has no generator in
 * {@link KpiJsonTypes#GENERATORS}, when a registered type is not JSON-capable, when a public subclass of an
 * abstract JSON type (such as {@code TypedId}) is not registered, or when an attribute of a JSON-capable
 * type has a type Jackson cannot handle exactly ({@link JsonTypeScan#FORBIDDEN_TYPES}).
 */
class KpiJsonCoverageGuardTest {

    @Test
    void everyJsonCapableTypeHasAGenerator() {
        Set<String> uncovered = JsonTypeScan.missing(KpiJsonTypes.KPI.readableJsonCapable(),
            JsonTypeScan.namesOf(KpiJsonTypes.GENERATORS.keySet()));
        assertThat(uncovered).as("JSON-capable public types of otp-kpi without a generator in "
            + "KpiJsonTypes.GENERATORS; register one (a generator of realistic instances, in "
            + "io.otp.kpi.testing) for each").isEmpty();
    }

    @Test
    void everyRegisteredTypeIsJsonCapable() {
        Set<String> stale = JsonTypeScan.missing(JsonTypeScan.namesOf(KpiJsonTypes.GENERATORS.keySet()),
            KpiJsonTypes.KPI.readableJsonCapable());
        assertThat(stale).as("types registered in KpiJsonTypes.GENERATORS that the scan does not see as "
            + "readable JSON-capable types").isEmpty();
    }

    @Test
    void abstractJsonTypesAreCoveredThroughTheirSubclasses() {
        Set<String> registered = JsonTypeScan.namesOf(KpiJsonTypes.GENERATORS.keySet());
        Map<String, SortedSet<String>> standIns = KpiJsonTypes.KPI.standIns();
        standIns.forEach((type, subclasses) -> {
            assertThat(subclasses).as("public subclasses of %s", type).isNotEmpty();
            assertThat(JsonTypeScan.missing(subclasses, registered))
                .as("public subclasses of %s without a generator in KpiJsonTypes.GENERATORS", type).isEmpty();
        });
        // The typed ids of the module are written through TypedId's @JsonValue, which lies in otp-core.
        assertThat(registered).contains(KpiId.class.getName(), ProgrammeId.class.getName());
    }

    @Test
    void theScanFindsTheKindsOfJsonTypesOfTheModule() {
        SortedSet<String> found = KpiJsonTypes.KPI.readableJsonCapable();
        // An Immutables sandwich, a computed result, and a typed id inheriting its @JsonValue.
        assertThat(found).contains(KpiDefinition.class.getName(), DashboardSnapshot.class.getName(),
            KpiId.class.getName(), ProgrammeId.class.getName());
        assertThat(found).noneMatch(name -> name.contains(".Immutable"));
        assertThat(found).doesNotContain(KpiDefinition.Builder.class.getName());
    }

    @Test
    void noJsonAttributeHasATypeJacksonCannotHandleExactly() {
        assertThat(JsonTypeScan.forbidden(KpiJsonTypes.KPI.attributeTypes())).as("attributes of otp-kpi's JSON "
            + "types whose type is one of %s: use Optional<Integer>/Optional<Long> instead of "
            + "OptionalInt/OptionalLong, and BigDecimal or Money instead of binary floating point",
            JsonTypeScan.FORBIDDEN_TYPES).isEmpty();
    }

    @Test
    void theAttributeScanSeesTheAttributesOfValueTypes() {
        Map<String, Set<String>> attributes = KpiJsonTypes.KPI.attributeTypes();
        assertThat(attributes.get("io.otp.kpi.portfolio.ProjectEntry.lateMilestones()"))
            .containsExactlyInAnyOrder("java.util.Optional", "java.lang.Integer");
        assertThat(attributes.get("io.otp.kpi.evm.EvmFigures.spi()"))
            .containsExactlyInAnyOrder("java.util.Optional", "java.math.BigDecimal");
    }
}
