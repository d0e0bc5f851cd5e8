/**
 * The project follow-up report (informe de seguimiento): {@link io.otp.report.project.ProjectReport} draws
 * a contract's milestones, milestone trends, earned value, KPIs, deliverables and acceptances, action
 * items and top risks at a status date as one self-contained HTML page, standalone SVG charts, CSV and
 * JSON.
 */
package io.otp.report.project;
