package io.otp.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.type.TypeReference;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.LotId;
import io.otp.core.id.NeedId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.ProjectId;
import io.otp.core.id.TenderId;
import io.otp.core.id.TypedId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.FormulaReference;
import io.otp.core.testing.JsonTestGenerators;
import io.otp.core.time.DateRange;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every SDK value type survives write-then-read unchanged, with the JSON text it documents. */
class OtpJsonRoundTripTest {

    private final OtpJson json = OtpJson.standard();

    private <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().forAll(values).checkAssert(v -> assertThat(json.read(json.write(v), type)).isEqualTo(v));
    }

    @Test
    void moneyRoundTripsWithItsExactAmountText() {
        roundTrips(JsonTestGenerators.money(), Money.class);
        qt().forAll(JsonTestGenerators.money()).checkAssert(m -> assertThat(json.write(m)).isEqualTo(
            "{\"amount\":" + m.amount().toPlainString() + ",\"currency\":\"" + m.currency().getCurrencyCode() + "\"}"));
    }

    @Test
    void percentageRoundTripsAsAPlainNumber() {
        roundTrips(JsonTestGenerators.percentages(), Percentage.class);
        qt().forAll(JsonTestGenerators.percentages())
            .checkAssert(p -> assertThat(json.write(p)).isEqualTo(p.value().toPlainString()));
    }

    @Test
    void pointsRoundTripAsAPlainNumber() {
        roundTrips(JsonTestGenerators.points(), Points.class);
        qt().forAll(JsonTestGenerators.points())
            .checkAssert(p -> assertThat(json.write(p)).isEqualTo(p.value().toPlainString()));
    }

    private <T extends TypedId> void idRoundTrips(Function<String, T> factory, Class<T> type) {
        qt().forAll(JsonTestGenerators.ids(factory)).checkAssert(id -> {
            String text = json.write(id);
            assertThat(text).isEqualTo("\"" + id.value() + "\"");
            assertThat(json.read(text, type)).isEqualTo(id);
            assertThat(json.read(json.writeBytes(id), type)).isEqualTo(id);
        });
    }

    @Test
    void everyTypedIdRoundTripsAsItsText() {
        idRoundTrips(NeedId::of, NeedId.class);
        idRoundTrips(ProjectId::of, ProjectId.class);
        idRoundTrips(TenderId::of, TenderId.class);
        idRoundTrips(LotId::of, LotId.class);
        idRoundTrips(CriterionId::of, CriterionId.class);
        idRoundTrips(BidId::of, BidId.class);
        idRoundTrips(OrganisationId::of, OrganisationId.class);
        idRoundTrips(DepartmentId::of, DepartmentId.class);
        idRoundTrips(PersonId::of, PersonId.class);
    }

    @Test
    void dateRangeRoundTripsAsIsoDates() {
        roundTrips(JsonTestGenerators.dateRanges(), DateRange.class);
        qt().forAll(JsonTestGenerators.dateRanges()).checkAssert(r -> assertThat(json.write(r))
            .isEqualTo("{\"start\":\"" + r.start() + "\",\"end\":\"" + r.end() + "\"}"));
    }

    @Test
    void cpvCodeRoundTripsWithItsCheckDigit() {
        roundTrips(JsonTestGenerators.cpvCodes(), CpvCode.class);
        qt().forAll(JsonTestGenerators.cpvCodes())
            .checkAssert(c -> assertThat(json.write(c)).isEqualTo("\"" + c + "\""));
    }

    @Test
    void formulaReferenceRoundTripsWithExactParameters() {
        roundTrips(JsonTestGenerators.formulaReferences(), FormulaReference.class);
        qt().forAll(JsonTestGenerators.formulaReferences()).checkAssert(f -> {
            FormulaReference back = json.read(json.write(f), FormulaReference.class);
            back.parameters().forEach((name, value) ->
                assertThat(value.scale()).isEqualTo(f.parameters().get(name).scale()));
        });
    }

    @Test
    void listsOfValuesRoundTripThroughBytesAndStreams() {
        TypeReference<List<Money>> listOfMoney = new TypeReference<>() { };
        qt().forAll(lists().of(JsonTestGenerators.money()).ofSizeBetween(0, 20)).checkAssert(list -> {
            byte[] bytes = json.writeBytes(list);
            assertThat(json.read(bytes, listOfMoney)).isEqualTo(list);
            assertThat(json.read(new ByteArrayInputStream(bytes), listOfMoney)).isEqualTo(list);
            assertThat(json.read(json.write(list), listOfMoney)).isEqualTo(list);
        });
    }
}
