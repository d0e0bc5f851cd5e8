/**
 * CSV export of report tables (RFC 4180, UTF-8, optional byte order mark for spreadsheet programs).
 */
package io.otp.report.internal.csv;
