package io.otp.core.constraints;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.party.TaxIdKind;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * A host application's form, as a Spring MVC or Jakarta Faces application would bind it: raw texts and
 * SDK values in private fields carrying the SDK's field constraints. Setters return the form so that a
 * test can change one field of a valid form.
 */
public class SampleHostForm {

    /**
     * Lets Hibernate Validator read the private fields. A host declares {@code opens com.example.forms to
     * org.hibernate.validator} in its module-info; these test classes are patched into io.otp.core, whose
     * descriptor must not open this package, so the module opens it at run time, as it may for itself.
     * Without a module (class path) this does nothing.
     */
    static void openToTheValidator() {
        SampleHostForm.class.getModule().addOpens(SampleHostForm.class.getPackageName(),
            org.hibernate.validator.HibernateValidator.class.getModule());
    }

    @NotNull
    @CpvCode
    private String cpv = "72000000-5";

    private List<@CpvCode String> additionalCpvs = new ArrayList<>(List.of("72260000-5", "48000000-8"));

    @SpanishTaxId
    private String taxId = "12345678Z";

    @SpanishTaxId(kinds = TaxIdKind.CIF)
    private String supplierTaxId = "B12345674";

    @SpanishTaxId(kinds = {TaxIdKind.NIF, TaxIdKind.NIE})
    private String contactTaxId = "X1234567L";

    @NutsCode
    private String region = "ES300";

    @Dir3Code
    private String contractingUnit = "L01280796";

    @PositiveAmount
    private Money budget = Money.euros("100000.00");

    @PositiveAmount(currency = "EUR")
    private Money estimatedValue = Money.euros("120000.00");

    @PercentageRange(min = "0", max = "100")
    private Percentage vatRate = Percentage.of(21);

    @CpvCode(message = "código CPV no válido: {value} ({ruleId})")
    private String hostMessageCpv;

    SampleHostForm cpv(String value) {
        this.cpv = value;
        return this;
    }

    SampleHostForm additionalCpvs(List<String> value) {
        this.additionalCpvs = new ArrayList<>(value);
        return this;
    }

    SampleHostForm taxId(String value) {
        this.taxId = value;
        return this;
    }

    SampleHostForm supplierTaxId(String value) {
        this.supplierTaxId = value;
        return this;
    }

    SampleHostForm contactTaxId(String value) {
        this.contactTaxId = value;
        return this;
    }

    SampleHostForm region(String value) {
        this.region = value;
        return this;
    }

    SampleHostForm contractingUnit(String value) {
        this.contractingUnit = value;
        return this;
    }

    SampleHostForm budget(Money value) {
        this.budget = value;
        return this;
    }

    SampleHostForm estimatedValue(Money value) {
        this.estimatedValue = value;
        return this;
    }

    SampleHostForm vatRate(Percentage value) {
        this.vatRate = value;
        return this;
    }

    SampleHostForm hostMessageCpv(String value) {
        this.hostMessageCpv = value;
        return this;
    }

    /** Every constrained field null except {@code cpv}, which is {@code @NotNull}. */
    static SampleHostForm allOptionalNull() {
        return new SampleHostForm().additionalCpvs(List.of()).taxId(null).supplierTaxId(null).contactTaxId(null)
            .region(null).contractingUnit(null).budget(null).estimatedValue(null).vatRate(null);
    }
}
