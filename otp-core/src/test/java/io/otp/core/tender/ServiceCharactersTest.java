package io.otp.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.json.OtpJson;
import org.junit.jupiter.api.Test;

/**
 * A tender document that gives the service characters twice, under the old name {@code serviceCharacter}
 * and the new {@code serviceCharacters}, says two different things (ORDINARY and INTELLECTUAL change the
 * rules of arts. 145.4 and 159). OtpJson refuses any other property given twice
 * ({@code OTP-JSON-DUPLICATE-KEY}); here one value silently wins.
 */
class ServiceCharactersTest {

    @Test
    void bothTheOldAndTheNewPropertyInOneDocumentAreRefused() {
        Tender tender = Fixtures.tender(Fixtures.lot("L1", Fixtures.price("P", 100)))
            .addServiceCharacters(ServiceCharacter.INTELLECTUAL).build();
        String json = OtpJson.standard().write(tender);
        assertThat(json).contains("\"serviceCharacters\":[\"INTELLECTUAL\"]");
        String both = "{\"serviceCharacter\":\"ORDINARY\"," + json.substring(1);

        assertThatThrownBy(() -> OtpJson.standard().read(both, Tender.class))
            .isInstanceOf(ValidationException.class).hasMessageContaining("serviceCharacter");
    }
}
