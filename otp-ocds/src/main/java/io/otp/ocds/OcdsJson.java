package io.otp.ocds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.OtpException;
import io.otp.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/** The one Jackson configuration of this module: exact decimals, plain numbers, fixed order. */
final class OcdsJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
        .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
        .nodeFactory(NODES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();

    private OcdsJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static String toText(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(JsonGenerator g, JsonNode node) {
        try {
            MAPPER.writeTree(g, node);
        } catch (IOException e) {
            throw new OtpException("OCDS package: writing release failed: " + e.getMessage(), e);
        }
    }

    static ObjectNode value(Money money) {
        ObjectNode v = object();
        v.put("amount", money.amount());
        v.put("currency", money.currency().getCurrencyCode());
        return v;
    }

    static String dateTime(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static void putIfPresent(ObjectNode o, String field, Optional<String> value) {
        value.filter(s -> !s.isBlank()).ifPresent(s -> o.put(field, s));
    }

    static void putIfNotEmpty(ObjectNode o, String field, JsonNode value) {
        boolean empty = value == null || (value.isContainerNode() && value.size() == 0);
        if (!empty) {
            o.set(field, value);
        }
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }
}
