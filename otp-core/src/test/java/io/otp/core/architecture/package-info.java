/**
 * The architecture rules of the OTP SDK ({@link io.otp.core.architecture.OtpArchitectureRules}),
 * published to the other modules' tests through otp-core's test-jar, and the tests that prove the
 * rules can fail.
 */
package io.otp.core.architecture;
