/**
 * The official EU codelists, with Spanish and English labels, from the EU's eForms SDK: the Common
 * Procurement Vocabulary with its hierarchy and the social and other specific services of LCSP
 * Annex IV, the NUTS regions, and the eForms codelists the core's enums map to (procedure type,
 * contract nature, award criterion type and its numbers).
 *
 * <p>{@link io.otp.codelists.EuCodelists#official()} is the entry point; each list is loaded on first
 * use and kept. The module also plugs the CPV and NUTS lists into the core's validator through
 * {@link java.util.ServiceLoader} (SPI {@code io.otp.core.classification.spi}), so that adding the
 * module to the class path or module path is enough for unknown codes to be reported.
 *
 * <pre>{@code
 * CpvClassification cpv = EuCodelists.official().cpv();
 * cpv.label(CpvCode.of("72000000-5"), Locale.forLanguageTag("es"));
 *     // Optional[Servicios TI: consultoría, desarrollo de software, Internet y apoyo]
 * cpv.isSocialService(CpvCode.of("85000000"));     // true: LCSP Annex IV, EU threshold 750,000 EUR
 * EuCodelists.official().nuts().label(NutsCode.of("ES300"), Locale.ENGLISH);   // Optional[Madrid]
 * }</pre>
 *
 * <p>Source: eForms SDK, Publications Office of the European Union, licensed under CC BY 4.0.
 */
@OtpStyle
package io.otp.codelists;

import io.otp.core.OtpStyle;
