/**
 * Classifications used in public procurement: CPV codes for what is bought, NUTS codes for where.
 */
package io.otp.core.classification;
