package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SDK's one SHA-256, against the test vectors of FIPS 180-4 (NIST's examples). */
class Sha256Test {

    @Test
    void theDigestOfAbcIsTheStandardsExample() {
        assertThat(Sha256.of("abc"))
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theDigestOfNothingIsTheStandardsExample() {
        assertThat(Sha256.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void bytesAreTwoLowerCaseDigitsEach() {
        assertThat(Sha256.toHex(new byte[] {0, 15, (byte) 0xAB, (byte) 0xFF})).isEqualTo("000fabff");
        assertThat(Sha256.toHex(Sha256.digest().digest("abc".getBytes(StandardCharsets.UTF_8))))
            .isEqualTo(Sha256.of("abc"));
    }
}
