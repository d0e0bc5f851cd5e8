/**
 * How every family of providers of the SDK is found and chosen: one convention, the same verbs.
 *
 * <p>A family has a service interface ({@code ScoringFormula}, {@code AbnormalityRule}, {@code CpvCatalogue},
 * {@code NutsCatalogue}, {@code ThresholdProvider}, {@code PersistenceProviderFactory}) and an immutable
 * registry class ({@code Formulas}, {@code AbnormalityRules}, {@code Catalogues}, {@code ThresholdTable},
 * {@code PersistenceProviders}) with these verbs:
 * <ul>
 *   <li>{@code builtIns()}: what the SDK ships, nothing discovered. The built-ins are declared once, in
 *       their registry class; they are not also listed as service providers.</li>
 *   <li>{@code standard()}: the built-ins plus the providers {@link java.util.ServiceLoader} finds through
 *       the SDK's own class loader (on the module path, the modules that declare
 *       {@code provides <service> with ...}; on the class path, the jars that list the provider in
 *       {@code META-INF/services/<service>}). Found on the first call and kept: it is what the SDK uses
 *       when the host passes nothing.</li>
 *   <li>{@code discovered(ClassLoader)}: the same through another class loader, for hosts whose providers
 *       live in a child loader (application servers, plugin systems); not kept.</li>
 *   <li>{@code with(provider)}: a registry with one more provider; an id already taken is refused.</li>
 *   <li>{@code find(id)} (empty if unknown), {@code require(id)} (a {@code ValidationException} naming the
 *       id, the known ids and how a provider is registered) and {@code ids()}.</li>
 * </ul>
 *
 * <p>{@code PersistenceProviders} has no {@code builtIns()}: the persistence SPI names no store, and the
 * embedded store is a provider of its module like any other. {@code ThresholdTable} refuses a provider that
 * cannot be loaded instead of skipping it: a missing table would change the law applied.
 *
 * <p>Discovery goes through {@link io.otp.core.spi.ServiceProviders}: a provider that cannot be loaded
 * is logged as a warning and skipped, and a provider listed in a {@code META-INF/services} file that the
 * module system did not load (a named module without {@code provides}) is reported by name when its id is
 * asked for.
 */
package io.otp.core.spi;
