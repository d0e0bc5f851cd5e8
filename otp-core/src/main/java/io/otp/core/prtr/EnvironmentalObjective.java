package io.otp.core.prtr;

/**
 * The six environmental objectives of Reg. (EU) 2020/852 (the Taxonomy Regulation) art. 9, against
 * which a measure funded by the Recovery and Resilience Facility must do no significant harm (art.
 * 17; Reg. (EU) 2021/241 art. 5.2).
 */
public enum EnvironmentalObjective {

    /** Climate change mitigation (art. 9.a; significant harm defined in art. 17.1.a). */
    CLIMATE_CHANGE_MITIGATION,

    /** Climate change adaptation (art. 9.b; art. 17.1.b). */
    CLIMATE_CHANGE_ADAPTATION,

    /** The sustainable use and protection of water and marine resources (art. 9.c; art. 17.1.c). */
    WATER_AND_MARINE_RESOURCES,

    /** The transition to a circular economy (art. 9.d; art. 17.1.d). */
    CIRCULAR_ECONOMY,

    /** Pollution prevention and control (art. 9.e; art. 17.1.e). */
    POLLUTION_PREVENTION_AND_CONTROL,

    /** The protection and restoration of biodiversity and ecosystems (art. 9.f; art. 17.1.f). */
    BIODIVERSITY_AND_ECOSYSTEMS
}
