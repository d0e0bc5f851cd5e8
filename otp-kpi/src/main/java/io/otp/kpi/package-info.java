/**
 * Execution tracking: earned value, earned schedule, milestone trends and KPI dashboards as data.
 */
package io.otp.kpi;
