package io.otp.core.tender;

import java.util.Optional;

/**
 * The award procedure of a tender (LCSP art. 131), with the eForms (BT-105) and OCDS
 * ({@code tender.procurementMethod}) codes each maps to.
 */
public enum ProcedureType {
    /** Open procedure (procedimiento abierto), LCSP arts. 156 to 158. */
    OPEN("open", "open", "Procedimiento abierto"),
    /** Simplified open procedure (abierto simplificado), LCSP art. 159.1 to 159.5. */
    SIMPLIFIED_OPEN("open", "open", "Procedimiento abierto simplificado"),
    /** Super-simplified open procedure (abierto simplificado abreviado), LCSP art. 159.6. */
    SUPER_SIMPLIFIED_OPEN("open", "open", "Procedimiento abierto simplificado abreviado"),
    /** Restricted procedure (restringido), LCSP arts. 160 to 165. */
    RESTRICTED("restricted", "selective", "Procedimiento restringido"),
    /** Negotiated procedure with publication (negociado con publicidad), LCSP arts. 166 to 167 and 169. */
    NEGOTIATED_WITH_PUBLICATION("neg-w-call", "selective", "Procedimiento negociado con publicidad"),
    /** Negotiated procedure without publication (negociado sin publicidad), LCSP art. 168. */
    NEGOTIATED_WITHOUT_PUBLICATION("neg-wo-call", "limited", "Procedimiento negociado sin publicidad"),
    /** Competitive dialogue (diálogo competitivo), LCSP arts. 172 to 176. */
    COMPETITIVE_DIALOGUE("comp-dial", "selective", "Diálogo competitivo"),
    /** Innovation partnership (asociación para la innovación), LCSP arts. 177 to 182. */
    INNOVATION_PARTNERSHIP("innovation", "selective", "Asociación para la innovación"),
    /**
     * Minor contract (contrato menor), LCSP art. 118: a direct award below the minor-contract
     * limits; it has no eForms procedure code.
     */
    MINOR_CONTRACT(null, "direct", "Contrato menor");

    private final String eForms;
    private final String ocds;
    private final String spanishName;

    ProcedureType(String eForms, String ocds, String spanishName) {
        this.eForms = eForms;
        this.ocds = ocds;
        this.spanishName = spanishName;
    }

    /**
     * The eForms procedure type code (BT-105, codelist {@code procurement-procedure-type}).
     *
     * @return the code; empty for a minor contract; not null
     */
    public Optional<String> eFormsCode() {
        return Optional.ofNullable(eForms);
    }

    /**
     * The OCDS {@code procurementMethod} code: {@code open}, {@code selective}, {@code limited} or
     * {@code direct}.
     *
     * @return the code, not null
     */
    public String ocdsMethod() {
        return ocds;
    }

    /**
     * The procedure's name in the LCSP, in Spanish (for {@code procurementMethodDetails} and reports).
     *
     * @return the name, not null
     */
    public String spanishName() {
        return spanishName;
    }

    /**
     * Tells whether this is one of the simplified open procedures of LCSP art. 159.
     *
     * @return true for the simplified and super-simplified open procedures
     */
    public boolean isSimplified() {
        return this == SIMPLIFIED_OPEN || this == SUPER_SIMPLIFIED_OPEN;
    }
}
