package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.classification.NutsCode;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.party.BusinessGroupId;
import io.otp.core.party.Department;
import io.otp.core.party.Dir3Code;
import io.otp.core.party.Organisation;
import io.otp.core.party.OrganisationKind;
import io.otp.core.party.Person;
import io.otp.core.party.PersonRole;
import io.otp.core.party.TaxId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of Spanish tax ids (as text, with check characters computed here from DOMAIN.md
 * section 7, independently of the main code) and of valid organisations, departments and people.
 */
public final class PartyGenerators {

    /** DNI/NIF and NIE check letters, indexed by number mod 23. */
    public static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** The organisation letters of a CIF. */
    public static final String CIF_LETTERS = "ABCDEFGHJNPQRSUVW";

    /** CIF letters whose control is written as a letter. */
    public static final String CIF_LETTER_ONLY = "PQSNRW";

    /** CIF letters whose control is written as a digit. */
    public static final String CIF_DIGIT_ONLY = "ABEH";

    /** CIF control letters, indexed by the control digit. */
    public static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";

    /** The characters a normalised tax id is written with. */
    public static final String TAX_ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private PartyGenerators() {
    }

    /**
     * The DNI/NIF letter of a number.
     *
     * @param number the DNI number, or an NIE's number with its prefix read as a digit
     * @return the letter
     */
    public static char nifLetter(long number) {
        return NIF_LETTERS.charAt((int) (number % 23));
    }

    /**
     * The CIF control digit of seven digits, computed Luhn-style: weights 2, 1, 2, ... and a product
     * above 9 reduced by 9 (the same as summing its digits), then the complement to ten of the total.
     *
     * @param sevenDigits seven decimal digits
     * @return 0 to 9
     */
    public static int cifControlDigit(String sevenDigits) {
        int total = 0;
        for (int i = 0; i < 7; i++) {
            int product = Character.digit(sevenDigits.charAt(i), 10) * (i % 2 == 0 ? 2 : 1);
            total += product > 9 ? product - 9 : product;
        }
        return (10 - total % 10) % 10;
    }

    /**
     * Valid DNI/NIFs: eight digits (leading zeros included) and their letter.
     *
     * @return a generator of NIF texts
     */
    public static Gen<String> nifs() {
        return longs().between(0, 99_999_999).map(n -> String.format("%08d", n) + nifLetter(n));
    }

    /**
     * Valid NIEs: X, Y or Z, seven digits and the letter of the number with the prefix read as 0, 1, 2.
     *
     * @return a generator of NIE texts
     */
    public static Gen<String> nies() {
        return integers().between(0, 2).zip(longs().between(0, 9_999_999),
            (prefix, n) -> "XYZ".charAt(prefix) + String.format("%07d", n) + nifLetter(prefix * 10_000_000L + n));
    }

    /**
     * Valid CIFs over every organisation letter, with the control in the form the letter requires, or
     * in either form where the letter allows both.
     *
     * @return a generator of CIF texts
     */
    public static Gen<String> cifs() {
        return Texts.oneOf(CIF_LETTERS).zip(longs().between(0, 9_999_999), booleans().all(),
            (letter, n, preferLetter) -> {
                String digits = String.format("%07d", n);
                int control = cifControlDigit(digits);
                boolean asLetter = CIF_LETTER_ONLY.contains(letter)
                    || !CIF_DIGIT_ONLY.contains(letter) && preferLetter;
                return letter + digits + (asLetter ? CIF_CONTROL_LETTERS.charAt(control) : (char) ('0' + control));
            });
    }

    /**
     * Valid tax ids of any kind.
     *
     * @return a generator of NIF, NIE and CIF texts
     */
    public static Gen<String> taxIds() {
        return Generate.oneOf(nifs(), nies(), cifs());
    }

    /**
     * Valid CIFs of public bodies (letters P, Q, S).
     *
     * @return a generator of tax ids
     */
    public static Gen<TaxId> publicBodyCifs() {
        return Texts.oneOf("PQS").zip(longs().between(0, 9_999_999), (letter, n) -> {
            String digits = String.format("%07d", n);
            return TaxId.of(letter + digits + CIF_CONTROL_LETTERS.charAt(cifControlDigit(digits)));
        });
    }

    /**
     * Valid organisations of every kind, with tax ids that fit the kind and random optional data.
     *
     * @return a generator of organisations
     */
    public static Gen<Organisation> organisations() {
        Gen<OrganisationKind> kinds = Generate.enumValues(OrganisationKind.class);
        Gen<Integer> seeds = integers().between(0, 1_000_000);
        return kinds.zip(seeds, nifsOrNies(), cifs(), (kind, seed, personId, cif) -> {
            boolean person = kind == OrganisationKind.PERSON_SELF_EMPLOYED;
            Organisation.Builder b = Organisation.builder()
                .id(OrganisationId.of("ORG-" + seed))
                .legalName("Organisation " + seed)
                .taxId(TaxId.of(person ? personId : cif))
                .kind(kind)
                .sme(kind != OrganisationKind.PUBLIC_BODY && seed % 2 == 0);
            if (!person && seed % 3 == 0) {
                b.dir3Code(Dir3Code.of(String.format("L01%06d", seed % 1_000_000)));
            }
            if (seed % 5 == 0) {
                b.businessGroup(BusinessGroupId.of("GROUP-" + seed % 7));
            }
            if (seed % 4 == 0) {
                b.nutsCode(NutsCode.of("ES300"));
            }
            if (seed % 6 == 0) {
                b.website("https://www.example" + seed + ".es").email("info@example" + seed + ".es");
            }
            return b.build();
        });
    }

    private static Gen<String> nifsOrNies() {
        return Generate.oneOf(nifs(), nies());
    }

    /**
     * Valid departments.
     *
     * @return a generator of departments
     */
    public static Gen<Department> departments() {
        return integers().between(0, 1_000_000).map(seed -> Department.builder()
            .id(DepartmentId.of("DEP-" + seed))
            .organisation(OrganisationId.of("ORG-" + seed % 10))
            .name("Department " + seed)
            .dir3Code(seed % 2 == 0 ? Optional.of(Dir3Code.of(String.format("E%08d", seed))) : Optional.empty())
            .head(seed % 3 == 0 ? Optional.of(PersonId.of("P-" + seed)) : Optional.empty())
            .build());
    }

    /**
     * Sets of roles, from none to all.
     *
     * @return a generator of role sets
     */
    public static Gen<Set<PersonRole>> roleSets() {
        List<PersonRole> all = List.of(PersonRole.values());
        return integers().between(0, (1 << all.size()) - 1).map(mask -> {
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            for (int i = 0; i < all.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    roles.add(all.get(i));
                }
            }
            return roles;
        });
    }

    /**
     * Valid people with random roles.
     *
     * @return a generator of people
     */
    public static Gen<Person> persons() {
        return integers().between(0, 1_000_000).zip(roleSets(), (seed, roles) -> Person.builder()
            .id(PersonId.of("P-" + seed))
            .fullName("Person " + seed)
            .email(seed % 2 == 0 ? Optional.of("p" + seed + "@example.es") : Optional.empty())
            .organisation(seed % 3 == 0 ? Optional.of(OrganisationId.of("ORG-" + seed % 10)) : Optional.empty())
            .addAllRoles(roles)
            .build());
    }
}
