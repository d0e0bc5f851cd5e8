package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The digest of a text and of its bytes are one digest; writing bytes in hexadecimal is another verb
 * ({@code toHex}), so that a host hashing a file's bytes never stores the file itself as its "digest".
 */
class Sha256OverloadTest {

    @Test
    void theDigestOfATextAndOfItsBytesAgree() {
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(Sha256.of("abc"));
    }

    @Test
    void toHexWritesWithoutHashing() {
        assertThat(Sha256.toHex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("616263");
    }
}
