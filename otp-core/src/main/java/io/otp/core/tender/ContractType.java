package io.otp.core.tender;

import java.util.Optional;

/**
 * The type of a public contract (LCSP arts. 12 to 18), with the codes the open-data standards use.
 */
public enum ContractType {
    /** Works (obras), LCSP art. 13. */
    WORKS("works", "works"),
    /** Supplies (suministros), LCSP art. 16. */
    SUPPLIES("supplies", "goods"),
    /** Services (servicios), LCSP art. 17. */
    SERVICES("services", "services"),
    /**
     * Mixed contract, LCSP art. 18: its rules follow the main object, so it has no single
     * eForms or OCDS category of its own.
     */
    MIXED(null, null),
    /** Works concession (concesión de obras), LCSP art. 14. */
    WORKS_CONCESSION("works", "works"),
    /** Services concession (concesión de servicios), LCSP art. 15. */
    SERVICES_CONCESSION("services", "services");

    private final String eForms;
    private final String ocds;

    ContractType(String eForms, String ocds) {
        this.eForms = eForms;
        this.ocds = ocds;
    }

    /**
     * The eForms contract nature code (BT-23: {@code works}, {@code supplies}, {@code services}).
     *
     * @return the code; empty for {@link #MIXED}; not null
     */
    public Optional<String> eFormsContractNature() {
        return Optional.ofNullable(eForms);
    }

    /**
     * The OCDS {@code procurementCategory} code ({@code works}, {@code goods}, {@code services}).
     *
     * @return the code; empty for {@link #MIXED}; not null
     */
    public Optional<String> ocdsProcurementCategory() {
        return Optional.ofNullable(ocds);
    }

    /**
     * Tells whether the minor-contract and simplified-procedure limits of works apply (LCSP arts.
     * 118 and 159): works and works concessions.
     *
     * @return true for works
     */
    public boolean isWorks() {
        return this == WORKS || this == WORKS_CONCESSION;
    }
}
