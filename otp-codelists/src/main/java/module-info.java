/**
 * Official EU codelists for the OTP SDK: CPV, NUTS and the eForms codelists with Spanish and English
 * labels, from the EU's eForms SDK; provides the core's classification SPI.
 */
module io.otp.codelists {
    requires transitive io.otp.core;
    requires java.xml;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
    // The eForms SDK data jar (eu.europa.ted.eforms:eforms-sdk) has no module descriptor and no classes: on
    // the module path it is the automatic module named after its file, eforms.sdk. Requiring it resolves it
    // with this module; its files are in folders that are not packages, so they are readable from here.
    requires eforms.sdk;

    exports io.otp.codelists;

    opens io.otp.codelists to com.fasterxml.jackson.databind;

    provides io.otp.core.classification.spi.CpvCatalogue
        with io.otp.codelists.internal.provider.OfficialCpvCatalogue;
    provides io.otp.core.classification.spi.NutsCatalogue
        with io.otp.codelists.internal.provider.OfficialNutsCatalogue;
}
