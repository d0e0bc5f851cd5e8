package io.otp.codelists;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.NutsCode;
import java.util.Locale;

/**
 * Measures, by hand, what the first use of the codelists costs on a fresh JVM: the time of the first
 * CPV lookup (loading the CPV and its social services), of the first NUTS lookup and of the eForms
 * lists, and the heap the loaded catalogue keeps. Not a test: timing assertions would be flaky. The
 * README's figures come from running it, several times, each in a new JVM:
 *
 * <pre>
 * mvn -B -o -q test-compile -pl otp-core,otp-codelists
 * java -cp "otp-codelists/target/test-classes:otp-codelists/target/classes:otp-core/target/classes:$CP" \
 *     io.otp.codelists.LoadCostMeasurement index     # or: sdk, to parse the eForms SDK jar with StAX
 * </pre>
 *
 * <p>where {@code $CP} holds the eForms SDK, slf4j-api and Jackson annotation jars.
 */
public final class LoadCostMeasurement {

    private LoadCostMeasurement() {
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args {@code index} (default) for the official lists, {@code sdk} to parse the SDK jar
     */
    public static void main(String[] args) {
        boolean sdk = args.length > 0 && args[0].equals("sdk");
        Runtime runtime = Runtime.getRuntime();
        gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();

        long start = System.nanoTime();
        EuCodelists lists = sdk ? EuCodelists.fromSdk(LoadCostMeasurement.class.getClassLoader()) : EuCodelists.official();
        String label = lists.cpv().label(CpvCode.of("72000000-5"), Locale.forLanguageTag("es")).orElseThrow();
        long cpvMillis = elapsed(start);

        start = System.nanoTime();
        String madrid = lists.nuts().label(NutsCode.of("ES300"), Locale.ENGLISH).orElseThrow();
        long nutsMillis = elapsed(start);

        start = System.nanoTime();
        int codes = 0;
        for (EformsCodelist list : EformsCodelist.values()) {
            codes += lists.codelist(list).size();
        }
        long eformsMillis = elapsed(start);

        gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        System.out.printf(Locale.ROOT, "source: %s%n", lists);
        System.out.printf(Locale.ROOT, "first CPV lookup: %d ms (%d codes; 72000000-5 = %s)%n", cpvMillis,
            lists.cpv().size(), label);
        System.out.printf(Locale.ROOT, "first NUTS lookup: %d ms (%d codes; ES300 = %s)%n", nutsMillis,
            lists.nuts().size(), madrid);
        System.out.printf(Locale.ROOT, "six eForms lists: %d ms (%d codes)%n", eformsMillis, codes);
        System.out.printf(Locale.ROOT, "heap retained by all of them: %.1f MB (max heap %d MB)%n",
            retained / (1024.0 * 1024.0), runtime.maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "still reachable: %s%n", lists.cpv().size() + lists.nuts().size() > 0);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
