/**
 * Not part of the API: how the SDK's Jakarta constraint validators report SDK violations.
 */
package io.otp.core.internal.validation;
