/**
 * Periods of time used across the model, such as {@link io.otp.core.time.DateRange}.
 */
package io.otp.core.time;
