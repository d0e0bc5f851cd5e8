/**
 * The persistence TCK: {@link io.otp.persistence.tck.PersistenceProviderContract}, the abstract JUnit 5
 * contract a store of the OTP SDK's aggregates passes by supplying a new, empty
 * {@link io.otp.persistence.PersistenceProvider} for each test. Each test names the sentence of the
 * persistence SPI's Javadoc it enforces.
 */
package io.otp.persistence.tck;
