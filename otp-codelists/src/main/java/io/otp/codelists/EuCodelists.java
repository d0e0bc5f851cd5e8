package io.otp.codelists;

import io.otp.codelists.internal.CodeTable;
import io.otp.codelists.internal.CodelistSource;
import io.otp.codelists.internal.SdkJarSource;
import io.otp.codelists.internal.SourceException;
import io.otp.codelists.internal.Sources;
import io.otp.core.ValidationException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official EU codelists of the eForms SDK ({@code eu.europa.ted.eforms:eforms-sdk}, Publications
 * Office of the European Union, CC BY 4.0): the CPV, the NUTS regions and the eForms codelists, with
 * Spanish and English labels.
 *
 * <pre>{@code
 * EuCodelists lists = EuCodelists.official();
 * lists.cpv().label(CpvCode.of("72000000-5"), Locale.forLanguageTag("es"));
 * lists.nuts().find(NutsCode.of("ES511"));                        // Barcelona, level 3
 * lists.codelist(EformsCodelist.PROCUREMENT_PROCEDURE_TYPE).contains("neg-w-call");
 * }</pre>
 *
 * <p><b>Loading.</b> Each list is loaded the first time it is asked for, once per instance, and kept
 * (the CPV together with its list of social services). The official instance reads an index that
 * otp-codelists' build made from the eForms SDK with the same StAX parser ({@code cpv} in well under
 * a second; see the README for measured figures) as long as the eForms SDK on the class path is the
 * version the index was made from, and parses the SDK's genericode files with StAX otherwise
 * ({@link #fromSdk(ClassLoader)} always does; cpv.gc is 32 MB, about a second). Lists the index does
 * not have are parsed from the SDK whenever asked for ({@link #codelist(String)}).
 *
 * <p>This class is thread-safe.
 */
public final class EuCodelists {

    private static final Logger LOG = LoggerFactory.getLogger(EuCodelists.class);

    private static final String CPV = "cpv";
    private static final String SOCIAL_SERVICES = "cpv_social-service-cpv";
    private static final String NUTS = "nuts";

    private final CodelistSource source;
    private final Object cpvLock = new Object();
    private final Object nutsLock = new Object();
    private volatile CpvClassification cpv;
    private volatile NutsClassification nuts;
    private final ConcurrentMap<String, Codelist> lists = new ConcurrentHashMap<>();

    private EuCodelists(CodelistSource source) {
        this.source = source;
    }

    /**
     * The official lists, through the class loader of this module: one shared instance, so each list
     * is loaded once per process.
     *
     * @return the shared instance, not null
     */
    public static EuCodelists official() {
        return Official.INSTANCE;
    }

    /**
     * Lists parsed from the eForms SDK jar a class loader sees, without the pre-built index: for a host
     * that loads the SDK jar in its own class loader. Every call returns a new instance with its own
     * cache; keep the one you use.
     *
     * @param loader the class loader that sees {@code eforms-sdk/codelists/}; not null
     * @return a new instance, not null
     */
    public static EuCodelists fromSdk(ClassLoader loader) {
        return new EuCodelists(new SdkJarSource(Objects.requireNonNull(loader, "loader")));
    }

    /** A new instance with the official choice of source, for measuring a first load in tests. */
    static EuCodelists fresh() {
        return fromSources(loaderOf(EuCodelists.class));
    }

    /** A new instance choosing its source as {@link #official()} does, for the SDK a class loader sees. */
    static EuCodelists fromSources(ClassLoader loader) {
        return new EuCodelists(Sources.official(loader));
    }

    private static ClassLoader loaderOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null ? ClassLoader.getSystemClassLoader() : loader;
    }

    /**
     * The version of the eForms SDK the lists come from.
     *
     * @return e.g. {@code 1.15.1}; {@code unknown} when a repackaged SDK jar does not say; not null
     */
    public String sdkVersion() {
        return source.sdkVersion();
    }

    /**
     * The Common Procurement Vocabulary with its hierarchy, labels and social services; loaded on the
     * first call.
     *
     * @return the classification, not null
     * @throws CodelistException if the lists cannot be found or read
     */
    public CpvClassification cpv() {
        CpvClassification loaded = cpv;
        if (loaded == null) {
            synchronized (cpvLock) {
                loaded = cpv;
                if (loaded == null) {
                    long start = System.nanoTime();
                    CodeTable codes = load(CPV);
                    CodeTable social = load(SOCIAL_SERVICES);
                    loaded = build(CPV, () -> CpvClassification.of(codes, social));
                    cpv = loaded;
                    logLoaded(CPV, loaded.size(), start);
                }
            }
        }
        return loaded;
    }

    /**
     * The NUTS classification; loaded on the first call.
     *
     * @return the classification, not null
     * @throws CodelistException if the list cannot be found or read
     */
    public NutsClassification nuts() {
        NutsClassification loaded = nuts;
        if (loaded == null) {
            synchronized (nutsLock) {
                loaded = nuts;
                if (loaded == null) {
                    long start = System.nanoTime();
                    CodeTable codes = load(NUTS);
                    loaded = build(NUTS, () -> NutsClassification.of(codes));
                    nuts = loaded;
                    logLoaded(NUTS, loaded.size(), start);
                }
            }
        }
        return loaded;
    }

    /**
     * One of the eForms codelists the core maps to; loaded on the first call.
     *
     * @param list the list; not null
     * @return the codelist, not null
     * @throws CodelistException if the list cannot be found or read
     */
    public Codelist codelist(EformsCodelist list) {
        return codelist(Objects.requireNonNull(list, "list").id());
    }

    /**
     * Any codelist of the eForms SDK by its identifier, the name of its file in
     * {@code eforms-sdk/codelists/} without {@code .gc}, e.g. {@code main-activity}; loaded on the
     * first call.
     *
     * @param id the identifier; not null
     * @return the codelist, not null
     * @throws CodelistException if the SDK has no such list or it cannot be read
     */
    public Codelist codelist(String id) {
        Objects.requireNonNull(id, "id");
        return lists.computeIfAbsent(id, name -> {
            long start = System.nanoTime();
            CodeTable table = load(name);
            Codelist list = build(name, () -> Codelist.of(table));
            logLoaded(name, list.size(), start);
            return list;
        });
    }

    private CodeTable load(String name) {
        try {
            return source.load(name);
        } catch (SourceException e) {
            throw new CodelistException(e.getMessage(), e);
        }
    }

    private <T> T build(String name, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (ValidationException e) {
            throw new CodelistException("codelist " + name + " from the " + source.description()
                + " has an invalid row: " + e.getMessage(), e);
        }
    }

    private void logLoaded(String name, int size, long start) {
        LOG.debug("Loaded codelist {} ({} codes) from the {} in {} ms", name, size, source.description(),
            (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Describes where the lists come from (the pre-built index or the SDK jar).
     *
     * @return the description, e.g. {@code index pre-built from eForms SDK 1.15.1}; not null
     */
    String sourceDescription() {
        return source.description();
    }

    /**
     * Describes the instance, e.g. {@code EuCodelists[index pre-built from eForms SDK 1.15.1]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "EuCodelists[" + source.description() + "]";
    }

    /** Holds the official instance, created when first asked for. */
    private static final class Official {
        static final EuCodelists INSTANCE = new EuCodelists(Sources.official(loaderOf(EuCodelists.class)));
    }
}
