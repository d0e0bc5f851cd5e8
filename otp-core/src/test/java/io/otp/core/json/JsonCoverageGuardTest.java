package io.otp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.LotId;
import io.otp.core.id.TypedId;
import io.otp.core.money.Money;
import io.otp.core.party.TaxId;
import io.otp.core.rules.ThresholdTable;
import io.otp.core.tender.Lot;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.core.testing.JsonTypeScan;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JSON tests complete as otp-core grows: scans the main classes (ArchUnit) for every public
 * type Jackson can write or read and fails, naming the types, when one has no generator in
 * {@link EveryValueTypeRoundTripTest#GENERATORS}, when a value type with a {@code @Value.Check}
 * invariant has no breaker in {@link InvariantsThroughJsonTest#BREAKERS}, or when an attribute of a
 * JSON-capable type has a type Jackson cannot handle exactly ({@link JsonTypeScan#FORBIDDEN_TYPES}).
 */
class JsonCoverageGuardTest {

    @Test
    void everyJsonCapableTypeHasARoundTripGenerator() {
        Set<String> uncovered = JsonTypeScan.missing(SdkJsonTypes.CORE.readableJsonCapable(),
            JsonTypeScan.namesOf(EveryValueTypeRoundTripTest.GENERATORS.keySet()));
        assertThat(uncovered).as("JSON-capable public types of otp-core without a generator in "
            + "EveryValueTypeRoundTripTest.GENERATORS; register one (a generator of realistic instances, "
            + "in io.otp.core.testing) for each").isEmpty();
    }

    @Test
    void everyRegisteredTypeIsJsonCapable() {
        Set<String> stale = JsonTypeScan.missing(JsonTypeScan.namesOf(EveryValueTypeRoundTripTest.GENERATORS.keySet()),
            SdkJsonTypes.CORE.readableJsonCapable());
        assertThat(stale).as("types registered in EveryValueTypeRoundTripTest.GENERATORS that the scan does not "
            + "see as readable JSON-capable types").isEmpty();
    }

    @Test
    void abstractJsonTypesAreCoveredThroughTheirSubclasses() {
        Map<String, SortedSet<String>> standIns = SdkJsonTypes.CORE.standIns();
        assertThat(standIns).containsKey(TypedId.class.getName());
        Set<String> registered = JsonTypeScan.namesOf(EveryValueTypeRoundTripTest.GENERATORS.keySet());
        standIns.forEach((type, subclasses) -> {
            assertThat(subclasses).as("public subclasses of %s", type).isNotEmpty();
            assertThat(JsonTypeScan.missing(subclasses, registered))
                .as("public subclasses of %s without a generator in EveryValueTypeRoundTripTest.GENERATORS", type)
                .isEmpty();
        });
    }

    @Test
    void theScanFindsTheKnownKindsOfJsonTypes() {
        SortedSet<String> found = SdkJsonTypes.CORE.jsonCapable();
        // One of each way of being JSON-capable: Immutables sandwich, @JsonCreator with @JsonProperty,
        // @JsonCreator with @JsonValue, an inherited @JsonValue, a delegating creator on a list.
        assertThat(found).contains(Tender.class.getName(), Lot.class.getName(), Money.class.getName(),
            TaxId.class.getName(), TypedId.class.getName(), LotId.class.getName(), ThresholdTable.class.getName());
        assertThat(found).noneMatch(name -> name.contains(".Immutable"));
        assertThat(found).doesNotContain(Tender.Builder.class.getName());
    }

    @Test
    void everyValueTypeWithAnInvariantHasJsonBreakers() {
        SortedSet<String> checked = SdkJsonTypes.CORE.withInvariants();
        assertThat(checked).as("the scan sees @Value.Check methods").contains(Tender.class.getName(),
            TieBreakData.class.getName());
        Set<String> unbroken = JsonTypeScan.missing(checked,
            JsonTypeScan.namesOf(InvariantsThroughJsonTest.BREAKERS.keySet()));
        assertThat(unbroken).as("Immutables value types with a @Value.Check invariant but no breaker in "
            + "InvariantsThroughJsonTest.BREAKERS (JSON of an invalid instance and the violation expected)")
            .isEmpty();
    }

    @Test
    void noJsonAttributeHasATypeJacksonCannotHandleExactly() {
        Map<String, Set<String>> attributes = SdkJsonTypes.CORE.attributeTypes();
        assertThat(JsonTypeScan.forbidden(attributes)).as("attributes of otp-core's JSON types whose type is "
            + "one of %s: use Optional<Integer>/Optional<Long> instead of OptionalInt/OptionalLong, and "
            + "BigDecimal, Money, Percentage or Points instead of binary floating point",
            JsonTypeScan.FORBIDDEN_TYPES).isEmpty();
    }

    @Test
    void theAttributeScanSeesTheAttributesOfValueTypes() {
        Map<String, Set<String>> attributes = SdkJsonTypes.CORE.attributeTypes();
        assertThat(attributes.get(TieBreakData.class.getName() + ".permanentDisabledWorkers()"))
            .containsExactlyInAnyOrder("java.util.Optional", "java.lang.Integer");
        assertThat(attributes).containsKey("io.otp.core.tender.ImmutableTieBreakData.permanentDisabledWorkers()");
        assertThat(attributes).containsKey(Money.class.getName() + ".amount()");
    }

    /** How TieBreakData looked before its fix, plus a binary floating-point share. */
    static final class LegacyTieBreak {

        private final OptionalInt permanentDisabledWorkers;

        private LegacyTieBreak(OptionalInt permanentDisabledWorkers) {
            this.permanentDisabledWorkers = permanentDisabledWorkers;
        }

        @JsonCreator
        static LegacyTieBreak of(@JsonProperty("permanentDisabledWorkers") OptionalInt count) {
            return new LegacyTieBreak(count);
        }

        @JsonProperty("permanentDisabledWorkers")
        OptionalInt permanentDisabledWorkers() {
            return permanentDisabledWorkers;
        }

        @JsonProperty("womenShare")
        double womenShare() {
            return 0.5;
        }
    }

    @Test
    void theAttributeScanCatchesTheOptionalIntBugAndBinaryFloatingPoint() {
        List<String> found = JsonTypeScan.forbidden(JsonTypeScan.attributeTypes(
            List.copyOf(new ClassFileImporter().importClasses(LegacyTieBreak.class))));
        String owner = LegacyTieBreak.class.getName();
        assertThat(found).containsExactlyInAnyOrder(
            owner + ".of() parameter 0: java.util.OptionalInt",
            owner + ".of(): java.util.OptionalInt",
            owner + ".permanentDisabledWorkers(): java.util.OptionalInt",
            owner + ".womenShare(): double");
    }

    @Test
    void otpJsonIndeedCannotWriteAnOptionalInt() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> OtpJson.standard().write(LegacyTieBreak.of(OptionalInt.of(3))));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly(JsonErrors.UNSUPPORTED);
    }
}
