package io.otp.codelists.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the codelists pre-indexed at build time ({@link IndexGenerator}) from this module's
 * resources {@code io/otp/codelists/internal/index/}; lists it does not have are read from the
 * eForms SDK jar.
 */
public final class IndexSource implements CodelistSource {

    /** The lists the build indexes: those the API of otp-codelists names. */
    public static final List<String> INDEXED = List.of("cpv", "cpv_social-service-cpv", "nuts",
        "procurement-procedure-type", "award-criterion-type", "number-weight", "number-threshold", "number-fixed",
        "contract-nature");

    /** The folder of the index, relative to this class's package. */
    static final String FOLDER = "index/";

    /** The file naming the eForms SDK version the index was built from. */
    static final String MANIFEST = FOLDER + "index.properties";

    private final String sdkVersion;
    private final Set<String> lists;
    private final SdkJarSource others;

    private IndexSource(String sdkVersion, Set<String> lists, SdkJarSource others) {
        this.sdkVersion = sdkVersion;
        this.lists = lists;
        this.others = others;
    }

    /**
     * Opens the index of this module.
     *
     * @param others where the lists the index does not have are read from; not null
     * @return the index; empty when the module was built without one
     * @throws SourceException if the index manifest is unreadable
     */
    public static Optional<IndexSource> open(SdkJarSource others) {
        Objects.requireNonNull(others, "others");
        try (InputStream in = IndexSource.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("eforms-sdk.version", "unknown");
            Set<String> lists = Set.of(p.getProperty("lists", "").split(","));
            return Optional.of(new IndexSource(version, lists, others));
        } catch (IOException e) {
            throw new SourceException("the codelist index manifest " + MANIFEST + " could not be read: "
                + e.getMessage(), e);
        }
    }

    /**
     * Tells whether the index has a list.
     *
     * @param name the list's name; not null
     * @return true if the list is indexed
     */
    public boolean has(String name) {
        return lists.contains(name);
    }

    @Override
    public CodeTable load(String name) {
        if (!has(name)) {
            return others.load(name);
        }
        String resource = FOLDER + name + ".tsv";
        InputStream in = IndexSource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new SourceException("the codelist index has no file " + resource + " although its manifest"
                + " lists it: the otp-codelists jar is incomplete");
        }
        return IndexFormat.read(in, "codelist index " + resource);
    }

    @Override
    public String sdkVersion() {
        return sdkVersion;
    }

    @Override
    public String description() {
        return "index pre-built from eForms SDK " + sdkVersion;
    }
}
