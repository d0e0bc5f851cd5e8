package io.otp.core.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers of one service that {@link ServiceLoader} found through a class loader, found the SDK's one
 * way (see the package documentation): a provider that cannot be loaded (its class missing, not linkable, or its
 * constructor failing) is logged as a warning and skipped,
 * and the classes listed in {@code META-INF/services} files but not loaded are kept, so that a registry can
 * name them when their id is asked for (the Java module system ignores that file inside a named module,
 * which must declare {@code provides} instead).
 *
 * <p>This class is immutable and thread-safe if the providers are.
 *
 * @param <S> the service type
 */
public final class ServiceProviders<S> {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceProviders.class);

    private final Class<S> service;
    private final List<S> providers;
    private final SortedSet<String> unloaded;

    private ServiceProviders(Class<S> service, List<S> providers, SortedSet<String> unloaded) {
        this.service = service;
        this.providers = Collections.unmodifiableList(providers);
        this.unloaded = Collections.unmodifiableSortedSet(unloaded);
    }

    /**
     * Finds the providers of a service through a class loader.
     *
     * @param <S> the service type
     * @param service the service interface; not null
     * @param loader the class loader; null for the system class loader
     * @return the providers found, in {@link ServiceLoader} order; not null
     */
    public static <S> ServiceProviders<S> load(Class<S> service, ClassLoader loader) {
        Objects.requireNonNull(service, "service");
        // ServiceLoader serves a named module only the services it uses; this module uses each it is asked for
        ServiceProviders.class.getModule().addUses(service);
        List<S> found = new ArrayList<>();
        Iterator<S> it = ServiceLoader.load(service, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError broken) {
                // a provider whose class cannot be linked (a missing dependency, a newer class file) surfaces as a
                // LinkageError, not wrapped: skipped like any other provider that cannot be loaded
                LOG.warn("A provider of {} cannot be loaded and is skipped: {}", service.getName(), broken.toString());
            }
        }
        SortedSet<String> unloaded = listed(service, loader);
        found.forEach(p -> unloaded.remove(p.getClass().getName()));
        return new ServiceProviders<>(service, found, unloaded);
    }

    /**
     * The service.
     *
     * @return the service interface; not null
     */
    public Class<S> service() {
        return service;
    }

    /**
     * The providers found.
     *
     * @return the providers, in {@link ServiceLoader} order; not null
     */
    public List<S> providers() {
        return providers;
    }

    /**
     * The classes listed in a {@code META-INF/services} file of the service that {@link ServiceLoader} did not
     * load: in a named module, which must declare {@code provides}, or that failed to load.
     *
     * @return the class names, sorted; not null
     */
    public SortedSet<String> unloaded() {
        return unloaded;
    }

    // the class names every META-INF/services file of the service lists (the format of java.util.ServiceLoader)
    private static SortedSet<String> listed(Class<?> service, ClassLoader loader) {
        SortedSet<String> names = new TreeSet<>();
        String file = "META-INF/services/" + service.getName();
        try {
            Enumeration<URL> files = loader == null ? ClassLoader.getSystemResources(file) : loader.getResources(file);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream();
                     BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        int comment = line.indexOf('#');
                        String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // only a diagnostic: the providers ServiceLoader found are complete without it
            LOG.debug("The service files of {} cannot be read: {}", service.getName(), unreadable.toString());
            return new TreeSet<>();
        }
        return names;
    }
}
