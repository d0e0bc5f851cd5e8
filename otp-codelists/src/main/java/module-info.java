/**
 * Official EU codelists for the OTP SDK: CPV, NUTS and the eForms codelists with Spanish and English
 * labels, from the EU's eForms SDK; provides the core's classification SPI.
 */
module io.otp.codelists {
    requires transitive io.otp.core;
    requires java.xml;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    // No "requires eforms.sdk": the eForms SDK data jar has no classes and no module name of its own, so on
    // the module path it is an automatic module named after its file, a name a published descriptor must
    // not depend on. The lists this module names are read from the index built into it; the jar is read,
    // through the class loader, when it is visible: on the class path, or resolved on the module path
    // with --add-modules eforms.sdk (its folders are not packages, so the module system does not hide them).

    exports io.otp.codelists;

    opens io.otp.codelists to com.fasterxml.jackson.databind;

    provides io.otp.core.classification.spi.CpvCatalogue
        with io.otp.codelists.internal.provider.OfficialCpvCatalogue;
    provides io.otp.core.classification.spi.NutsCatalogue
        with io.otp.codelists.internal.provider.OfficialNutsCatalogue;
}
