/**
 * The OTP SDK core: procurement domain model, legal validation and JSON.
 */
module io.otp.core {
    requires static org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.slf4j;
    requires static org.hibernate.validator;

    exports io.otp.core;
    exports io.otp.core.aggregate;
    exports io.otp.core.agreement;
    exports io.otp.core.classification;
    exports io.otp.core.classification.spi;
    exports io.otp.core.communication;
    exports io.otp.core.constraints;
    exports io.otp.core.execution;
    exports io.otp.core.funding;
    exports io.otp.core.id;
    exports io.otp.core.json;
    exports io.otp.core.lifecycle;
    exports io.otp.core.meeting;
    exports io.otp.core.money;
    exports io.otp.core.need;
    exports io.otp.core.party;
    exports io.otp.core.project;
    exports io.otp.core.prtr;
    exports io.otp.core.risk;
    exports io.otp.core.rules;
    exports io.otp.core.spi;
    exports io.otp.core.tender;
    exports io.otp.core.time;

    opens io.otp.core to com.fasterxml.jackson.databind;
    opens io.otp.core.agreement to com.fasterxml.jackson.databind;
    opens io.otp.core.classification to com.fasterxml.jackson.databind;
    opens io.otp.core.communication to com.fasterxml.jackson.databind;
    opens io.otp.core.constraints to com.fasterxml.jackson.databind;
    opens io.otp.core.execution to com.fasterxml.jackson.databind;
    opens io.otp.core.funding to com.fasterxml.jackson.databind;
    opens io.otp.core.id to com.fasterxml.jackson.databind;
    opens io.otp.core.json to com.fasterxml.jackson.databind;
    opens io.otp.core.meeting to com.fasterxml.jackson.databind;
    opens io.otp.core.money to com.fasterxml.jackson.databind;
    opens io.otp.core.need to com.fasterxml.jackson.databind;
    opens io.otp.core.party to com.fasterxml.jackson.databind;
    opens io.otp.core.project to com.fasterxml.jackson.databind;
    opens io.otp.core.prtr to com.fasterxml.jackson.databind;
    opens io.otp.core.risk to com.fasterxml.jackson.databind;
    opens io.otp.core.rules to com.fasterxml.jackson.databind;
    opens io.otp.core.tender to com.fasterxml.jackson.databind;
    opens io.otp.core.time to com.fasterxml.jackson.databind;

    uses io.otp.core.classification.spi.CpvCatalogue;
    uses io.otp.core.classification.spi.NutsCatalogue;
    uses io.otp.core.rules.ThresholdProvider;

    provides jakarta.validation.ConstraintValidator with io.otp.core.rules.LegalTenderValidator;
}
