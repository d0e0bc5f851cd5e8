/**
 * Generators of valid aggregates of otp-kpi (KPI definitions and series) and otp-scoring (evaluations run
 * through the scoring pipeline to a random phase) for the persistence TCK. They build every instance
 * through the public builders and factories, so a store sees what applications save.
 *
 * <p>The generators of otp-core's aggregates (needs, projects, tenders, bids, contracts, meetings, risk
 * registers, agreements, funding calls and applications, communication plans, PRTR files) are not here:
 * the kit uses those of {@code io.otp.core.testing}, the one copy that otp-core's own tests use too,
 * published as otp-core's {@code testing} jar (the automatic module {@code io.otp.core.testing}) and
 * brought by the kit's dependencies. A generator of a core aggregate belongs there, not in this package.
 */
package io.otp.persistence.tck.generators;
