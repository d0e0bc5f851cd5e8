/**
 * Status lifecycles: which status may follow which, for needs, projects and tenders; illegal moves
 * are rejected with {@link io.otp.core.lifecycle.IllegalTransitionException}.
 */
package io.otp.core.lifecycle;
