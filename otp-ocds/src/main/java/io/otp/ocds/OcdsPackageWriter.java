package io.otp.ocds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.otp.core.OtpException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes OCDS 1.1 release packages and record packages as a stream: the package's metadata first, then
 * each release as it comes from an iterator or a stream, so a package of any number of releases is
 * written in constant memory.
 *
 * <p>The package lists the extensions its releases use: lots, bids, awardCriteria, metrics and the
 * SDK's evaluation extension ({@link #EXTENSIONS}). The same releases and settings always give the same
 * bytes.
 *
 * <p>This class is immutable and thread-safe; each call writes one package.
 */
public final class OcdsPackageWriter {

    /** The OCDS version of the packages written. */
    public static final String VERSION = "1.1";

    /** The extensions every package declares: the four community extensions, then the SDK's own. */
    public static final List<String> EXTENSIONS = List.of(
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/"
            + "extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
        OcdsSettings.SDK_EXTENSION_URL);

    private final OcdsSettings settings;
    private final boolean indented;

    /**
     * Creates a writer of compact packages.
     *
     * @param settings the package's metadata; not null
     */
    public OcdsPackageWriter(OcdsSettings settings) {
        this(settings, false);
    }

    private OcdsPackageWriter(OcdsSettings settings, boolean indented) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.indented = indented;
    }

    /**
     * Returns a writer like this one that indents the JSON for people to read.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @return the indenting writer, not null
     */
    public OcdsPackageWriter indented() {
        return new OcdsPackageWriter(settings, true);
    }

    /**
     * Writes a release package holding the given releases, in the order given. The stream is flushed,
     * not closed.
     *
     * @param out where the package goes; not null
     * @param releases the releases, consumed once; not null
     * @return the number of releases written
     * @throws OtpException if writing fails
     */
    public long writeReleasePackage(OutputStream out, Iterator<OcdsRelease> releases) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(releases, "releases");
        try (JsonGenerator g = open(out)) {
            header(g);
            g.writeArrayFieldStart("releases");
            long n = 0;
            while (releases.hasNext()) {
                OcdsJson.write(g, Objects.requireNonNull(releases.next(), "release").node());
                n++;
            }
            g.writeEndArray();
            g.writeEndObject();
            return n;
        } catch (IOException e) {
            throw new OtpException("OCDS package: writing failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a release package holding the given releases, in the stream's order. The output stream is
     * flushed, not closed.
     *
     * @param out where the package goes; not null
     * @param releases the releases; not null
     * @return the number of releases written
     * @throws OtpException if writing fails
     */
    public long writeReleasePackage(OutputStream out, Stream<OcdsRelease> releases) {
        return writeReleasePackage(out, Objects.requireNonNull(releases, "releases").iterator());
    }

    /**
     * Writes a record package: for each process, a record with its stage releases embedded and its
     * compiled release. The stream is flushed, not closed.
     *
     * @param out where the package goes; not null
     * @param processes the processes, consumed once; not null
     * @return the number of records written
     * @throws OtpException if writing fails
     */
    public long writeRecordPackage(OutputStream out, Iterator<ContractingProcess> processes) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(processes, "processes");
        OcdsMapper mapper = new OcdsMapper(settings);
        try (JsonGenerator g = open(out)) {
            header(g);
            g.writeArrayFieldStart("records");
            long n = 0;
            while (processes.hasNext()) {
                ContractingProcess p = Objects.requireNonNull(processes.next(), "process");
                g.writeStartObject();
                g.writeStringField("ocid", settings.ocid(p.tender().id()));
                g.writeArrayFieldStart("releases");
                for (OcdsRelease r : mapper.releases(p)) {
                    OcdsJson.write(g, r.node());
                }
                g.writeEndArray();
                g.writeFieldName("compiledRelease");
                OcdsJson.write(g, mapper.compiledRelease(p).node());
                g.writeEndObject();
                n++;
            }
            g.writeEndArray();
            g.writeEndObject();
            return n;
        } catch (IOException e) {
            throw new OtpException("OCDS package: writing failed: " + e.getMessage(), e);
        }
    }

    private JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = OcdsJson.FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (indented) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    private void header(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", settings.packageUri());
        g.writeStringField("version", VERSION);
        g.writeArrayFieldStart("extensions");
        for (String e : EXTENSIONS) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeStringField("publishedDate", OcdsJson.dateTime(settings.publishedDate(), settings.zone()));
        g.writeObjectFieldStart("publisher");
        g.writeStringField("name", settings.publisherName());
        if (settings.publisherScheme().isPresent()) {
            g.writeStringField("scheme", settings.publisherScheme().get());
        }
        if (settings.publisherUid().isPresent()) {
            g.writeStringField("uid", settings.publisherUid().get());
        }
        g.writeEndObject();
        g.writeStringField("license", settings.license());
        if (settings.publicationPolicy().isPresent()) {
            g.writeStringField("publicationPolicy", settings.publicationPolicy().get());
        }
    }
}
