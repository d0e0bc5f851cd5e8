/**
 * Typed identifiers: each kind of entity has its own identifier type, so that ids cannot be mixed up.
 */
package io.otp.core.id;
