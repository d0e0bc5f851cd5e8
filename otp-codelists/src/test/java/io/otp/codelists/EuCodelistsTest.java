package io.otp.codelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.codelists.internal.SdkJarSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the lists come from and what loading them costs. Time and memory bounds here are generous
 * guards against a gross regression; the figures in the README come from LoadCostMeasurement, run by
 * hand on a fresh JVM.
 */
class EuCodelistsTest {

    @Test
    void officialListsComeFromThePreBuiltIndexOfTheSdkOnTheClassPath() {
        assertThat(EuCodelists.official()).isSameAs(EuCodelists.official());
        assertThat(EuCodelists.official().sourceDescription()).isEqualTo("index pre-built from eForms SDK 1.15.1");
        assertThat(EuCodelists.official().sdkVersion()).isEqualTo("1.15.1");
        assertThat(EuCodelists.official().cpv()).isSameAs(EuCodelists.official().cpv());
        assertThat(EuCodelists.official().nuts()).isSameAs(EuCodelists.official().nuts());
    }

    @Test
    void theIndexHoldsExactlyWhatStaxReadsFromTheSdkJar() {
        // The whole of cpv.gc (32 MB) and the other indexed lists, parsed again from the eForms SDK jar.
        EuCodelists parsed = EuCodelists.fromSdk(EuCodelists.class.getClassLoader());
        assertThat(parsed.toString()).isEqualTo("EuCodelists[eForms SDK 1.15.1 jar, parsed with StAX]");
        EuCodelists indexed = EuCodelists.official();
        assertThat(parsed.cpv().entries()).isEqualTo(indexed.cpv().entries());
        assertThat(parsed.cpv().socialServices()).isEqualTo(indexed.cpv().socialServices());
        assertThat(parsed.cpv().version()).isEqualTo(indexed.cpv().version());
        assertThat(parsed.nuts().entries()).isEqualTo(indexed.nuts().entries());
        for (EformsCodelist list : EformsCodelist.values()) {
            assertThat(parsed.codelist(list).entries()).as(list.id()).isEqualTo(indexed.codelist(list).entries());
            assertThat(parsed.codelist(list).version()).as(list.id()).isEqualTo(indexed.codelist(list).version());
        }
    }

    @Test
    void anotherSdkVersionOnTheClassPathIsParsedInsteadOfTheIndex() {
        ClassLoader newer = new ClassLoader(EuCodelists.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals(SdkJarSource.POM_PROPERTIES)) {
                    return new ByteArrayInputStream("version=9.9.9\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                return super.getResourceAsStream(name);
            }
        };
        EuCodelists lists = EuCodelists.fromSources(newer);
        assertThat(lists.sourceDescription()).isEqualTo("eForms SDK 9.9.9 jar, parsed with StAX");
        assertThat(lists.codelist(EformsCodelist.CONTRACT_NATURE).sdkVersion()).isEqualTo("9.9.9");
    }

    @Test
    void withoutTheSdkJarTheIndexStillAnswersAndOtherListsSayWhatIsMissing() {
        ClassLoader bare = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
        };
        EuCodelists lists = EuCodelists.fromSources(bare);
        assertThat(lists.sourceDescription()).isEqualTo("index pre-built from eForms SDK 1.15.1");
        assertThat(lists.codelist(EformsCodelist.CONTRACT_NATURE).codes()).containsExactly("services", "supplies", "works");
        assertThatThrownBy(() -> lists.codelist("country")).isInstanceOf(CodelistException.class)
            .hasMessageContaining("eu.europa.ted.eforms:eforms-sdk");
        assertThatThrownBy(() -> EuCodelists.fromSdk(bare).cpv()).isInstanceOf(CodelistException.class)
            .hasMessageContaining("are not visible").hasMessageContaining("--add-modules eforms.sdk");
    }

    @Test
    void loadingEveryListStaysWellWithinItsBudget() {
        // Generous bounds (the budget is 1 s and 50 MB; the README has the measured figures).
        Runtime runtime = Runtime.getRuntime();
        EuCodelists lists = EuCodelists.fresh();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        boolean found = lists.cpv().contains(io.otp.core.classification.CpvCode.of("72000000"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        lists.nuts();
        for (EformsCodelist list : EformsCodelist.values()) {
            lists.codelist(list);
        }
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(found).isTrue();
        assertThat(millis).isLessThan(10_000);
        assertThat(retained).isLessThan(50L * 1024 * 1024);
        assertThat(List.of(lists.cpv(), lists.nuts())).doesNotContainNull();
    }
}
