package io.otp.cli;

import io.otp.cli.input.CsvRecords;
import io.otp.cli.input.CsvText;
import io.otp.cli.input.EvaluationInput;
import io.otp.cli.input.InputFiles;
import io.otp.cli.input.InvalidInputException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.Direction;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.scoring.evaluation.Evaluation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pair of CSV files a spreadsheet exports (criteria and bids) into an {@link EvaluationInput}.
 * Only formula criteria (price and other formula criteria) are read from CSV; value judgments need the
 * JSON document. Columns are documented in the README; the separator is {@code ,} or {@code ;} (found
 * in the header), {@code ;} files may write decimals with a comma; a UTF-8 byte order mark is skipped.
 *
 * <p>The files are read as streams and their limits checked while reading: at most
 * {@link InputFiles#MAX_CSV_BYTES} bytes, {@link #MAX_CELL} characters a cell, {@link Lot#MAX_CRITERIA}
 * criterion rows (rule {@code OTP-LIMIT-CRITERIA}) and {@link Evaluation#MAX_BIDS} bid rows (rule
 * {@code OTP-LIMIT-BIDS}), the most a lot and an evaluation take; the row after the last allowed is
 * refused without reading further.
 */
final class CsvEvaluation {

    /** The tender-level data that CSV files do not hold, from the command's options. */
    record Header(TenderId tender, String title, LotId lot, OrganisationId authority, Money budget,
                  CpvCode cpv, ContractType contractType) {
    }

    /**
     * The longest cell read: ids, names, numbers and formulas are far shorter, and a cell of megabytes is a
     * broken export, not data to copy through every step.
     */
    static final int MAX_CELL = 10_000;

    private static final Pattern FORMULA = Pattern.compile("([A-Za-z0-9-]+)\\s*(?:\\((.*)\\))?");

    private final Messages messages;
    /** Whether numbers may use a decimal comma: files separated by {@code ;}, as Spanish spreadsheets export. */
    private boolean decimalComma;

    CsvEvaluation(Messages messages) {
        this.messages = messages;
    }

    EvaluationInput read(String criteriaFile, String bidsFile, Header header) {
        List<Row> criteriaRows = rows(criteriaFile, Lot.MAX_CRITERIA, "csv.tooManyCriteria", "OTP-LIMIT-CRITERIA");
        List<Row> bidRows = rows(bidsFile, Evaluation.MAX_BIDS, "csv.tooManyBids", "OTP-LIMIT-BIDS");
        List<AwardCriterion> criteria = new ArrayList<>();
        List<CriterionId> valueColumns = new ArrayList<>();
        for (Row row : criteriaRows) {
            Map<String, String> r = row.cells();
            int line = row.line();
            CriterionType type = enumValue(criteriaFile, line, "type", r, CriterionType.class, CriterionType.PRICE);
            CriterionId id = build(criteriaFile, line, () -> CriterionId.of(required(criteriaFile, line, "id", r)));
            AwardCriterion.Builder b = AwardCriterion.builder().id(id)
                .name(Optional.ofNullable(r.get("name")).filter(s -> !s.isBlank()).orElse(id.toString()))
                .type(type).method(EvaluationMethod.FORMULA)
                .maxPoints(build(criteriaFile, line, () -> Points.of(number(criteriaFile, line, "points", r))))
                .formula(formula(criteriaFile, line, required(criteriaFile, line, "formula", r)));
            String direction = r.getOrDefault("direction", "");
            if (!direction.isBlank()) {
                b.direction(enumValue(criteriaFile, line, "direction", r, Direction.class, null));
            }
            criteria.add(build(criteriaFile, line, b::build));
            if (type != CriterionType.PRICE) {
                valueColumns.add(id);
            }
        }
        Lot lot = build(criteriaFile, 1, () -> Lot.builder().id(header.lot()).title(header.title())
            .budget(header.budget()).addCpvCodes(header.cpv()).addAllCriteria(criteria).build());
        Tender tender = build(criteriaFile, 1, () -> Tender.builder().id(header.tender()).title(header.title())
            .contractingAuthority(header.authority()).contractType(header.contractType())
            .procedure(ProcedureType.OPEN).estimatedValue(header.budget()).addCpvCodes(header.cpv())
            .addLots(lot).build());
        List<Bid> bids = new ArrayList<>(bidRows.size());
        for (Row row : bidRows) {
            Map<String, String> r = row.cells();
            int line = row.line();
            Bid.Builder b = Bid.builder().tender(header.tender()).lot(header.lot())
                .id(build(bidsFile, line, () -> BidId.of(required(bidsFile, line, "bid", r))))
                .bidder(build(bidsFile, line, () -> OrganisationId.of(required(bidsFile, line, "bidder", r))))
                .economicOffer(build(bidsFile, line, () -> Money.euros(number(bidsFile, line, "offer", r))))
                .submittedAt(instant(bidsFile, line, r));
            for (CriterionId c : valueColumns) {
                b.putFormulaValues(c, number(bidsFile, line, c.toString(), r));
            }
            bids.add(build(bidsFile, line, b::build));
        }
        return new EvaluationInput(tender, header.lot(), bids, null, null, null, Optional.empty(), Optional.empty());
    }

    /** A row of a CSV file: its line (the number of its record; the header is line 1) and its cells by column. */
    private record Row(int line, Map<String, String> cells) {
    }

    /**
     * Reads the rows of a CSV file as it streams in (see {@link InputFiles#csv}): the header's names in lower
     * case, then one row per line that is not blank, refusing the row after {@code maxRows} at once.
     */
    private List<Row> rows(String file, int maxRows, String tooMany, String rule) {
        Path path = InputFiles.path(file, messages.locale());
        try (CsvText in = InputFiles.csv(path, messages.locale())) {
            Records records = new Records(file, in);
            List<String> header = records.next();
            if (header == null) {
                throw new InvalidInputException(file, messages.text("csv.empty"));
            }
            List<String> names = header.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
            List<Row> rows = new ArrayList<>();
            for (List<String> values = records.next(); values != null; values = records.next()) {
                int line = records.count();
                if (values.size() == 1 && values.get(0).isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new InvalidInputException(file, messages.text(tooMany, Map.of(
                        "line", line, "max", maxRows, "rule", rule)));
                }
                if (values.size() != names.size()) {
                    throw new InvalidInputException(file, messages.text("csv.columns", Map.of(
                        "line", line, "columns", values.size(), "expected", names.size())));
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int j = 0; j < names.size(); j++) {
                    row.put(names.get(j), values.get(j).trim());
                }
                rows.add(new Row(line, row));
            }
            return rows;
        } catch (IOException e) {
            throw InputFiles.unreadable(path, e, messages.locale());
        }
    }

    /**
     * The RFC 4180 records of a CSV file, one at a time ({@link CsvRecords}); the separator is the first
     * {@code ,} or {@code ;} of the header line. A cell longer than {@link #MAX_CELL} characters is refused.
     */
    private final class Records {

        private final String file;
        private final CsvRecords in;

        Records(String file, CsvText text) throws IOException {
            this.file = file;
            char separator = text.firstOnFirstLine(',', ';', ',');
            decimalComma = separator == ';';
            this.in = CsvRecords.of(file, text, separator, messages.locale());
        }

        /** The number of the record last read; the header is 1. */
        int count() {
            return (int) in.number();
        }

        /** The next record, or null at the end of the file. */
        List<String> next() throws IOException {
            List<String> record = in.next();
            if (record != null) {
                for (int column = 0; column < record.size(); column++) {
                    int length = record.get(column).length();
                    if (length > MAX_CELL) {
                        throw new InvalidInputException(file, messages.text("csv.cellTooLong", Map.of(
                            "line", count(), "column", column + 1,
                            "length", length, "maximum", MAX_CELL)));
                    }
                }
            }
            return record;
        }
    }

    /** {@code id} or {@code id(name=value name=value)}, e.g. {@code linear-bounds(worst=60)}. */
    private FormulaReference formula(String file, int line, String text) {
        Matcher f = FORMULA.matcher(text.trim());
        if (!f.matches()) {
            throw new InvalidInputException(file, messages.text("csv.formula", Map.of(
                "line", line, "value", InputFiles.excerpt(text))));
        }
        return build(file, line, () -> {
            FormulaReference.Builder b = FormulaReference.builder().id(f.group(1));
            if (f.group(2) != null && !f.group(2).isBlank()) {
                for (String pair : f.group(2).trim().split("[\\s,;]+")) {
                    String[] nv = pair.split("=", 2);
                    if (nv.length != 2) {
                        throw new InvalidInputException(file, messages.text("csv.formula", Map.of(
                            "line", line, "value", InputFiles.excerpt(text))));
                    }
                    try {
                        BigDecimal value = new BigDecimal(nv[1].trim());
                        if (!InputFiles.withinDigits(value)) {
                            throw new NumberFormatException(nv[1]);
                        }
                        b.putParameters(nv[0].trim(), value);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(file, messages.text("csv.formula", Map.of(
                            "line", line, "value", InputFiles.excerpt(text))));
                    }
                }
            }
            return b.build();
        });
    }

    private String required(String file, int line, String column, Map<String, String> row) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(file, messages.text("csv.missing", Map.of(
                "line", line, "column", InputFiles.excerpt(column))));
        }
        return v;
    }

    private BigDecimal number(String file, int line, String column, Map<String, String> row) {
        String v = required(file, line, column.toLowerCase(Locale.ROOT), row);
        String text = decimalComma ? v.replace(".", "").replace(',', '.') : v;
        try {
            BigDecimal number = new BigDecimal(text);
            if (InputFiles.withinDigits(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below, with a number that is too long.
        }
        throw new InvalidInputException(file, messages.text("csv.number", Map.of(
            "line", line, "column", InputFiles.excerpt(column),
            "value", InputFiles.excerpt(v))));
    }

    private Instant instant(String file, int line, Map<String, String> row) {
        String v = row.getOrDefault("submitted_at", "");
        if (v.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(file, messages.text("csv.instant", Map.of(
                "line", line, "value", InputFiles.excerpt(v))));
        }
    }

    private <E extends Enum<E>> E enumValue(String file, int line, String column, Map<String, String> row,
            Class<E> type, E fallback) {
        String v = row.getOrDefault(column, "");
        if (v.isBlank() && fallback != null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.replace('-', '_'))) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name());
        }
        throw new InvalidInputException(file, messages.text("csv.enum", Map.of(
            "line", line, "column", column, "value", InputFiles.excerpt(v),
            "allowed", String.join(", ", allowed))));
    }

    private <T> T build(String file, int line, Supplier<T> step) {
        try {
            return step.get();
        } catch (ValidationException e) {
            List<Violation> at = e.violations().stream()
                .map(v -> v.under(line == 1 ? "" : "line " + line)).toList();
            throw new InvalidInputException(file, at, e);
        }
    }
}
