package io.otp.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.OtpException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schemas and codelists this module publishes against, shipped in the module so a host can
 * validate packages with the JSON Schema validator of its choice, without network access.
 *
 * <p>The official OCDS 1.1 release schema and codelists are © Open Contracting Partnership (schema and
 * codelists under the Apache License 2.0, documentation under CC BY 4.0).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OcdsSchemas {

    private static final String BASE = "/io/otp/ocds/";

    /** The schema patches merged into the official schema, in order: community extensions, then the SDK's. */
    private static final List<String> PATCHES = List.of("schema/extensions/lots-release-schema.json",
        "schema/extensions/bids-release-schema.json", "schema/extensions/awardCriteria-release-schema.json",
        "schema/extensions/metrics-release-schema.json", "extension/release-schema.json");

    private OcdsSchemas() {
    }

    /**
     * The official OCDS 1.1 release schema (release 1.1.5, JSON Schema draft 4).
     *
     * @return the schema's JSON text, not null
     */
    public static String releaseSchema() {
        return text("schema/release-schema.json");
    }

    /**
     * The SDK extension's {@code extension.json} (OCDS extension metadata).
     *
     * @return the JSON text, not null
     */
    public static String sdkExtension() {
        return text("extension/extension.json");
    }

    /**
     * The SDK extension's {@code release-schema.json}: the patch it applies to the release schema.
     *
     * @return the JSON text, not null
     */
    public static String sdkExtensionSchema() {
        return text("extension/release-schema.json");
    }

    /**
     * The release schema the SDK's releases follow: the official schema merged (JSON Merge Patch, as OCDS
     * applies extensions) with the fields of the lots, bids, awardCriteria and metrics extensions that
     * the SDK writes and with the SDK extension.
     *
     * @return the merged schema's JSON text, not null
     */
    public static String extendedReleaseSchema() {
        JsonNode schema = parse(releaseSchema());
        for (String patch : PATCHES) {
            merge((ObjectNode) schema, (ObjectNode) parse(text(patch)));
        }
        return OcdsJson.toText(schema);
    }

    /**
     * The codes of a codelist shipped with this module: an official OCDS codelist such as
     * {@code tenderStatus.csv}, a community extension's such as {@code bidStatus.csv}, or the SDK
     * extension's {@code evaluationMethod.csv}.
     *
     * @param fileName the codelist's file name; not null
     * @return the codes in the file's order, not null
     * @throws OtpException if no such codelist is shipped
     */
    public static List<String> codelist(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String path = "evaluationMethod.csv".equals(fileName) ? "extension/codelists/" + fileName
            : "schema/codelists/" + fileName;
        List<String> codes = new ArrayList<>();
        String[] lines = text(path).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            int comma = lines[i].indexOf(',');
            if (comma > 0) {
                codes.add(lines[i].substring(0, comma));
            }
        }
        return List.copyOf(codes);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return OcdsJson.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new OtpException("OCDS schema: malformed shipped schema: " + e.getMessage(), e);
        }
    }

    private static String text(String path) {
        try (InputStream in = OcdsSchemas.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new OtpException("OCDS schema: no resource " + BASE + path + " in module io.otp.ocds");
            }
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                char[] buf = new char[8192];
                int n;
                while ((n = r.read(buf)) >= 0) {
                    sb.append(buf, 0, n);
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new OtpException("OCDS schema: reading " + path + " failed: " + e.getMessage(), e);
        }
    }
}
