package io.otp.codelists.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.codelists.CodelistEntry;
import io.otp.codelists.CpvEntry;
import io.otp.codelists.EformsCodelist;
import io.otp.codelists.EuCodelists;
import io.otp.codelists.NutsEntry;
import io.otp.codelists.testing.CodelistGenerators;
import io.otp.core.json.OtpJson;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonRoundTrips;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonTypeScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The code list entries' JSON (an application may cache or exchange them): every readable JSON-capable
 * public type of otp-codelists has a generator of official entries here (checked against a scan of the
 * bytecode), round-trips exactly, and mutated documents (see {@link io.otp.core.testing.JsonMutations})
 * are read into values that round-trip or refused with the SDK's {@code ValidationException} naming a
 * path, a rule and a message, each within 1 s ({@link JsonFuzzer}).
 *
 * <p>The number of fuzz cases is {@value #DEFAULT_CASES} unless {@code otp.fuzz.cases} says otherwise.
 */
class CodelistJsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    private static final OtpJson JSON = OtpJson.standard();

    private static final JsonTypeScan SCAN = JsonTypeScan.of("io.otp.codelists");

    /** One generator of official entries per readable JSON-capable type of otp-codelists. */
    static final Map<Class<?>, Gen<?>> GENERATORS = registry();

    private static Map<Class<?>, Gen<?>> registry() {
        Map<Class<?>, Gen<?>> out = new LinkedHashMap<>();
        List<CodelistEntry> entries = new ArrayList<>();
        Arrays.stream(EformsCodelist.values()).forEach(list -> entries.addAll(EuCodelists.official().codelist(list)
            .entries()));
        out.put(CodelistEntry.class, integers().between(0, entries.size() - 1).map(entries::get));
        // the entries at the top of each classification (no parent) are mixed in at 10 %, so that both forms
        // of the optional parent are always written
        List<CpvEntry> divisions = EuCodelists.official().cpv().entries().stream().filter(e -> e.parent().isEmpty())
            .collect(Collectors.toList());
        List<NutsEntry> countries = EuCodelists.official().nuts().entries().stream().filter(e -> e.parent().isEmpty())
            .collect(Collectors.toList());
        out.put(CpvEntry.class, CodelistGenerators.cpvEntries().mix(Generate.pick(divisions), 10));
        out.put(NutsEntry.class, CodelistGenerators.nutsEntries().mix(Generate.pick(countries), 10));
        return out;
    }

    @Test
    void everyReadableJsonTypeHasAGeneratorAndNoneIsStale() {
        assertThat(JsonTypeScan.namesOf(GENERATORS.keySet())).isEqualTo(SCAN.readableJsonCapable());
        assertThat(JsonTypeScan.forbidden(SCAN.attributeTypes())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyTypeRoundTripsExactlyAndItsGeneratorCoversEveryProperty() {
        return JsonRoundTrips.everyType(GENERATORS, 300);
    }

    @Test
    void mutatedEntriesAreReadOrRefusedWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = JsonFuzzer.documentsOf(GENERATORS);
        JsonFuzzer.addEnums(documents, SCAN.publicEnums());
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        assertThat(JsonFuzzer.run(documents, cases, RoundTrip.EQUAL_VALUE)).as("mutated documents checked")
            .isGreaterThanOrEqualTo(JsonFuzzer.atLeast(cases));
    }
}
