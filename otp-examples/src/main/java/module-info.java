/**
 * Runnable scenarios that show the OTP SDK end to end.
 */
module io.otp.examples {
    requires io.otp.core;

    exports io.otp.examples;
}
