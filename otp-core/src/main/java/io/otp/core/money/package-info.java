/**
 * Exact decimal quantities of the SDK: {@link io.otp.core.money.Money} (amount and ISO 4217
 * currency, exact to the cent), {@link io.otp.core.money.Percentage} and
 * {@link io.otp.core.money.Points}. None of them ever uses {@code double}.
 */
package io.otp.core.money;
