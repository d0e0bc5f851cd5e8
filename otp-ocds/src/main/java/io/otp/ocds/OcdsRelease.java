package io.otp.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One OCDS 1.1 release: what was known of a contracting process at one stage, as JSON.
 *
 * <p>Made by {@link OcdsMapper}; written into packages by {@link OcdsPackageWriter}. The JSON's
 * properties are in a fixed order and amounts are exact decimals, so the same process gives the same
 * bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OcdsRelease {

    private final ObjectNode json;

    OcdsRelease(ObjectNode json) {
        this.json = json;
    }

    /**
     * The open contracting identifier of the process ({@code ocid}).
     *
     * @return the ocid, not null
     */
    public String ocid() {
        return json.get("ocid").asText();
    }

    /**
     * The release's identifier, unique within its ocid ({@code id}).
     *
     * @return the id, not null
     */
    public String id() {
        return json.get("id").asText();
    }

    /**
     * The release's tags ({@code releaseTag} codelist).
     *
     * @return the tags, such as {@code [award]}; not null
     */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        json.get("tag").forEach(t -> tags.add(t.asText()));
        return List.copyOf(tags);
    }

    /**
     * The release's date ({@code date}), ISO 8601 with an offset.
     *
     * @return the date, not null
     */
    public String date() {
        return json.get("date").asText();
    }

    /**
     * The release as compact JSON, in the order the SDK writes it.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        return OcdsJson.toText(json);
    }

    /** The release's JSON tree, not to be changed: it is shared. */
    JsonNode node() {
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OcdsRelease && json.equals(((OcdsRelease) o).json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json);
    }

    @Override
    public String toString() {
        return "OcdsRelease[" + id() + "]";
    }
}
