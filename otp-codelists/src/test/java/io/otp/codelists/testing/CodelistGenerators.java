package io.otp.codelists.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.codelists.CpvEntry;
import io.otp.codelists.EuCodelists;
import io.otp.codelists.NutsEntry;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of codes taken from the official lists, so that properties range over real data. */
public final class CodelistGenerators {

    private CodelistGenerators() {
    }

    /**
     * Entries of the official CPV list, uniformly.
     *
     * @return a generator of CPV entries
     */
    public static Gen<CpvEntry> cpvEntries() {
        List<CpvEntry> all = EuCodelists.official().cpv().entries();
        return integers().between(0, all.size() - 1).map(all::get);
    }

    /**
     * Entries of the official NUTS list, uniformly.
     *
     * @return a generator of NUTS entries
     */
    public static Gen<NutsEntry> nutsEntries() {
        List<NutsEntry> all = EuCodelists.official().nuts().entries();
        return integers().between(0, all.size() - 1).map(all::get);
    }
}
