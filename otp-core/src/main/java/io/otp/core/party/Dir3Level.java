package io.otp.core.party;

import java.util.Optional;

/**
 * The administration a DIR3 code belongs to, told by its first letter (Directorio Común de Unidades
 * Orgánicas y Oficinas, created under Real Decreto 4/2010, Esquema Nacional de Interoperabilidad,
 * art. 9).
 *
 * <p>Codes with a two-letter prefix (such as {@code EA} for public-law entities of the State or
 * {@code GE} for economic management units) are classified by their first letter.
 */
public enum Dir3Level {

    /** {@code E}: the General State Administration (Administración General del Estado). */
    STATE('E'),

    /** {@code A}: the administration of an autonomous community (Administración autonómica). */
    AUTONOMOUS_COMMUNITY('A'),

    /**
     * {@code L}: a local entity (Administración local); {@code L01} is followed by the INE code of the
     * municipality, e.g. {@code L01280796} for Madrid.
     */
    LOCAL_ENTITY('L'),

    /** {@code U}: a public university. */
    UNIVERSITY('U'),

    /** {@code I}: other institutions (constitutional and statutory bodies, and others). */
    OTHER_INSTITUTION('I'),

    /** {@code J}: the Administration of Justice. */
    JUSTICE('J'),

    /** {@code O}: an office (registry and citizen service office), not an organic unit. */
    OFFICE('O'),

    /**
     * {@code G}: units outside the organic hierarchy, such as economic and budgetary management units
     * (unidades de gestión económico-presupuestaria), used among others for electronic invoicing.
     */
    MANAGEMENT_UNIT('G');

    private final char letter;

    Dir3Level(char letter) {
        this.letter = letter;
    }

    /**
     * The first letter of the codes of this level.
     *
     * @return an upper-case letter
     */
    public char letter() {
        return letter;
    }

    /**
     * Finds the level of a first letter.
     *
     * @param letter the first letter of a DIR3 code
     * @return the level; empty for a letter this SDK does not know; not null
     */
    public static Optional<Dir3Level> ofLetter(char letter) {
        for (Dir3Level level : values()) {
            if (level.letter == letter) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
