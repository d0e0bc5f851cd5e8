package io.otp.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates packages with com.networknt:json-schema-validator against the official OCDS 1.1 release schema
 * merged with the extension fields the SDK writes ({@link OcdsSchemas#extendedReleaseSchema()}).
 */
final class SchemaCheck {

    private static final Schema OFFICIAL = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(OcdsSchemas.releaseSchema(), InputFormat.JSON);
    private static final Schema EXTENDED = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(OcdsSchemas.extendedReleaseSchema(), InputFormat.JSON);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    /** The errors of every release of a release package (or compiled release of a record package). */
    static List<String> errors(String packageJson) {
        JsonNode pkg = tree(packageJson);
        List<String> errors = new ArrayList<>();
        List<String> required = List.of("uri", "publishedDate", "publisher", "version");
        required.stream().filter(f -> !pkg.has(f)).forEach(f -> errors.add("package: missing " + f));
        JsonNode releases = pkg.has("releases") ? pkg.get("releases") : pkg.path("records");
        for (int i = 0; i < releases.size(); i++) {
            JsonNode r = pkg.has("releases") ? releases.get(i) : releases.get(i).get("compiledRelease");
            String text = r.toString();
            for (Schema s : List.of(OFFICIAL, EXTENDED)) {
                for (Error e : s.validate(text, InputFormat.JSON)) {
                    errors.add("releases[" + i + "]: " + e.getInstanceLocation() + " " + e.getMessage());
                }
            }
        }
        return errors;
    }

    /** Every property name used in a release that the extended schema does not declare. */
    static List<String> undeclared(String releaseJson) {
        JsonNode schema = tree(OcdsSchemas.extendedReleaseSchema());
        List<String> out = new ArrayList<>();
        walk(tree(releaseJson), schema, schema, "", out);
        return out.stream().distinct().collect(Collectors.toList());
    }

    private static void walk(JsonNode value, JsonNode def, JsonNode root, String path, List<String> out) {
        JsonNode d = resolve(def, root);
        if (value.isObject()) {
            JsonNode props = d.path("properties");
            if (d.has("patternProperties") || d.has("additionalProperties")) {
                return;
            }
            value.fields().forEachRemaining(e -> {
                if (!props.has(e.getKey())) {
                    out.add(path + "." + e.getKey());
                } else {
                    walk(e.getValue(), props.get(e.getKey()), root, path + "." + e.getKey(), out);
                }
            });
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                walk(item, d.path("items"), root, path + "[]", out);
            }
        }
    }

    private static JsonNode resolve(JsonNode def, JsonNode root) {
        JsonNode d = def;
        while (d.has("$ref")) {
            String ref = d.get("$ref").asText();
            d = root.at(ref.substring(1));
        }
        return d;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
