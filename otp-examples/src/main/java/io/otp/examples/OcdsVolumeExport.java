package io.otp.examples;

import io.otp.core.id.TenderId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.ocds.ContractingProcess;
import io.otp.ocds.OcdsMapper;
import io.otp.ocds.OcdsPackageWriter;
import io.otp.ocds.OcdsRelease;
import io.otp.ocds.OcdsStage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Streams N OCDS releases (100,000 unless the first argument says otherwise) into one release package
 * file and reports the time and the heap used, to show that the export runs in constant memory: run it
 * with a small heap, {@code java -Xmx64m}, or with {@code mvn -B -o -q -Pocds-volume -pl otp-examples -am
 * package -DskipTests}.
 *
 * <p>Release i is the tender release (even i) or the award release with the six bids (odd i) of a copy of
 * the service-desk tender with its own id. The heap used is read from the {@link MemoryMXBean} after a
 * garbage collection, before the export and every 10,000 releases; the largest reading is reported.
 */
public final class OcdsVolumeExport {

    /** The number of releases when no argument is given. */
    public static final int DEFAULT_RELEASES = 100_000;

    /** Where the package is written when no second argument is given. */
    public static final Path OUTPUT = Path.of("target", "otp-ocds", "volume-release-package.json");

    private static final int SAMPLE_EVERY = 10_000;

    private OcdsVolumeExport() {
    }

    /**
     * The figures of one run.
     *
     * @param releases the releases written
     * @param bytes the size of the file
     * @param millis the time taken, in milliseconds
     * @param heapBefore the heap used after GC before the export, in bytes
     * @param maxHeapDuring the largest heap used after GC during the export, in bytes
     * @param maxHeap the heap limit of the JVM, in bytes
     */
    public record Figures(long releases, long bytes, long millis, long heapBefore, long maxHeapDuring, long maxHeap) {
    }

    /**
     * Runs the export.
     *
     * @param args the number of releases, then the output file; both optional
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RELEASES;
        Path file = args.length > 1 ? Path.of(args[1]) : OUTPUT;
        Figures f = export(n, file);
        PrintStream out = System.out;
        out.println("OTP SDK · OCDS volume export");
        out.println("   File: " + file.toAbsolutePath() + " (" + mib(f.bytes()) + ")");
        out.println("   Releases: " + f.releases());
        out.println("   Time: " + f.millis() + " ms (" + (f.releases() * 1000 / Math.max(1, f.millis()))
            + " releases/s)");
        out.println("   Heap used after GC: before " + mib(f.heapBefore()) + ", at most " + mib(f.maxHeapDuring())
            + " during the export; heap limit " + mib(f.maxHeap()));
    }

    /**
     * Streams n releases into a package file.
     *
     * @param n the number of releases; not negative
     * @param file the file; its folder is created; not null
     * @return the figures, not null
     */
    public static Figures export(int n, Path file) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        OcdsMapper mapper = new OcdsMapper(OpenDataScenario.settings());
        Tender template = ServiceDeskTender.tender();
        List<Bid> bids = ServiceDeskTender.bids();
        long[] maxHeap = {usedAfterGc(memory)};
        long before = maxHeap[0];
        Iterator<OcdsRelease> releases = new Iterator<>() {
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
                if (i > 0 && i % SAMPLE_EVERY == 0) {
                    maxHeap[0] = Math.max(maxHeap[0], usedAfterGc(memory));
                }
                TenderId id = TenderId.of(String.format(Locale.ROOT, "2026/VOL-%07d", i));
                Tender t = Tender.builder().id(id).title(template.title())
                    .contractingAuthority(template.contractingAuthority()).contractType(template.contractType())
                    .procedure(template.procedure()).estimatedValue(template.estimatedValue())
                    .addAllCpvCodes(template.cpvCodes()).addAllLots(template.lots()).build();
                ContractingProcess.Builder p = ContractingProcess.builder().tender(t);
                boolean award = i % 2 == 1;
                if (award) {
                    for (Bid b : bids) {
                        p.addBids(Bid.builder().id(b.id()).tender(id).lot(b.lot()).bidder(b.bidder())
                            .economicOffer(b.economicOffer()).submittedAt(b.submittedAt()).build());
                    }
                }
                i++;
                return mapper.release(p.build(), award ? OcdsStage.AWARD : OcdsStage.TENDER);
            }
        };
        long start = System.nanoTime();
        long written;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                written = new OcdsPackageWriter(OpenDataScenario.settings()).writeReleasePackage(os, releases);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            maxHeap[0] = Math.max(maxHeap[0], usedAfterGc(memory));
            return new Figures(written, Files.size(file), millis, before, maxHeap[0], Runtime.getRuntime().maxMemory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
