/**
 * Contracts in execution (OTP functions F4 and F5): the {@link io.otp.core.execution.Contract} awarded
 * from a bid, its {@link io.otp.core.execution.Milestone}s typed after the OCDS {@code milestoneType}
 * codelist, the {@link io.otp.core.execution.Deliverable}s with their acceptance checklists, and the
 * {@link io.otp.core.execution.AcceptanceRecord} that certifies them.
 *
 * <p>The rules modelled are those of Ley 9/2017 (LCSP) on execution: payment of the price after
 * certification, due within 30 days of the approval of the certification (art. 198.4); fulfilment
 * of the contract on delivery to the administration's satisfaction with a formal act of reception
 * (art. 210); and, for services, the conformity of the service with what was contracted (art. 311).
 * The vocabulary of statuses and types is that of the Open Contracting Data Standard 1.1
 * ({@code contracts.implementation.milestones}), so that the model publishes as open data without
 * translation; acceptance with documented defects follows the EU PM² deliverables acceptance note.
 */
@OtpStyle
package io.otp.core.execution;

import io.otp.core.OtpStyle;
