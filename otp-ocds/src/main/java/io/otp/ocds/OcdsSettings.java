package io.otp.ocds;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.TenderId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What a publisher states once for every package it publishes: the ocid prefix registered with the
 * Open Contracting Partnership, the publisher, the licence, the package URI, and the publication date.
 *
 * <p>The publication date is supplied by the caller, never read from the clock, so the same data
 * always gives the same bytes. Calendar dates of the SDK (a publication date, a milestone's due date)
 * are published as the start of that day in {@link #zone()}, with the zone's offset.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOcdsSettings.class)
@JsonDeserialize(as = ImmutableOcdsSettings.class)
public abstract class OcdsSettings {

    /** The licence the SDK proposes when none is given: Creative Commons Attribution 4.0. */
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** The zone calendar dates are published in when none is given: peninsular Spain. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Madrid");

    /** Where the SDK's extension.json is published, listed in every package's {@code extensions}. */
    public static final String SDK_EXTENSION_URL =
        "https://raw.githubusercontent.com/otp-sdk/otp-sdk/main/otp-ocds/src/main/resources/io/otp/ocds/extension/"
            + "extension.json";

    private static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

    OcdsSettings() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The ocid prefix assigned by the Open Contracting Partnership: {@code ocds-} and six lowercase
     * letters or digits, such as {@code ocds-abc123}.
     *
     * @return the prefix, not null
     */
    public abstract String ocidPrefix();

    /**
     * The publisher's name ({@code publisher.name}).
     *
     * @return the name, not null
     */
    public abstract String publisherName();

    /**
     * The publisher's identifier scheme, such as {@code ES-DIR3} ({@code publisher.scheme}).
     *
     * @return the scheme; empty if not stated; not null
     */
    public abstract Optional<String> publisherScheme();

    /**
     * The publisher's identifier in its scheme, such as its DIR3 code ({@code publisher.uid}).
     *
     * @return the identifier; empty if not stated; not null
     */
    public abstract Optional<String> publisherUid();

    /**
     * The URI the package is published at ({@code uri}): an absolute URI.
     *
     * @return the URI, not null
     */
    public abstract String packageUri();

    /**
     * The licence of the data ({@code license}): an absolute URI.
     *
     * @return the licence URI; {@link #DEFAULT_LICENSE} if not given; not null
     */
    @Value.Default
    public String license() {
        return DEFAULT_LICENSE;
    }

    /**
     * The URI of the publisher's publication policy ({@code publicationPolicy}).
     *
     * @return the URI; empty if not stated; not null
     */
    public abstract Optional<String> publicationPolicy();

    /**
     * When the package is published ({@code publishedDate}); also the date of a release whose event has
     * no date of its own in the SDK's model.
     *
     * @return the instant, not null
     */
    public abstract Instant publishedDate();

    /**
     * The zone calendar dates are published in.
     *
     * @return the zone; {@link #DEFAULT_ZONE} if not given; not null
     */
    @Value.Default
    public ZoneId zone() {
        return DEFAULT_ZONE;
    }

    /**
     * The language of the free text, as an ISO 639-1 code ({@code language}).
     *
     * @return the code; {@code es} if not given; not null
     */
    @Value.Default
    public String language() {
        return "es";
    }

    /**
     * The open contracting identifier of a tender: the prefix, a hyphen and the tender's id.
     *
     * @param tender the tender; not null
     * @return the ocid, such as {@code ocds-abc123-2026/EXP-0077}; not null
     */
    public String ocid(TenderId tender) {
        return ocidPrefix() + "-" + tender.value();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (!PREFIX.matcher(ocidPrefix()).matches()) {
            v.add(Violation.of("ocidPrefix", "OCDS-OCID-PREFIX", "io.otp.ocds.ocidPrefix", "value", ocidPrefix()));
        }
        if (publisherName().isBlank()) {
            v.add(Violation.of("publisherName", "OCDS-REQUIRED", "io.otp.ocds.blank", "field", "publisherName"));
        }
        checkUri(v, "packageUri", packageUri());
        checkUri(v, "license", license());
        publicationPolicy().ifPresent(p -> checkUri(v, "publicationPolicy", p));
        if (!language().matches("[a-z]{2}")) {
            v.add(Violation.of("language", "OCDS-LANGUAGE", "io.otp.ocds.language", "value", language()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void checkUri(List<Violation> v, String field, String value) {
        boolean ok;
        try {
            ok = new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            v.add(Violation.of(field, "OCDS-URI", "io.otp.ocds.uri", "field", field, "value", value));
        }
    }

    /** Builds {@link OcdsSettings}. */
    public static final class Builder extends ImmutableOcdsSettings.Builder {
        Builder() {
        }
    }
}
