/**
 * Evaluation of bids: formulas, scoring pipeline, abnormally low offers, ties and ranking (LCSP arts. 145-150, RGLCAP art. 85).
 */
package io.otp.scoring;
