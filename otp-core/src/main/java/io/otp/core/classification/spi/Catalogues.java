package io.otp.core.classification.spi;

import io.otp.core.spi.ServiceProviders;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classification catalogues the SDK consults: at most one {@link CpvCatalogue} and one
 * {@link NutsCatalogue}, found with {@link ServiceLoader} or given by the host.
 *
 * <ul>
 *   <li>{@link #standard()}: the providers on the class path or module path of the SDK, looked up
 *       once. The SDK's validator uses them by default
 *       ({@code io.otp.core.rules.OtpValidator#standard()}).</li>
 *   <li>{@link #discovered(ClassLoader)}: the same lookup through another class loader, for hosts whose
 *       providers live in a child loader (application servers, plugin systems); not cached.</li>
 *   <li>{@link #builtIns()} (none), {@link #withCpv(CpvCatalogue)}, {@link #withNuts(NutsCatalogue)}: catalogues
 *       chosen by the host, injected with {@code OtpValidator.withCatalogues(...)}.</li>
 * </ul>
 *
 * <p><b>Without a catalogue the SDK works format-only.</b> CPV codes are checked for their format
 * and check digit and NUTS codes for their format, as always; whether they exist in the official
 * lists is not checked and no rule that needs a list (unknown codes, LCSP Annex IV services)
 * reports anything. Add the module {@code io.otp:otp-codelists} (README, section "Official EU
 * codelists") to have the official lists.
 *
 * <p>When several providers of one kind are found, the first in {@link ServiceLoader} order is used
 * and the others are logged; a host that wants a particular one passes it explicitly. A provider that
 * cannot be loaded is logged as a warning and skipped.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogues {

    private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);

    private static final Catalogues NONE = new Catalogues(null, null);

    private static final String HOW_TO = "add io.otp:otp-codelists to the class path or module path"
        + " (README, section \"Official EU codelists\"), or give a catalogue with Catalogues.builtIns().with";

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;

    private Catalogues(CpvCatalogue cpv, NutsCatalogue nuts) {
        this.cpv = cpv;
        this.nuts = nuts;
    }

    /**
     * What the SDK's core ships: no catalogue, so codes are checked for their format only.
     *
     * @return the empty catalogues, not null
     */
    public static Catalogues builtIns() {
        return NONE;
    }

    /**
     * No catalogue: codes are checked for their format only.
     *
     * @return the empty catalogues, not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #builtIns()}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static Catalogues none() {
        return builtIns();
    }

    /**
     * The catalogues found with {@link ServiceLoader} through the class loader of the SDK's core,
     * looked up on the first call and kept. Looking a provider up does not load its list: providers
     * load their data on the first question.
     *
     * @return the catalogues found; {@link #builtIns()} when there is no provider; not null
     */
    public static Catalogues standard() {
        return Discovered.INSTANCE;
    }

    /**
     * The catalogues found with {@link ServiceLoader} through the class loader of the SDK's core.
     *
     * @return the catalogues found; not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #standard()}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static Catalogues discovered() {
        return standard();
    }

    /**
     * Looks providers up with {@link ServiceLoader} through a class loader; not kept.
     *
     * @param loader the class loader to search, e.g. the thread's context class loader; null for the system
     *     class loader
     * @return the catalogues found; {@link #builtIns()} when there is no provider; not null
     */
    public static Catalogues discovered(ClassLoader loader) {
        return new Catalogues(first(CpvCatalogue.class, loader), first(NutsCatalogue.class, loader));
    }

    /**
     * Looks providers up with {@link ServiceLoader} through a class loader; not kept.
     *
     * @param loader the class loader to search; not null
     * @return the catalogues found; not null
     * @deprecated the registries of the SDK share one set of verbs; use {@link #discovered(ClassLoader)}
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static Catalogues discover(ClassLoader loader) {
        return discovered(loader);
    }

    private static <S> S first(Class<S> service, ClassLoader loader) {
        S found = null;
        for (S next : ServiceProviders.load(service, loader).providers()) {
            if (found == null) {
                found = next;
                LOG.debug("Using {} provider {}", service.getSimpleName(), next.getClass().getName());
            } else {
                LOG.info("{} provider {} ignored: {} is used; pass a catalogue explicitly to choose",
                    service.getSimpleName(), next.getClass().getName(), found.getClass().getName());
            }
        }
        return found;
    }

    /**
     * Returns these catalogues with another CPV catalogue.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param catalogue the CPV catalogue; not null
     * @return the copy, not null
     */
    public Catalogues withCpv(CpvCatalogue catalogue) {
        return new Catalogues(Objects.requireNonNull(catalogue, "catalogue"), nuts);
    }

    /**
     * Returns these catalogues with another NUTS catalogue.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param catalogue the NUTS catalogue; not null
     * @return the copy, not null
     */
    public Catalogues withNuts(NutsCatalogue catalogue) {
        return new Catalogues(cpv, Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * The CPV catalogue.
     *
     * @return the catalogue; empty when CPV codes are checked for their format only; not null
     */
    public Optional<CpvCatalogue> cpv() {
        return Optional.ofNullable(cpv);
    }

    /**
     * The NUTS catalogue.
     *
     * @return the catalogue; empty when NUTS codes are checked for their format only; not null
     */
    public Optional<NutsCatalogue> nuts() {
        return Optional.ofNullable(nuts);
    }

    /**
     * The CPV catalogue, for callers that cannot work without one.
     *
     * @return the catalogue, not null
     * @throws CatalogueNotFoundException if there is none; the message says how to add one
     */
    public CpvCatalogue requireCpv() {
        if (cpv == null) {
            throw new CatalogueNotFoundException("No CPV catalogue: " + HOW_TO + "Cpv(...)");
        }
        return cpv;
    }

    /**
     * The NUTS catalogue, for callers that cannot work without one.
     *
     * @return the catalogue, not null
     * @throws CatalogueNotFoundException if there is none; the message says how to add one
     */
    public NutsCatalogue requireNuts() {
        if (nuts == null) {
            throw new CatalogueNotFoundException("No NUTS catalogue: " + HOW_TO + "Nuts(...)");
        }
        return nuts;
    }

    /**
     * Describes the catalogues, e.g. {@code Catalogues[cpv: CPV, eForms SDK 1.15.1; nuts: format only]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Catalogues[cpv: " + (cpv == null ? "format only" : cpv.name())
            + "; nuts: " + (nuts == null ? "format only" : nuts.name()) + "]";
    }

    /** Holds the discovered catalogues, looked up when first asked for. */
    private static final class Discovered {
        static final Catalogues INSTANCE = discover(Catalogues.class.getClassLoader() == null
            ? ClassLoader.getSystemClassLoader() : Catalogues.class.getClassLoader());
    }
}
