/**
 * What the SDK stores and audits: an {@link io.otp.core.aggregate.Aggregate} is a value with a typed
 * id and the values it can be queried by (status, department, project, date...), and a
 * {@link io.otp.core.aggregate.DomainEvent} is one recorded change of an aggregate (who, when, what).
 *
 * <p>Needs, projects, tenders and bids are aggregates of the core; the evaluations of the scoring
 * module and the KPI definitions and measurements of the KPI module implement the same interface, so
 * that a store persists any of them without naming them, the way JSR 354 providers serve currencies
 * they do not know.
 */
package io.otp.core.aggregate;
