package io.otp.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.execution.Contract;
import io.otp.core.id.OrganisationId;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.ocds.ContractingProcess;
import io.otp.ocds.OcdsSettings;
import io.otp.scoring.evaluation.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the file {@code otp ocds export} publishes: one contracting process as a JSON object
 *
 * <pre>
 * {
 *   "settings":    the publisher's OcdsSettings (optional; the command's options may give or override them),
 *   "tender":      the Tender,
 *   "bids":        [Bid, ...],
 *   "evaluations": [EvaluationResult, ...],   one per evaluated lot
 *   "contracts":   [Contract, ...],
 *   "partyNames":  {"organisation id": "name", ...}
 * }
 * </pre>
 *
 * <p>Each member is the SDK's own JSON ({@code OtpJson}); only {@code tender} is required.
 *
 * @param process the contracting process; not null
 * @param settings the publisher's settings the file gives, if any; not null
 */
public record ProcessBundle(ContractingProcess process, Optional<OcdsSettings> settings) {

    private static final Set<String> MEMBERS = Set.of("settings", "tender", "bids", "evaluations", "contracts",
        "partyNames");

    /**
     * Reads a bundle.
     *
     * @param file the file; not null
     * @param locale the language of the messages; not null
     * @return the bundle; not null
     * @throws BadInputException if the file cannot be read, is malformed or holds invalid values, with
     *     every problem found
     */
    public static ProcessBundle read(Path file, Locale locale) {
        JsonNode root = InputFiles.tree(file, locale);
        if (!root.isObject()) {
            throw new BadInputException(file + ": expected a JSON object with tender, bids, evaluations, contracts"
                + " and partyNames");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                problems.add(file + ": unknown member \"" + name + "\"; expected " + String.join(", ",
                    List.of("settings", "tender", "bids", "evaluations", "contracts", "partyNames")));
            }
        }
        ContractingProcess.Builder b = ContractingProcess.builder();
        Tender tender = null;
        if (root.get("tender") == null) {
            problems.add(file + ": missing member \"tender\"");
        } else {
            tender = collect(problems, () -> InputFiles.member(file, "tender", root.get("tender"), Tender.class, locale));
        }
        for (Bid bid : list(file, root, "bids", Bid.class, locale, problems)) {
            b.addBids(bid);
        }
        for (EvaluationResult r : list(file, root, "evaluations", EvaluationResult.class, locale, problems)) {
            b.addEvaluations(r);
        }
        for (Contract c : list(file, root, "contracts", Contract.class, locale, problems)) {
            b.addContracts(c);
        }
        JsonNode parties = root.get("partyNames");
        if (parties != null) {
            if (!parties.isObject()) {
                problems.add(file + ": partyNames must be an object of organisation id to name");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = parties.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    OrganisationId id = collect(problems, () -> InputFiles.checked(file, "partyNames." + e.getKey(),
                        locale, () -> OrganisationId.of(e.getKey())));
                    if (id != null) {
                        b.putPartyNames(id, e.getValue().asText());
                    }
                }
            }
        }
        Optional<OcdsSettings> settings = Optional.empty();
        if (root.get("settings") != null) {
            settings = Optional.ofNullable(collect(problems,
                () -> InputFiles.member(file, "settings", root.get("settings"), OcdsSettings.class, locale)));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        ContractingProcess process = InputFiles.checked(file, "", locale, b.tender(tender)::build);
        return new ProcessBundle(process, settings);
    }

    private static <T> List<T> list(Path file, JsonNode root, String name, Class<T> type, Locale locale,
                                    List<String> problems) {
        JsonNode node = root.get(name);
        List<T> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(file + ": " + name + " must be an array");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode item = node.get(i);
            T value = collect(problems, () -> InputFiles.member(file, path, item, type, locale));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <T> T collect(List<String> problems, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BadInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
