package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OcdsSettingsTest {

    @Test
    void ocidIsThePrefixAndTheTenderId() {
        assertThat(OcdsFixtures.settings().ocid(OcdsFixtures.TENDER)).isEqualTo("ocds-otp001-2026/EXP-0100");
        assertThat(OcdsFixtures.settings().license()).isEqualTo(OcdsSettings.DEFAULT_LICENSE);
    }

    @Test
    void rejectsABadPrefixAndRelativeUrisAllAtOnce() {
        assertThatThrownBy(() -> OcdsSettings.builder().ocidPrefix("OCDS-12").publisherName("X")
            .packageUri("release-package.json").publishedDate(Instant.EPOCH).build())
            .isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path).containsExactly("ocidPrefix", "packageUri"));
    }

    @Test
    void sdkExtensionMetadataDeclaresItsSchemaAndCodelist() {
        var ext = SchemaCheck.tree(OcdsSchemas.sdkExtension());
        assertThat(ext.path("compatibility").toString()).isEqualTo("[\"1.1\"]");
        assertThat(ext.path("schemas").get(0).asText()).isEqualTo("release-schema.json");
        assertThat(ext.path("codelists").get(0).asText()).isEqualTo("evaluationMethod.csv");
        assertThat(ext.path("name").path("en").asText()).isNotBlank();
        assertThat(ext.path("documentationUrl").path("en").asText()).startsWith("https://");
        assertThat(SchemaCheck.tree(OcdsSchemas.sdkExtensionSchema()).path("definitions").has("BidEvaluation"))
            .isTrue();
    }
}
