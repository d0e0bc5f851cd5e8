/**
 * Persistence of the OTP SDK's aggregates: repository and audit-trail service provider interfaces.
 */
package io.otp.persistence;
