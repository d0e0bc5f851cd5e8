/**
 * The rules of Spanish public procurement law that depend on context &mdash; the thresholds in
 * force, the procedure, the bids received &mdash; checked all at once.
 *
 * <p>{@link io.otp.core.rules.OtpValidator} is the entry point: it picks the
 * {@link io.otp.core.rules.LegalThresholds} in force on the tender's publication date (or a reference
 * date) from a {@link io.otp.core.rules.ThresholdTable} and applies
 * {@link io.otp.core.rules.ProcurementRules}, returning every {@link io.otp.core.Violation} with a
 * path, a rule id ({@code LCSP-159.1.b}) and a message in English or Spanish. Thresholds are data
 * with validity periods; a host adds new periods without code changes, in code
 * ({@link io.otp.core.rules.ThresholdTable#overriddenBy(io.otp.core.rules.ThresholdTable)}), through
 * {@link io.otp.core.rules.ThresholdProvider} services or in a class-path resource
 * {@code META-INF/otp/legal-thresholds.json}. A day after the last known period gets the latest
 * period with a warning, not an error.
 *
 * <p>{@link io.otp.core.rules.HarmonisedRegulation} decides whether a tender is subject to harmonised
 * regulation (LCSP arts. 19 to 23) and reports what follows (DOUE publication, minimum time limits,
 * special appeal, standstill) as a {@link io.otp.core.rules.SaraAssessment} that explains each
 * conclusion; {@link io.otp.core.rules.OtpValidator#assess(io.otp.core.tender.Tender)} returns it with
 * the violations in a {@link io.otp.core.rules.TenderValidation}.
 *
 * <h2>Jakarta Bean Validation</h2>
 *
 * <p>{@link io.otp.core.tender.Tender} carries the class-level constraint
 * {@link io.otp.core.tender.LegalTender}, validated by {@link io.otp.core.rules.LegalTenderValidator}
 * with the same rules, so {@code validator.validate(tender)} returns the same paths and rule ids as
 * {@code OtpValidator.standard().validate(tender)}. The annotation declares no validator class
 * ({@code validatedBy = {}}) because {@code io.otp.core.tender} must not depend on this package;
 * the validator is registered as a {@link java.util.ServiceLoader} provider of
 * {@code jakarta.validation.ConstraintValidator} (module-info and {@code META-INF/services}), which
 * Hibernate Validator reads. Messages come from the {@code ContributorValidationMessages} bundles,
 * interpolated by the provider in its locale; the rule id is carried as Hibernate Validator's
 * dynamic payload and as message parameter {@code {ruleId}}.
 *
 * <h2>Why there are no field constraints on the value types</h2>
 *
 * <p>Constraints such as {@code @NotBlank} placed on the abstract accessors ({@code public abstract
 * @NotBlank String title();}) are not seen by Hibernate Validator, as checked with Immutables 2.12.2
 * and Hibernate Validator 9.1.6: Immutables does not copy them to the generated fields (the field
 * is generated as {@code private final String title;}, and {@code List<@Valid Lot>} loses its type
 * annotation); with the style option {@code passAnnotations} it copies them only to the generated
 * accessor {@code title()}, which Hibernate Validator ignores because it is not a JavaBeans getter.
 * The rules such constraints would express are therefore checked where the SDK sees them: blank
 * titles and names, positive amounts and points are structural invariants that prevent the value
 * from being built at all ({@code @Value.Check}); a blank reason for not dividing into lots is
 * reported by the class-level constraint ({@code LCSP-99.3}). Field constraints belong on a host's
 * own beans, whose fields Hibernate Validator does see: {@link io.otp.core.constraints} provides
 * {@code @CpvCode}, {@code @SpanishTaxId}, {@code @PositiveAmount} and others, which check raw values
 * with the same factories that build the SDK's values.
 */
@OtpStyle
package io.otp.core.rules;

import io.otp.core.OtpStyle;
