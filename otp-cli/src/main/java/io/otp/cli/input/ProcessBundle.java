package io.otp.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.otp.core.Violation;
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
import java.util.function.Supplier;

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
     * @throws InvalidInputException if the file cannot be read, is malformed or holds invalid values, with
     *     every problem found
     */
    public static ProcessBundle read(Path file, Locale locale) {
        JsonNode root = InputFiles.tree(file, locale);
        if (!root.isObject()) {
            throw new InvalidInputException(file.toString(), "expected a JSON object with tender, bids, evaluations,"
                + " contracts and partyNames");
        }
        Problems problems = new Problems();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                problems.add("unknown member \"" + name + "\"; expected " + String.join(", ",
                    List.of("settings", "tender", "bids", "evaluations", "contracts", "partyNames")));
            }
        }
        ContractingProcess.Builder b = ContractingProcess.builder();
        Tender tender = null;
        if (root.get("tender") == null) {
            problems.add("missing member \"tender\"");
        } else {
            tender = problems.collect(() -> InputFiles.member(file, "tender", root.get("tender"), Tender.class));
        }
        for (Bid bid : list(file, root, "bids", Bid.class, problems)) {
            b.addBids(bid);
        }
        for (EvaluationResult r : list(file, root, "evaluations", EvaluationResult.class, problems)) {
            b.addEvaluations(r);
        }
        for (Contract c : list(file, root, "contracts", Contract.class, problems)) {
            b.addContracts(c);
        }
        JsonNode parties = root.get("partyNames");
        if (parties != null) {
            if (!parties.isObject()) {
                problems.add("partyNames must be an object of organisation id to name");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = parties.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    OrganisationId id = problems.collect(() -> InputFiles.checked(file, "partyNames." + e.getKey(),
                        () -> OrganisationId.of(e.getKey())));
                    if (id != null) {
                        b.putPartyNames(id, e.getValue().asText());
                    }
                }
            }
        }
        Optional<OcdsSettings> settings = Optional.empty();
        if (root.get("settings") != null) {
            settings = Optional.ofNullable(problems.collect(
                () -> InputFiles.member(file, "settings", root.get("settings"), OcdsSettings.class)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(file.toString(), problems.lines, problems.violations);
        }
        ContractingProcess process = InputFiles.checked(file, "", b.tender(tender)::build);
        return new ProcessBundle(process, settings);
    }

    private static <T> List<T> list(Path file, JsonNode root, String name, Class<T> type, Problems problems) {
        JsonNode node = root.get(name);
        List<T> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(name + " must be an array");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode item = node.get(i);
            T value = problems.collect(() -> InputFiles.member(file, path, item, type));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** Every problem of the bundle, so that one run reports them all. */
    private static final class Problems {
        final List<String> lines = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }

        boolean isEmpty() {
            return lines.isEmpty() && violations.isEmpty();
        }

        <T> T collect(Supplier<T> read) {
            try {
                return read.get();
            } catch (InvalidInputException e) {
                lines.addAll(e.problems());
                violations.addAll(e.violations());
                return null;
            }
        }
    }
}
