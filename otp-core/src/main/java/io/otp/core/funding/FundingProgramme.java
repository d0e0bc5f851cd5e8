package io.otp.core.funding;

/**
 * The programme a funding call belongs to.
 */
public enum FundingProgramme {

    /** NextGenerationEU's Recovery and Resilience Facility (Reg. (EU) 2021/241), in Spain the PRTR. */
    NEXT_GENERATION_EU_MRR(true),

    /** The European Regional Development Fund (Reg. (EU) 2021/1058). */
    FEDER(true),

    /** The European Social Fund Plus (Reg. (EU) 2021/1057). */
    FSE_PLUS(true),

    /** Horizon Europe, the EU research and innovation programme (Reg. (EU) 2021/695). */
    HORIZON_EUROPE(true),

    /** The Digital Europe programme (Reg. (EU) 2021/694). */
    DIGITAL_EUROPE(true),

    /** A programme of the national government. */
    NATIONAL(false),

    /** A programme of a regional government. */
    REGIONAL(false);

    private final boolean euFunded;

    FundingProgramme(boolean euFunded) {
        this.euFunded = euFunded;
    }

    /**
     * Tells whether the programme is financed by the European Union, so that EU publicity and
     * audit obligations apply.
     *
     * @return true for the EU programmes; false for national and regional ones
     */
    public boolean isEuFunded() {
        return euFunded;
    }
}
