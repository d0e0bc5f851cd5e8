package io.otp.scoring.abnormal;

/**
 * How the conditions of a pliego's abnormality rule combine (LCSP art. 149.2.b: the pliego sets the
 * parameters, one or several).
 */
public enum Combination {

    /** Every condition must be met (cumulative conditions: "y"). */
    ALL,

    /** One condition met is enough (alternative conditions: "o"). */
    ANY
}
