/**
 * The registry of abnormality rules: the built-ins, the providers found by {@link java.util.ServiceLoader}
 * and rules registered explicitly. A package of its own because it links the SPI
 * ({@code io.otp.scoring.spi}), which names the values of {@code io.otp.scoring.abnormal}, to the
 * built-in implementations; keeping it apart keeps the packages free of cycles.
 */
package io.otp.scoring.abnormal.rules;
