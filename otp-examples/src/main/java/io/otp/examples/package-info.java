/**
 * Runnable scenarios that show the OTP SDK end to end.
 */
package io.otp.examples;
