/**
 * Generators of valid aggregates for the persistence TCK: needs, projects, tenders, bids, contracts,
 * meetings, risk registers, agreements between administrations, funding calls, funding applications
 * (taken through their steps to every status), communication plans and PRTR files of otp-core, KPI
 * definitions and series of otp-kpi, and evaluations of otp-scoring run through the scoring pipeline to a
 * random phase. They build every instance through the public builders and factories, so a store sees what
 * applications save.
 *
 * <p>The core generators are the kit's own copy of those in otp-core's test sources: the kit is a
 * published library on the module path, and otp-core's test-jar can be neither required as a module (it
 * has no descriptor and repeats otp-core's packages) nor promised to users as an API.
 */
package io.otp.persistence.tck.generators;
