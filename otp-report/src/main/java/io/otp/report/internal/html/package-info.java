/**
 * A small HTML writer for reports: every text and attribute value is escaped
 * ({@link io.otp.report.Markup}), tables are semantic (caption, column and row headers with
 * {@code scope}), statuses are shown by colour and text, and {@link io.otp.report.internal.html.HtmlPage} assembles
 * one self-contained document that prints on A4 (HTML Living Standard; WCAG 2.1).
 */
package io.otp.report.internal.html;
