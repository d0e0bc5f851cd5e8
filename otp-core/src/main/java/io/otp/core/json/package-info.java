/**
 * The SDK's one JSON configuration: {@link io.otp.core.json.OtpJson}, a facade that writes and reads
 * every SDK type with exact decimals, ISO-8601 dates and deterministic output, and reports every
 * failure as an {@link io.otp.core.ValidationException} whose violations point at the JSON path;
 * and {@link io.otp.core.json.OtpJsonModule}, the Jackson module a host registers in its own
 * {@code ObjectMapper}.
 *
 * <p>Value types declared in this package use the SDK's {@link io.otp.core.OtpStyle}.
 */
@OtpStyle
package io.otp.core.json;

import io.otp.core.OtpStyle;
