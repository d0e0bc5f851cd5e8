package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.TenderId;
import io.otp.core.tender.Tender;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StreamingTest {

    @Test
    void writesAndReadsManyReleasesOneAtATime() {
        OcdsMapper mapper = new OcdsMapper(OcdsFixtures.settings());
        Tender template = OcdsFixtures.tender();
        int n = 2_000;
        Iterator<OcdsRelease> releases = LongStream.range(0, n).mapToObj(i -> {
            Tender t = Tender.builder().id(TenderId.of("2026/EXP-" + i)).title(template.title())
                .contractingAuthority(template.contractingAuthority()).contractType(template.contractType())
                .procedure(template.procedure()).estimatedValue(template.estimatedValue())
                .addAllCpvCodes(template.cpvCodes()).addAllLots(template.lots()).build();
            return mapper.release(ContractingProcess.builder().tender(t).build(), OcdsStage.TENDER);
        }).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new OcdsPackageWriter(OcdsFixtures.settings()).writeReleasePackage(out, releases);
        assertThat(written).isEqualTo(n);
        AtomicLong lots = new AtomicLong();
        OcdsPackageInfo info = new OcdsPackageReader().read(new ByteArrayInputStream(out.toByteArray()),
            r -> lots.addAndGet(r.tender().orElseThrow().lots().size()));
        assertThat(info.releaseCount()).isEqualTo(n);
        assertThat(lots.get()).isEqualTo(n);
    }

    @Test
    void anEmptyPackageIsStillAPackage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new OcdsPackageWriter(OcdsFixtures.settings()).writeReleasePackage(out,
            java.util.Collections.emptyIterator());
        assertThat(written).isZero();
        assertThat(SchemaCheck.errors(out.toString(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }
}
