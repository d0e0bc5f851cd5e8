package io.otp.core.need;

/**
 * What kind of technology need a department raises; used to route the need to the right analysts
 * and to group needs when the office prioritises them.
 */
public enum NeedCategory {

    /** A new information system or application. */
    NEW_SYSTEM,

    /** A change or extension of an existing system. */
    SYSTEM_EVOLUTION,

    /** Hosting, networks, workstations, data centre or cloud capacity. */
    INFRASTRUCTURE,

    /**
     * Security measures, for instance to meet the Esquema Nacional de Seguridad (Real Decreto
     * 311/2022).
     */
    CYBERSECURITY,

    /**
     * Data management, open data and interoperability with other administrations (Esquema Nacional
     * de Interoperabilidad, Real Decreto 4/2010).
     */
    DATA_AND_INTEROPERABILITY,

    /** Electronic services for citizens and companies (sede electrónica, procedures online). */
    DIGITAL_SERVICES,

    /** Corrective, adaptive or preventive maintenance and user support of what exists. */
    SUPPORT_AND_MAINTENANCE,

    /** Training of the organisation's staff. */
    TRAINING,

    /** Anything the other categories do not describe. */
    OTHER
}
