/**
 * What providers implement to extend the scoring engine (in the style of JSR 354's SPI): small
 * interfaces found through {@link java.util.ServiceLoader} or registered explicitly.
 */
package io.otp.scoring.spi;
