package io.otp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a tender with its bids through {@link OtpJson#standard()} (typed, validated
 * values), against plain Jackson reading the same bytes into a {@link JsonNode} tree and writing it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

    /** The number of bids in the document. */
    @Param({"1000"})
    public int bids;

    private final OtpJson json = OtpJson.standard();
    private final ObjectMapper plain = new ObjectMapper();
    private byte[] document;

    /** Creates the benchmark; JMH calls it. */
    public JsonBenchmark() {
    }

    /** Writes the document once, with a fixed seed, through the SDK. */
    @Setup(Level.Trial)
    public void setUp() {
        TenderDocument d = new TenderDocument(Workloads.tender(10), Workloads.bids(bids, 10));
        document = json.writeBytes(d);
        if (!json.read(document, TenderDocument.class).equals(d)) {
            throw new IllegalStateException("the document does not read back to the same tender and bids");
        }
    }

    /**
     * The SDK: read the document into typed values and write them again.
     *
     * @return the bytes written
     */
    @Benchmark
    public byte[] readAndWrite() {
        return json.writeBytes(json.read(document, TenderDocument.class));
    }

    /**
     * The baseline: plain Jackson reads the same bytes into a tree and writes it.
     *
     * @return the bytes written
     */
    @Benchmark
    public byte[] baselineJacksonTree() {
        try {
            return plain.writeValueAsBytes(plain.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
