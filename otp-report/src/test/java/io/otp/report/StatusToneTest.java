package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.kpi.indicator.StatusLevel;
import org.junit.jupiter.api.Test;

class StatusToneTest {

    @Test
    void mapsTheRagAndDeliveryConfidenceLevelsAndGreysAnUnknownOne() {
        assertThat(StatusTone.of(StatusLevel.GREEN)).isEqualTo(StatusTone.GREEN);
        assertThat(StatusTone.of(StatusLevel.AMBER_GREEN)).isEqualTo(StatusTone.AMBER);
        assertThat(StatusTone.of(StatusLevel.AMBER)).isEqualTo(StatusTone.AMBER);
        assertThat(StatusTone.of(StatusLevel.AMBER_RED)).isEqualTo(StatusTone.AMBER);
        assertThat(StatusTone.of(StatusLevel.RED)).isEqualTo(StatusTone.RED);
        assertThat(StatusTone.of(StatusLevel.of("BLUE", "Blue"))).isEqualTo(StatusTone.GREY);
    }

    @Test
    void levelLabelsComeFromTheBundleOrTheLevel() {
        assertThat(StatusTone.levelLabel(StatusLevel.AMBER_RED, ReportLanguage.SPANISH)).isEqualTo("Ámbar/Rojo");
        assertThat(StatusTone.levelLabel(StatusLevel.RED, ReportLanguage.ENGLISH)).isEqualTo("Red");
        assertThat(StatusTone.levelLabel(StatusLevel.of("BLUE", "Azul"), ReportLanguage.SPANISH)).isEqualTo("Azul");
    }
}
