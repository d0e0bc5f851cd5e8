package io.otp.codelists.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads codelists from the eForms SDK jar ({@code eu.europa.ted.eforms:eforms-sdk}) found through a
 * class loader: {@code eforms-sdk/codelists/<name>.gc}, parsed with {@link GenericodeReader}.
 *
 * <p>The jar has no classes; its files are in folders that are not legal package names
 * ({@code eforms-sdk}, {@code META-INF}), which the module system does not encapsulate, so
 * {@link ClassLoader#getResourceAsStream(String)} finds them whether the jar is on the class path or is
 * the automatic module {@code eforms.sdk} resolved on the module path. Its version is read from the Maven
 * metadata the jar carries ({@value #POM_PROPERTIES}); the jar's own {@code eforms-sdk/VERSION} file
 * is not filtered in release 1.15.1 (it reads {@code ${project.version}}).
 */
public final class SdkJarSource implements CodelistSource {

    /** The folder of the genericode files inside the jar. */
    public static final String CODELISTS = "eforms-sdk/codelists/";

    /** The Maven metadata of the jar, which gives its version. */
    public static final String POM_PROPERTIES = "META-INF/maven/eu.europa.ted.eforms/eforms-sdk/pom.properties";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final ClassLoader loader;
    private final Optional<String> version;

    /**
     * A source reading through a class loader.
     *
     * @param loader the class loader that sees the eForms SDK jar; not null
     */
    public SdkJarSource(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.version = readVersion(loader);
    }

    private static Optional<String> readVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version")).map(String::strip).filter(v -> !v.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether the eForms SDK's codelists are visible to the class loader.
     *
     * @return true if {@code eforms-sdk/codelists/cpv.gc} is found
     */
    public boolean isPresent() {
        return loader.getResource(CODELISTS + "cpv.gc") != null;
    }

    /**
     * The version the jar's Maven metadata declares.
     *
     * @return e.g. {@code 1.15.1}; empty when the metadata is missing (a repackaged jar)
     */
    public Optional<String> declaredVersion() {
        return version;
    }

    /**
     * Tells whether the SDK has a codelist of that name.
     *
     * @param name the list's name, e.g. {@code main-activity}; not null
     * @return true if the file exists
     */
    public boolean has(String name) {
        return NAME.matcher(name).matches() && loader.getResource(CODELISTS + name + ".gc") != null;
    }

    @Override
    public CodeTable load(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new SourceException("\"" + name + "\" is not the name of an eForms codelist: expected lower-case"
                + " letters, digits, '-' and '_', e.g. procurement-procedure-type");
        }
        String resource = CODELISTS + name + ".gc";
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new SourceException(isPresent()
                ? "the eForms SDK " + sdkVersion() + " has no codelist " + name + " (" + resource + ")"
                : "the eForms SDK codelists (" + resource + ") are not visible: put eu.europa.ted.eforms:eforms-sdk,"
                    + " which otp-codelists depends on, on the class path, or resolve it on the module path with"
                    + " --add-modules eforms.sdk");
        }
        return GenericodeReader.readAndClose(in, name, sdkVersion());
    }

    @Override
    public String sdkVersion() {
        return version.orElse("unknown");
    }

    @Override
    public String description() {
        return "eForms SDK " + sdkVersion() + " jar, parsed with StAX";
    }
}
