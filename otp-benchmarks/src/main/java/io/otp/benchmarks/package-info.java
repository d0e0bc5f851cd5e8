/**
 * JMH benchmarks of the OTP SDK's hot paths (issue 11). Each benchmark class also measures, in the same
 * run, a hand-written baseline doing the same work (a method whose name starts with {@code baseline}),
 * so that every figure can be reported as a ratio as well as a time. Run them with the command in
 * BENCHMARKS.md at the repository root; no benchmark runs in the build.
 */
package io.otp.benchmarks;
