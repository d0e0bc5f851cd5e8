package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.classification.CpvCode;
import io.otp.core.classification.spi.Catalogues;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The eForms SDK jar has no classes and keeps its files in folders that are not packages
 * ({@code eforms-sdk/codelists}). These tests show it is read both ways: as the automatic module
 * {@code eforms.sdk} on the module path (how surefire runs this module's tests), and from the class
 * path, where the core finds the providers through {@code META-INF/services}.
 */
class ClassPathAndModulePathTest {

    @Test
    void onTheModulePathTheSdkIsTheAutomaticModuleEformsSdk() {
        assertThat(EuCodelists.class.getModule().getName()).isEqualTo("io.otp.codelists");
        Optional<Module> sdk = ModuleLayer.boot().findModule("eforms.sdk");
        assertThat(sdk).isPresent();
        assertThat(sdk.get().getDescriptor().isAutomatic()).isTrue();
        assertThat(sdk.get().getPackages()).as("a data jar: no packages").isEmpty();
        assertThat(EuCodelists.class.getModule().canRead(sdk.get())).isTrue();
        assertThat(EuCodelists.class.getClassLoader().getResource("eforms-sdk/codelists/cpv.gc")).isNotNull();
        assertThat(Catalogues.discovered().cpv()).isPresent();
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
