/**
 * Obligations of projects funded by the Recovery, Transformation and Resilience Plan (PRTR,
 * NextGenerationEU), as data and checks (DOMAIN section 8): the declarations of absence of
 * conflict of interest of every participant ({@link io.otp.core.prtr.DaciDeclaration}, Orden
 * HFP/1030/2021 art. 6 and annex IV.A), the "do no significant harm" assessment over the six
 * environmental objectives ({@link io.otp.core.prtr.DnshAssessment}, Reg. (EU) 2020/852 arts. 9 and
 * 17; Reg. (EU) 2021/241 art. 5.2), the tagging to the plan's milestones and targets
 * ({@link io.otp.core.prtr.PlanTag}), anti-fraud measures, all held in a project's
 * {@link io.otp.core.prtr.PrtrFile} and checked by {@link io.otp.core.prtr.PrtrChecks}.
 */
@OtpStyle
package io.otp.core.prtr;

import io.otp.core.OtpStyle;
