/**
 * Funding of projects (DOMAIN section 8): the calls of EU, national and regional programmes
 * ({@link io.otp.core.funding.FundingCall}), matching a project's or need's profile against them
 * ({@link io.otp.core.funding.CallMatcher}) and splitting a project's budget by source
 * ({@link io.otp.core.funding.FundingPlan}).
 */
@OtpStyle
package io.otp.core.funding;

import io.otp.core.OtpStyle;
