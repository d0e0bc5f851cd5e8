/**
 * The service provider interface of official classification lists: what a provider of the CPV and
 * NUTS lists implements, and {@link io.otp.core.classification.spi.Catalogues}, the bootstrap that
 * finds providers with {@link java.util.ServiceLoader} or takes them from the host.
 *
 * <p>The core checks only the format of a code ({@link io.otp.core.classification.CpvCode} with its
 * check digit, {@link io.otp.core.classification.NutsCode}); whether the code exists in the official
 * list is a question for a catalogue. The SDK's module {@code otp-codelists} provides one, built from
 * the EU's eForms SDK; when no provider is present the SDK works format-only. A provider registers
 * itself in both ways, so that the module path and the class path find it:
 *
 * <pre>{@code
 * // module-info.java of the provider
 * provides io.otp.core.classification.spi.CpvCatalogue with com.example.MyCpvCatalogue;
 * // and the file META-INF/services/io.otp.core.classification.spi.CpvCatalogue naming the class
 * }</pre>
 *
 * <p>The registry lives in this package, next to the interfaces (as JSR 354's {@code Bootstrap} lives
 * in {@code javax.money.spi}), because the API package {@code io.otp.core.classification} is what the
 * interfaces build on: a registry there would make the two packages depend on each other.
 */
package io.otp.core.classification.spi;
