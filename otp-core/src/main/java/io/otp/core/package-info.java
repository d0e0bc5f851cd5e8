/**
 * The OTP SDK core: the domain model of a public-sector Technical Project Office and the errors the
 * SDK reports.
 *
 * <p>Errors: every exception is an {@link io.otp.core.OtpException}; broken rules are reported as a
 * {@link io.otp.core.ValidationException} carrying every {@link io.otp.core.Violation} found, each
 * with a path, a rule id and a message in English or Spanish ({@link io.otp.core.OtpMessages}).
 * Value types are built with the single {@link io.otp.core.OtpStyle}.
 */
package io.otp.core;
