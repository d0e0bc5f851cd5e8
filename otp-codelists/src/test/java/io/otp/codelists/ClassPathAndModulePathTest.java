package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.spi.Catalogues;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The eForms SDK jar has no classes and keeps its files in folders that are not packages
 * ({@code eforms-sdk/codelists}). These tests show it is read both ways: as the automatic module
 * {@code eforms.sdk} resolved on the module path, and from the class path (where surefire puts it for
 * this module's tests, since module-info.java does not require it), where the core also finds the
 * providers through {@code META-INF/services}.
 */
class ClassPathAndModulePathTest {

    @Test
    void onTheModulePathTheSdkIsTheAutomaticModuleEformsSdkAndItsFilesAreReadable() throws Exception {
        assertThat(EuCodelists.class.getModule().getName()).isEqualTo("io.otp.codelists");
        assertThat(ModuleLayer.boot().findModule("eforms.sdk")).as("not required, so not resolved here").isEmpty();
        ModuleFinder finder = ModuleFinder.of(Path.of(locationOfResource("eforms-sdk/codelists/cpv.gc").toURI()));
        Configuration configuration = ModuleLayer.boot().configuration()
            .resolve(finder, ModuleFinder.of(), Set.of("eforms.sdk"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
            ClassLoader.getPlatformClassLoader());
        Module sdk = layer.findModule("eforms.sdk").orElseThrow();
        assertThat(sdk.getDescriptor().isAutomatic()).isTrue();
        assertThat(sdk.getDescriptor().rawVersion()).contains("1.15.1");
        assertThat(sdk.getPackages()).as("a data jar: no packages").isEmpty();
        try (InputStream in = sdk.getResourceAsStream("eforms-sdk/codelists/contract-nature.gc")) {
            assertThat(in).as("a folder that is not a package is not encapsulated").isNotNull();
        }
        ClassLoader loader = layer.findLoader("eforms.sdk");
        EuCodelists lists = EuCodelists.fromSdk(loader);
        assertThat(lists.sdkVersion()).isEqualTo("1.15.1");
        assertThat(lists.codelist("contract-nature").codes()).containsExactly("services", "supplies", "works");
        assertThat(EuCodelists.fromSources(loader).sourceDescription())
            .isEqualTo("index pre-built from eForms SDK 1.15.1");
    }

    @Test
    void inThisRunTheSdkIsOnTheClassPathAndTheProvidersAreFound() {
        URL cpv = EuCodelists.class.getClassLoader().getResource("eforms-sdk/codelists/cpv.gc");
        assertThat(cpv).isNotNull();
        assertThat(Catalogues.standard().cpv()).isPresent();
    }

    @Test
    void onTheClassPathTheCoreFindsTheProvidersThroughMetaInfServices() throws Exception {
        // A class loader of plain jars and folders, as a class-path application has: every class in it
        // is in the unnamed module, and ServiceLoader reads META-INF/services. Its parent is the boot
        // loader: the platform loader would hand the SDK's packages back to the named modules of this
        // test run.
        URL[] classPath = {
            locationOf(CpvCode.class), locationOf(EuCodelists.class), locationOf(org.slf4j.Logger.class),
            locationOf(Class.forName("org.slf4j.nop.NOPServiceProvider")),
            locationOfResource("eforms-sdk/codelists/cpv.gc"),
        };
        try (URLClassLoader loader = new URLClassLoader(classPath, null)) {
            Class<?> catalogues = loader.loadClass("io.otp.core.classification.spi.Catalogues");
            assertThat(catalogues.getModule().isNamed()).isFalse();
            Object found = catalogues.getMethod("discover", ClassLoader.class).invoke(null, loader);
            Object cpv = ((Optional<?>) catalogues.getMethod("cpv").invoke(found)).orElseThrow();
            assertThat(cpv.getClass().getName()).isEqualTo("io.otp.codelists.internal.provider.OfficialCpvCatalogue");
            Class<?> cpvCode = loader.loadClass("io.otp.core.classification.CpvCode");
            Method of = cpvCode.getMethod("of", String.class);
            Method contains = loader.loadClass("io.otp.core.classification.spi.CpvCatalogue")
                .getMethod("contains", cpvCode);
            assertThat(contains.invoke(cpv, of.invoke(null, "72000000-5"))).isEqualTo(true);
            assertThat(contains.invoke(cpv, of.invoke(null, "72999999"))).isEqualTo(false);

            // The StAX path too: the SDK jar read as a plain class-path jar.
            Class<?> lists = loader.loadClass("io.otp.codelists.EuCodelists");
            Object fromSdk = lists.getMethod("fromSdk", ClassLoader.class).invoke(null, loader);
            Object natures = lists.getMethod("codelist", String.class).invoke(fromSdk, "contract-nature");
            assertThat(natures.getClass().getMethod("size").invoke(natures)).isEqualTo(3);
        }
    }

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static URL locationOfResource(String resource) throws Exception {
        URL url = EuCodelists.class.getClassLoader().getResource(resource);
        String text = url.toString();
        if (!text.startsWith("jar:")) {
            throw new URISyntaxException(text, "the eForms SDK is expected in a jar");
        }
        return Path.of(new URL(text.substring(4, text.indexOf("!/"))).toURI()).toUri().toURL();
    }
}
