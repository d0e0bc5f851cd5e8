/**
 * Persistence of the OTP SDK's aggregates: repository and audit-trail service provider interfaces.
 */
module io.otp.persistence {
    requires transitive io.otp.core;

    exports io.otp.persistence;
}
