/**
 * Projects and their technology baseline (OTP function F1): {@link io.otp.core.project.Project},
 * its lifecycle {@link io.otp.core.project.ProjectStatus}, and the
 * {@link io.otp.core.project.TechnologyBaseline} of {@link io.otp.core.project.TechnologyDecision}s
 * that the project's tenders are then written against.
 *
 * <p>The phases follow the EU project management methodology PM² (initiating, planning, executing,
 * closing) as public-sector peers use it, with the procurement that a Spanish administration runs
 * between planning and execution (Ley 9/2017, LCSP) as a phase of its own.
 */
@OtpStyle
package io.otp.core.project;

import io.otp.core.OtpStyle;
