/**
 * Jakarta Bean Validation constraints a host application puts on its own beans &mdash; forms, DTOs,
 * JPA entities &mdash; so that {@code @Valid} applies the SDK's rules to raw values before any SDK
 * object is built, and to SDK values the host holds.
 *
 * <pre>{@code
 * public class SupplierForm {
 *     @NotNull @CpvCode String cpv;
 *     List<@CpvCode String> additionalCpvs;
 *     @SpanishTaxId(kinds = TaxIdKind.CIF) String taxId;
 *     @NutsCode String region;
 *     @Dir3Code String contractingUnit;
 *     @PositiveAmount(currency = "EUR") Money budget;
 *     @PercentageRange(min = "0", max = "100") Percentage vatRate;
 * }
 * }</pre>
 *
 * <p>Text constraints ({@link io.otp.core.constraints.CpvCode}, {@link io.otp.core.constraints.NutsCode},
 * {@link io.otp.core.constraints.SpanishTaxId}, {@link io.otp.core.constraints.Dir3Code}) accept a
 * {@link java.lang.CharSequence} exactly when the SDK's factory ({@code parse}) of the value type of the
 * same name accepts it, so the rules live in one place: a code that passes the constraint can be turned
 * into the SDK value, and one that fails is reported with the violation the factory finds. Value
 * constraints ({@link io.otp.core.constraints.PositiveAmount},
 * {@link io.otp.core.constraints.PercentageRange}) apply to {@link io.otp.core.money.Money} and
 * {@link io.otp.core.money.Percentage}. Every constraint treats {@code null} as valid, as Jakarta Bean
 * Validation requires; combine with {@code @NotNull}. Each annotation names its validator
 * ({@code validatedBy}), so any Jakarta provider finds it without configuration: this package depends on
 * {@code io.otp.core.classification}, {@code io.otp.core.party} and {@code io.otp.core.money}, and none
 * of them on it.
 *
 * <h2>Messages</h2>
 *
 * <p>With the annotation's default message, a violation carries the SDK's message for the value: for a
 * wrong check digit, the digit the rule gives ("CPV code 72000000-4 has a check digit that the weighted
 * check ... gives 72000000-5"). With Hibernate Validator the template is the SDK's message key, resolved
 * in the {@code ContributorValidationMessages} bundles in the validator's locale (English and Spanish),
 * and the SDK violation's arguments ({@code value}, {@code expected}, ...) are message parameters,
 * inserted as they are, never evaluated; the rule id is message parameter {@code ruleId}, and the
 * {@link io.otp.core.Violation} itself is the constraint violation's dynamic payload
 * ({@code HibernateConstraintViolation.getDynamicPayload(Violation.class)}). With another provider the
 * template is the English message, already rendered and escaped. A host's own message
 * ({@code @CpvCode(message = "{my.key}")}) replaces the SDK's and yields one constraint violation; under
 * Hibernate Validator it may use the same parameters ({@code {value}}, {@code {ruleId}}, ...).
 * The property path is the annotated element's, e.g. {@code cpvs[1].<list element>} for a type argument.
 *
 * <p>Misdeclared constraints ({@code @SpanishTaxId(kinds = {})}, {@code @PositiveAmount(currency =
 * "EURO")}, {@code @PercentageRange(min = "10", max = "5")}) raise
 * {@link jakarta.validation.ConstraintDeclarationException} when the provider first initialises them.
 */
package io.otp.core.constraints;
