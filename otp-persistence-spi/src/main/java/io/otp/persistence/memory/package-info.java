/**
 * The embedded default store: every aggregate and the audit trail in memory, thread-safe, without
 * dependencies. Found as provider {@code memory} through
 * {@link io.otp.persistence.PersistenceProviders#inMemory()}.
 */
package io.otp.persistence.memory;
