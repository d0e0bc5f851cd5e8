package io.otp.core.party;

/**
 * The three shapes of a Spanish tax identification number (número de identificación fiscal, Real
 * Decreto 1065/2007), as {@link TaxId} tells them apart.
 */
public enum TaxIdKind {

    /**
     * The NIF of a Spanish natural person, which is the number of the DNI: eight digits and a check
     * letter, e.g. {@code 12345678Z}.
     */
    NIF(true),

    /**
     * The NIE of a foreign natural person: {@code X}, {@code Y} or {@code Z}, seven digits and a check
     * letter, e.g. {@code X1234567L}.
     */
    NIE(true),

    /**
     * The NIF of a legal person or an entity without legal personality, still called CIF: a letter for
     * the kind of organisation (Orden EHA/451/2008), seven digits and a control digit or letter, e.g.
     * {@code B12345674}.
     */
    CIF(false);

    private final boolean naturalPerson;

    TaxIdKind(boolean naturalPerson) {
        this.naturalPerson = naturalPerson;
    }

    /**
     * Tells whether ids of this kind belong to natural persons (NIF, NIE) rather than to
     * organisations (CIF).
     *
     * @return true for {@link #NIF} and {@link #NIE}
     */
    public boolean isNaturalPerson() {
        return naturalPerson;
    }
}
