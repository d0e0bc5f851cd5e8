/**
 * Reading the files the commands are given: JSON through the SDK's {@code OtpJson}, spreadsheet CSV,
 * and the problems of bad input as messages that name the file, the line and the column.
 */
package io.otp.cli.input;
