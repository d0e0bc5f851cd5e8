package io.otp.core.project;

/**
 * The security category of a system under the Esquema Nacional de Seguridad (Real Decreto
 * 311/2022, art. 40 and Annex I): the highest level (low, medium, high) among the impacts a
 * security incident would have on the system's information and services, in each dimension
 * (confidentiality, integrity, traceability, authenticity, availability). The category determines
 * which security measures of Annex II apply.
 */
public enum EnsCategory {

    /** Categoría BÁSICA: no dimension reaches the medium level. */
    BASIC,

    /** Categoría MEDIA: some dimension reaches the medium level and none reaches the high level. */
    MEDIUM,

    /** Categoría ALTA: some dimension reaches the high level. */
    HIGH
}
