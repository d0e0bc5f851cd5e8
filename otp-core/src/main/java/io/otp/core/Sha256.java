package io.otp.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SDK's one SHA-256 (FIPS 180-4): the digests of the audit chain, of sealed envelopes and of the draw keys
 * of tie-breaks, written as 64 lower-case hexadecimal digits ({@link HexFormat}).
 *
 * <p>This class is a utility; it cannot be instantiated and is thread-safe.
 */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /**
     * A new SHA-256 digest, to feed in parts.
     *
     * @return the digest; not null
     */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform (MessageDigest)", e);
        }
    }

    /**
     * The SHA-256 of the UTF-8 bytes of a text.
     *
     * @param text the text; not null
     * @return the digest as 64 lower-case hexadecimal digits; not null
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of bytes.
     *
     * @param bytes the bytes, e.g. a file's content; not null
     * @return the digest as 64 lower-case hexadecimal digits; not null
     */
    public static String of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return toHex(digest().digest(bytes));
    }

    /**
     * Writes bytes as lower-case hexadecimal digits, two per byte, without hashing them: for a digest fed in
     * parts through {@link #digest()}.
     *
     * @param bytes the bytes, e.g. a digest; not null
     * @return the digits; not null
     */
    public static String toHex(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return HEX.formatHex(bytes);
    }
}
