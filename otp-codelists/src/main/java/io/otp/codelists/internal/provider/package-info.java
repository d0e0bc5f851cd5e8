/**
 * The providers otp-codelists registers for the core's classification SPI (module-info
 * {@code provides} and {@code META-INF/services}). Not exported: hosts get the same lists through
 * {@link io.otp.codelists.EuCodelists}. The package depends on the API, never the other way round.
 */
package io.otp.codelists.internal.provider;
