/**
 * Follow-up meetings of the office (OTP function F8): the {@link io.otp.core.meeting.Meeting} of a
 * project (kick-off, follow-up, steering committee) or of a tender's evaluation committee, with its
 * agenda, attendees and their roles, minutes, numbered decisions and the
 * {@link io.otp.core.meeting.ActionItem}s agreed, each with an owner, a due date and a lifecycle.
 *
 * <p>The practice modelled is that of EU PM² (meeting minutes, decision and action logs, steering
 * committee escalation) and of the collegiate bodies of Ley 40/2015 (LRJSP) art. 15-18: a collegiate
 * body has a chair and a secretary, and the secretary draws up the minutes of each session
 * (art. 18). Overdue action items are the measure of the KPI "overdue action items" of the KPI
 * module ({@link io.otp.core.meeting.Meeting#countOverdueActions(Iterable, io.otp.core.id.ProjectId, java.time.LocalDate)}).
 */
@OtpStyle
package io.otp.core.meeting;

import io.otp.core.OtpStyle;
