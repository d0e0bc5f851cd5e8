package io.otp.codelists.internal;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where the official codelists are read from.
 *
 * <p>The index built into this module is used when the eForms SDK jar visible to the class loader is
 * the version the index was built from, or when no eForms SDK jar is visible at all. When another
 * version is visible (the host manages {@code eu.europa.ted.eforms:eforms-sdk} to a newer release),
 * or one whose version cannot be told, its files are parsed instead: the host's choice of version
 * wins over speed.
 */
public final class Sources {

    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    private Sources() {
    }

    /**
     * The source of the official lists for a class loader.
     *
     * @param loader the class loader that sees the eForms SDK jar; not null
     * @return the index when it matches, else the jar; not null
     */
    public static CodelistSource official(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        SdkJarSource sdk = new SdkJarSource(loader);
        Optional<IndexSource> index = IndexSource.open(sdk);
        if (index.isEmpty()) {
            LOG.debug("No codelist index in otp-codelists: reading {}", sdk.description());
            return sdk;
        }
        boolean present = sdk.isPresent();
        if (!present || sdk.declaredVersion().equals(Optional.of(index.get().sdkVersion()))) {
            LOG.debug("Reading the official codelists from the {}", index.get().description());
            return index.get();
        }
        LOG.info("eForms SDK {} differs from the version otp-codelists was indexed with ({}): its codelists are"
            + " parsed on first use, which takes longer", sdk.sdkVersion(), index.get().sdkVersion());
        return sdk;
    }
}
