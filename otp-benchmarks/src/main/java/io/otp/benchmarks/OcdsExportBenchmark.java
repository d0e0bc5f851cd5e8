package io.otp.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.otp.core.id.TenderId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.ocds.ContractingProcess;
import io.otp.ocds.OcdsMapper;
import io.otp.ocds.OcdsPackageWriter;
import io.otp.ocds.OcdsRelease;
import io.otp.ocds.OcdsSettings;
import io.otp.ocds.OcdsStage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming 100,000 OCDS releases into one release package ({@link OcdsPackageWriter}) written to a
 * stream that discards the bytes, in a heap of 256 MB ({@code -Xmx256m}), against Jackson writing the
 * same release trees. Scores are releases per second.
 *
 * <p>The releases are made as otp-examples' OcdsVolumeExport makes them: release i belongs to a copy of one
 * generated tender ({@link Workloads}, one lot of 10 criteria) with its own id; it is the tender release for
 * even i and the award release, with the tender's 6 bids, for odd i. {@link #export()} makes each release
 * ({@link OcdsMapper#release}) while the writer consumes it, as the volume export does;
 * {@link #exportPreMapped()} gives the writer releases mapped beforehand, to separate writing from
 * mapping. The baseline {@link #baselineJacksonTrees()} writes the same package header and, with an
 * {@link ObjectMapper} and a {@link JsonGenerator} (amounts kept as {@code BigDecimal} and written plain,
 * as in the SDK's trees), release trees parsed beforehand from the same releases' JSON; {@link #setUp()}
 * checks that it writes the same bytes as the SDK. Releases mapped or parsed beforehand are the first
 * {@value #POOL} of the sequence, written in turn 100,000 times, so that the heap holds only them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OcdsExportBenchmark {

    /** The releases of one package. */
    public static final int RELEASES = 100_000;

    /** How many releases are mapped or parsed beforehand. */
    public static final int POOL = 1_000;

    private static final Instant PUBLISHED = Instant.parse("2026-12-31T12:00:00Z");

    private final OcdsSettings settings = OcdsSettings.builder().ocidPrefix("ocds-dip047")
        .publisherName("Diputación Provincial").publisherScheme("ES-DIR3").publisherUid("L02000047")
        .packageUri("https://datos.example.org/contratacion/ocds/release-package.json").publishedDate(PUBLISHED)
        .build();
    private final OcdsPackageWriter writer = new OcdsPackageWriter(settings);
    private final OcdsMapper mapper = new OcdsMapper(settings);
    // Amounts stay BigDecimal, written plain, as in the SDK's trees, so both write the same bytes.
    private final ObjectMapper plain = JsonMapper.builder(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final OutputStream discard = OutputStream.nullOutputStream();
    private Tender template;
    private List<Bid> templateBids;
    private List<OcdsRelease> mapped;
    private List<JsonNode> trees;

    /** Creates the benchmark; JMH calls it. */
    public OcdsExportBenchmark() {
    }

    /**
     * Generates the template tender and its bids, maps and parses the first {@value #POOL} releases, and
     * checks that the SDK's writer and the baseline write the same package of them.
     */
    @Setup(Level.Trial)
    public void setUp() {
        template = Workloads.tender(10);
        templateBids = Workloads.bids(6, 10);
        mapped = new ArrayList<>(POOL);
        trees = new ArrayList<>(POOL);
        Iterator<OcdsRelease> made = releases(POOL);
        try {
            while (made.hasNext()) {
                OcdsRelease r = made.next();
                mapped.add(r);
                trees.add(plain.readTree(r.toJson()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream sdk = new ByteArrayOutputStream();
        writer.writeReleasePackage(sdk, mapped.iterator());
        ByteArrayOutputStream baseline = new ByteArrayOutputStream();
        writeTrees(baseline, POOL);
        if (!Arrays.equals(sdk.toByteArray(), baseline.toByteArray())) {
            throw new IllegalStateException("the baseline does not write the bytes the SDK writes");
        }
    }

    /**
     * The SDK: makes each release and streams it into the package.
     *
     * @return the number of releases written
     */
    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public long export() {
        return writer.writeReleasePackage(discard, releases(RELEASES));
    }

    /**
     * The SDK's writer alone: streams releases mapped beforehand.
     *
     * @return the number of releases written
     */
    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public long exportPreMapped() {
        return writer.writeReleasePackage(discard, new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < RELEASES;
            }

            @Override
            public OcdsRelease next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return mapped.get(i++ % POOL);
            }
        });
    }

    /**
     * The baseline: the package header and the release trees parsed beforehand, written with Jackson.
     *
     * @return the number of releases written
     */
    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public long baselineJacksonTrees() {
        return writeTrees(discard, RELEASES);
    }

    private long writeTrees(OutputStream out, int n) {
        try (JsonGenerator g = plain.getFactory().createGenerator(out)) {
            // as the SDK's writer: the stream is flushed, not closed
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("uri", settings.packageUri());
            g.writeStringField("version", OcdsPackageWriter.VERSION);
            g.writeArrayFieldStart("extensions");
            for (String e : OcdsPackageWriter.EXTENSIONS) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeStringField("publishedDate",
                PUBLISHED.atZone(settings.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            g.writeObjectFieldStart("publisher");
            g.writeStringField("name", settings.publisherName());
            g.writeStringField("scheme", settings.publisherScheme().orElseThrow());
            g.writeStringField("uid", settings.publisherUid().orElseThrow());
            g.writeEndObject();
            g.writeStringField("license", settings.license());
            g.writeArrayFieldStart("releases");
            long written = 0;
            for (int i = 0; i < n; i++) {
                plain.writeTree(g, trees.get(i % POOL));
                written++;
            }
            g.writeEndArray();
            g.writeEndObject();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases 0 to n - 1 of the sequence, each made when it is asked for. */
    private Iterator<OcdsRelease> releases(int n) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public OcdsRelease next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TenderId id = TenderId.of(String.format(Locale.ROOT, "2026/VOL-%07d", i));
                Tender t = Tender.builder().id(id).title(template.title())
                    .contractingAuthority(template.contractingAuthority()).contractType(template.contractType())
                    .procedure(template.procedure()).estimatedValue(template.estimatedValue())
                    .addAllCpvCodes(template.cpvCodes()).addAllLots(template.lots()).build();
                ContractingProcess.Builder p = ContractingProcess.builder().tender(t);
                boolean award = i % 2 == 1;
                if (award) {
                    for (Bid b : templateBids) {
                        p.addBids(Bid.builder().id(b.id()).tender(id).lot(b.lot()).bidder(b.bidder())
                            .economicOffer(b.economicOffer()).submittedAt(b.submittedAt())
                            .putAllFormulaValues(b.formulaValues()).build());
                    }
                }
                i++;
                return mapper.release(p.build(), award ? OcdsStage.AWARD : OcdsStage.TENDER);
            }
        };
    }
}
