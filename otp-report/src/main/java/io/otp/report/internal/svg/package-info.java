/**
 * Charts drawn by the SDK as SVG (Scalable Vector Graphics 1.1): each chart takes its values and
 * returns an {@link io.otp.report.internal.svg.Svg} to embed inline in an HTML report or to save as a standalone
 * {@code .svg} file. Every chart is an image with a text alternative (role {@code img}, {@code <title>}
 * and {@code <desc>} named by {@code aria-labelledby}; WCAG 2.1, 1.1.1 Non-text Content), shows status
 * by colour and text label (1.4.1 Use of Color), escapes every text, and is deterministic: coordinates
 * are written with two decimals in {@link java.util.Locale#ROOT}, never NaN or Infinity.
 *
 * <p>Data marks carry a class and {@code data-*} attributes holding the raw value they draw, so people
 * and tests can match marks to data: {@code otp-segment} (stacked bars), {@code otp-point} and
 * {@code otp-series} (line, trend and scatter charts), {@code otp-bar} (bar charts),
 * {@code otp-marker} (timelines), {@code otp-cell} (heat maps). Values are {@code BigDecimal} or
 * {@code LocalDate}; {@code double} is used only for pixel coordinates.
 */
package io.otp.report.internal.svg;
