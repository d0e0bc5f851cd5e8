package io.otp.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.testing.JsonTypeScan;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.SealedEnvelope;
import io.otp.scoring.ranking.RankingResult;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the JSON tests of otp-scoring complete as the module grows: scans the main classes (ArchUnit)
 * for every public type Jackson can write or read and fails, naming the types, when one has no generator
 * in {@link ScoringJsonTypes#GENERATORS}, when a registered type is not JSON-capable, when an abstract
 * JSON type has a public subclass without a generator, or when an attribute of a JSON-capable type has a
 * type Jackson cannot handle exactly ({@link JsonTypeScan#FORBIDDEN_TYPES}).
 */
class ScoringJsonCoverageGuardTest {

    private static final Set<String> REGISTERED = JsonTypeScan.namesOf(ScoringJsonTypes.GENERATORS.keySet());

    @Test
    void everyJsonCapableTypeHasAGenerator() {
        Set<String> uncovered = JsonTypeScan.missing(ScoringJsonTypes.SCORING.readableJsonCapable(), REGISTERED);
        assertThat(uncovered).as("JSON-capable public types of otp-scoring without a generator in "
            + "ScoringJsonTypes.GENERATORS; register one (a generator of realistic instances, in "
            + "io.otp.scoring.testing) for each").isEmpty();
    }

    @Test
    void everyRegisteredTypeIsJsonCapable() {
        Set<String> stale = JsonTypeScan.missing(REGISTERED, ScoringJsonTypes.SCORING.readableJsonCapable());
        assertThat(stale).as("types registered in ScoringJsonTypes.GENERATORS that the scan does not see as "
            + "readable JSON-capable types").isEmpty();
    }

    @Test
    void abstractJsonTypesAreCoveredThroughTheirSubclasses() {
        Map<String, SortedSet<String>> standIns = ScoringJsonTypes.SCORING.standIns();
        standIns.forEach((type, subclasses) -> {
            assertThat(subclasses).as("public subclasses of %s", type).isNotEmpty();
            assertThat(JsonTypeScan.missing(subclasses, REGISTERED))
                .as("public subclasses of %s without a generator in ScoringJsonTypes.GENERATORS", type).isEmpty();
        });
    }

    @Test
    void theScanFindsTheKnownKindsOfJsonTypes() {
        SortedSet<String> found = ScoringJsonTypes.SCORING.jsonCapable();
        // An Immutables sandwich, a hand-written @JsonCreator with @JsonProperty, an aggregate.
        assertThat(found).contains(RankingResult.class.getName(), SealedEnvelope.class.getName(),
            Evaluation.class.getName());
        assertThat(found).noneMatch(name -> name.contains(".Immutable"));
        assertThat(found).doesNotContain(RankingResult.class.getName() + "$Builder");
    }

    @Test
    void everyTypeCheckedByItsJsonIsRegistered() {
        assertThat(JsonTypeScan.missing(JsonTypeScan.namesOf(ScoringJsonTypes.BARE_DECIMALS), REGISTERED))
            .as("types whose fuzzing compares bytes but which have no generator").isEmpty();
    }

    @Test
    void noJsonAttributeHasATypeJacksonCannotHandleExactly() {
        Map<String, Set<String>> attributes = ScoringJsonTypes.SCORING.attributeTypes();
        assertThat(attributes).as("the scan sees the attributes of otp-scoring's value types")
            .containsKey(RankingResult.class.getName() + ".seed()");
        assertThat(JsonTypeScan.forbidden(attributes)).as("attributes of otp-scoring's JSON types whose type is "
            + "one of %s: use Optional<Integer>/Optional<Long> instead of OptionalInt/OptionalLong, and "
            + "BigDecimal, Money, Percentage or Points instead of binary floating point",
            JsonTypeScan.FORBIDDEN_TYPES).isEmpty();
    }
}
