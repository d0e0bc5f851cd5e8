package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.ocds.OcdsPackageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcdsVolumeExportTest {

    @TempDir
    Path dir;

    @Test
    void streamsTheRequestedNumberOfReleasesAndReportsTheFigures() throws IOException {
        Path file = dir.resolve("volume.json");
        OcdsVolumeExport.Figures f = OcdsVolumeExport.export(1_000, file);
        assertThat(f.releases()).isEqualTo(1_000);
        assertThat(f.bytes()).isEqualTo(Files.size(file));
        assertThat(f.maxHeapDuring()).isPositive().isLessThanOrEqualTo(f.maxHeap());
        AtomicLong bids = new AtomicLong();
        try (InputStream in = Files.newInputStream(file)) {
            long n = new OcdsPackageReader().read(in, r -> bids.addAndGet(r.bids().size())).releaseCount();
            assertThat(n).isEqualTo(1_000);
        }
        // Odd releases are award releases with the six bids: 500 × 6.
        assertThat(bids.get()).isEqualTo(3_000);
    }
}
