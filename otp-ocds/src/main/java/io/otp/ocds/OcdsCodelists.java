package io.otp.ocds;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.execution.MilestoneStatus;
import io.otp.core.execution.MilestoneType;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The mapping tables between the SDK's enumerations and the OCDS 1.1 codelists, in one place.
 *
 * <p>Every code written here is a code of the official OCDS 1.1 codelists (shipped in this module under
 * {@code io/otp/ocds/schema/codelists/}) or of the codelists of the lots, bids and awardCriteria
 * extensions; the module's tests check each one against the CSV files. The reverse lookups are used by
 * {@link OcdsPackageReader} and throw a {@link ValidationException} naming the field, the code and the
 * codes allowed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OcdsCodelists {

    /** The OCDS party role of the contracting authority ({@code partyRole} codelist). */
    public static final String ROLE_BUYER = "buyer";
    /** The OCDS party role of the body that runs the procedure. */
    public static final String ROLE_PROCURING_ENTITY = "procuringEntity";
    /** The OCDS party role of a bidder. */
    public static final String ROLE_TENDERER = "tenderer";
    /** The OCDS party role of an awarded bidder or contractor. */
    public static final String ROLE_SUPPLIER = "supplier";
    /** The OCDS party role of a body that funds the process. */
    public static final String ROLE_FUNDER = "funder";
    /** The OCDS party role of the payer of a transaction. */
    public static final String ROLE_PAYER = "payer";
    /** The OCDS party role of the payee of a transaction. */
    public static final String ROLE_PAYEE = "payee";

    /** The roles in the order the codelist lists them, the order roles are written in. */
    static final List<String> ROLE_ORDER = List.of(ROLE_BUYER, ROLE_PROCURING_ENTITY, ROLE_SUPPLIER, ROLE_TENDERER,
        ROLE_FUNDER, ROLE_PAYER, ROLE_PAYEE);

    /** The awardCriteria extension's weight code for a criterion's maximum points ({@code criterionWeight}). */
    public static final String WEIGHT_POINTS_EXACT = "pointsExact";
    /** The awardCriteria extension's threshold code for a minimum score ({@code criterionThreshold}). */
    public static final String THRESHOLD_MINIMUM_SCORE = "minimumScore";

    /** The bids extension's status of a bid admitted to the evaluation ({@code bidStatus}). */
    public static final String BID_VALID = "valid";
    /** The bids extension's status of a bid excluded from the evaluation. */
    public static final String BID_DISQUALIFIED = "disqualified";
    /** The bids extension's status of a bid submitted but not evaluated yet. */
    public static final String BID_PENDING = "pending";
    /** The bids extension's status of a bid withdrawn by its bidder. */
    public static final String BID_WITHDRAWN = "withdrawn";

    /** The award status of a proposed award not yet decided ({@code awardStatus}). */
    public static final String AWARD_PENDING = "pending";
    /** The award status of a decided award. */
    public static final String AWARD_ACTIVE = "active";
    /** The award status of an award cancelled with its tender. */
    public static final String AWARD_CANCELLED = "cancelled";
    /** The award status of a lot left void: no bid could be proposed. */
    public static final String AWARD_UNSUCCESSFUL = "unsuccessful";

    /** The contract status of a contract in execution ({@code contractStatus}). */
    public static final String CONTRACT_ACTIVE = "active";
    /** The contract status of a contract whose every milestone is met. */
    public static final String CONTRACT_TERMINATED = "terminated";

    /** The SDK extension's code of a criterion scored by a formula (CODICE OBJ). */
    public static final String METHOD_FORMULA = "formula";
    /** The SDK extension's code of a criterion scored by value judgment (CODICE SUBJ). */
    public static final String METHOD_VALUE_JUDGMENT = "valueJudgment";

    private static final Map<TenderStatus, String> TENDER_STATUS = new EnumMap<>(Map.of(
        TenderStatus.DRAFT, "planned",
        TenderStatus.PUBLISHED, "active",
        TenderStatus.SUBMISSION_CLOSED, "active",
        TenderStatus.UNDER_EVALUATION, "active",
        TenderStatus.AWARD_PROPOSED, "active",
        TenderStatus.AWARDED, "complete",
        TenderStatus.VOID, "unsuccessful",
        TenderStatus.CANCELLED, "cancelled"));

    // Reading back, a code names the first SDK status of the stage it stands for.
    private static final Map<String, TenderStatus> TENDER_STATUS_BACK = orderedMap(
        "planning", TenderStatus.DRAFT, "planned", TenderStatus.DRAFT, "active", TenderStatus.PUBLISHED,
        "complete", TenderStatus.AWARDED, "unsuccessful", TenderStatus.VOID, "cancelled", TenderStatus.CANCELLED,
        "withdrawn", TenderStatus.CANCELLED);

    private OcdsCodelists() {
    }

    /**
     * The OCDS {@code tender.procurementMethod} of a procedure ({@code method} codelist).
     *
     * @param procedure the procedure; not null
     * @return {@code open}, {@code selective}, {@code limited} or {@code direct}; not null
     */
    public static String procurementMethod(ProcedureType procedure) {
        return Objects.requireNonNull(procedure, "procedure").ocdsMethod();
    }

    /**
     * The eForms procedure type (BT-105) of a procedure, published in the SDK extension's
     * {@code tender.procedureType}.
     *
     * @param procedure the procedure; not null
     * @return the BT-105 code such as {@code neg-w-call}; empty for a minor contract; not null
     */
    public static Optional<String> eFormsProcedureType(ProcedureType procedure) {
        return Objects.requireNonNull(procedure, "procedure").eFormsCode();
    }

    /**
     * The procedure a published tender names, read back from its {@code procurementMethodDetails} (the
     * procedure's name in the LCSP, unique to each procedure), else from its eForms BT-105 code, else from
     * its OCDS method (open procedure for {@code open}, restricted for {@code selective}, negotiated
     * without publication for {@code limited}, minor contract for {@code direct}).
     *
     * @param path the JSON path of the tender, for the error; not null
     * @param method the OCDS method; not null
     * @param details the {@code procurementMethodDetails}; may be null
     * @param eForms the BT-105 code; may be null
     * @return the procedure, not null
     * @throws ValidationException if the method is not in the {@code method} codelist or the BT-105 code
     *     is not one the SDK knows
     */
    public static ProcedureType procedureType(String path, String method, String details, String eForms) {
        for (ProcedureType p : ProcedureType.values()) {
            if (p.spanishName().equals(details) && p.ocdsMethod().equals(method)) {
                return p;
            }
        }
        if (eForms != null) {
            for (ProcedureType p : ProcedureType.values()) {
                if (p.eFormsCode().filter(eForms::equals).isPresent()) {
                    return p;
                }
            }
            throw unknown(path + ".procedureType", eForms, "eForms BT-105",
                Arrays.stream(ProcedureType.values()).flatMap(p -> p.eFormsCode().stream()).collect(Collectors.toList()));
        }
        switch (String.valueOf(method)) {
            case "open":
                return ProcedureType.OPEN;
            case "selective":
                return ProcedureType.RESTRICTED;
            case "limited":
                return ProcedureType.NEGOTIATED_WITHOUT_PUBLICATION;
            case "direct":
                return ProcedureType.MINOR_CONTRACT;
            default:
                throw unknown(path + ".procurementMethod", method, "method",
                    List.of("open", "selective", "limited", "direct"));
        }
    }

    /**
     * The OCDS {@code mainProcurementCategory} of a contract type ({@code procurementCategory} codelist):
     * works for works and works concessions, goods for supplies, services for services and service
     * concessions.
     *
     * @param type the contract type; not null
     * @return the code; empty for a mixed contract, which has no single category; not null
     */
    public static Optional<String> procurementCategory(ContractType type) {
        return Objects.requireNonNull(type, "type").ocdsProcurementCategory();
    }

    /**
     * The contract type a {@code mainProcurementCategory} stands for (concessions read back as the plain
     * contract of their category).
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the contract type, not null
     * @throws ValidationException if the code is not {@code goods}, {@code works} or {@code services}
     */
    public static ContractType contractType(String path, String code) {
        switch (String.valueOf(code)) {
            case "goods":
                return ContractType.SUPPLIES;
            case "works":
                return ContractType.WORKS;
            case "services":
                return ContractType.SERVICES;
            default:
                throw unknown(path, code, "procurementCategory", List.of("goods", "works", "services"));
        }
    }

    /**
     * The awardCriteria extension's criterion type (BT-539: price, cost, quality).
     *
     * @param type the SDK criterion type; not null
     * @return the code, not null
     */
    public static String awardCriterionType(CriterionType type) {
        return Objects.requireNonNull(type, "type").code();
    }

    /**
     * The SDK criterion type of an awardCriteria extension criterion type.
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the criterion type, not null
     * @throws ValidationException if the code is not {@code price}, {@code cost} or {@code quality}
     */
    public static CriterionType criterionType(String path, String code) {
        for (CriterionType t : CriterionType.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw unknown(path, code, "awardCriterionType",
            Arrays.stream(CriterionType.values()).map(CriterionType::code).collect(Collectors.toList()));
    }

    /**
     * The SDK extension's code of an evaluation method.
     *
     * @param method the method; not null
     * @return {@code formula} (CODICE OBJ) or {@code valueJudgment} (CODICE SUBJ); not null
     */
    public static String evaluationMethod(EvaluationMethod method) {
        return Objects.requireNonNull(method, "method") == EvaluationMethod.FORMULA ? METHOD_FORMULA
            : METHOD_VALUE_JUDGMENT;
    }

    /**
     * The evaluation method of an SDK extension code.
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the method, not null
     * @throws ValidationException if the code is not {@code formula} or {@code valueJudgment}
     */
    public static EvaluationMethod evaluationMethod(String path, String code) {
        if (METHOD_FORMULA.equals(code)) {
            return EvaluationMethod.FORMULA;
        }
        if (METHOD_VALUE_JUDGMENT.equals(code)) {
            return EvaluationMethod.VALUE_JUDGMENT;
        }
        throw unknown(path, code, "evaluationMethod", List.of(METHOD_FORMULA, METHOD_VALUE_JUDGMENT));
    }

    /**
     * The OCDS {@code tender.awardCriteria} code of a tender: {@code priceOnly}, {@code costOnly} or
     * {@code qualityOnly} when every criterion of every lot is of that type, else {@code ratedCriteria}.
     *
     * @param tender the tender; not null
     * @return the code, not null
     */
    public static String awardCriteria(Tender tender) {
        Set<CriterionType> types = EnumSet.noneOf(CriterionType.class);
        for (Lot lot : Objects.requireNonNull(tender, "tender").lots()) {
            for (AwardCriterion c : lot.leafCriteria()) {
                types.add(c.type());
            }
        }
        if (types.size() == 1) {
            switch (types.iterator().next()) {
                case PRICE:
                    return "priceOnly";
                case COST:
                    return "costOnly";
                default:
                    return "qualityOnly";
            }
        }
        return "ratedCriteria";
    }

    /**
     * The OCDS {@code tender.status} of a tender status ({@code tenderStatus} codelist): a draft is
     * planned; published, closed, under evaluation and award proposed are active; awarded is complete; a
     * void tender is unsuccessful; a cancelled one cancelled.
     *
     * @param status the status; not null
     * @return the code, not null
     */
    public static String tenderStatus(TenderStatus status) {
        return TENDER_STATUS.get(Objects.requireNonNull(status, "status"));
    }

    /**
     * The tender status an OCDS {@code tender.status} stands for: the first SDK status of that stage
     * (active reads back as published).
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the status, not null
     * @throws ValidationException if the code is not in the {@code tenderStatus} codelist
     */
    public static TenderStatus tenderStatus(String path, String code) {
        TenderStatus s = TENDER_STATUS_BACK.get(code);
        if (s == null) {
            throw unknown(path, code, "tenderStatus", List.copyOf(TENDER_STATUS_BACK.keySet()));
        }
        return s;
    }

    /**
     * The OCDS {@code milestoneType} of a milestone type (same codes).
     *
     * @param type the type; not null
     * @return the code, not null
     */
    public static String milestoneType(MilestoneType type) {
        return Objects.requireNonNull(type, "type").code();
    }

    /**
     * The milestone type of an OCDS {@code milestoneType} code.
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the type, not null
     * @throws ValidationException if the code is not in the codelist
     */
    public static MilestoneType milestoneType(String path, String code) {
        for (MilestoneType t : MilestoneType.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw unknown(path, code, "milestoneType",
            Arrays.stream(MilestoneType.values()).map(MilestoneType::code).collect(Collectors.toList()));
    }

    /**
     * The OCDS {@code milestoneStatus} of a milestone status (same codes).
     *
     * @param status the status; not null
     * @return the code, not null
     */
    public static String milestoneStatus(MilestoneStatus status) {
        return Objects.requireNonNull(status, "status").code();
    }

    /**
     * The milestone status of an OCDS {@code milestoneStatus} code.
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @return the status, not null
     * @throws ValidationException if the code is not in the codelist
     */
    public static MilestoneStatus milestoneStatus(String path, String code) {
        for (MilestoneStatus s : MilestoneStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw unknown(path, code, "milestoneStatus",
            Arrays.stream(MilestoneStatus.values()).map(MilestoneStatus::code).collect(Collectors.toList()));
    }

    /**
     * Checks that a code is in a closed codelist this class maps to.
     *
     * @param path the JSON path of the field, for the error; not null
     * @param code the code; may be null
     * @param codelist the codelist name, such as {@code awardStatus}; not null
     * @param allowed the codes allowed; not null
     * @return the code, not null
     * @throws ValidationException if the code is not among those allowed
     */
    static String check(String path, String code, String codelist, List<String> allowed) {
        if (code == null || !allowed.contains(code)) {
            throw unknown(path, code, codelist, allowed);
        }
        return code;
    }

    /** The codes of the closed codelists this module writes, by codelist CSV name; for the tests. */
    static Map<String, Set<String>> writtenCodes() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("method.csv", codes(Arrays.stream(ProcedureType.values()).map(OcdsCodelists::procurementMethod)));
        m.put("procurementCategory.csv", codes(Arrays.stream(ContractType.values())
            .flatMap(t -> procurementCategory(t).stream())));
        m.put("tenderStatus.csv", codes(Arrays.stream(TenderStatus.values()).map(OcdsCodelists::tenderStatus)));
        m.put("milestoneType.csv", codes(Arrays.stream(MilestoneType.values()).map(OcdsCodelists::milestoneType)));
        m.put("milestoneStatus.csv", codes(Arrays.stream(MilestoneStatus.values())
            .map(OcdsCodelists::milestoneStatus)));
        m.put("awardStatus.csv", codes(AWARD_STATUSES.stream()));
        m.put("contractStatus.csv", codes(CONTRACT_STATUSES.stream()));
        m.put("partyRole.csv", codes(ROLE_ORDER.stream()));
        m.put("awardCriteria.csv", codes(java.util.stream.Stream.of("priceOnly", "costOnly", "qualityOnly",
            "ratedCriteria")));
        m.put("releaseTag.csv", codes(Arrays.stream(OcdsStage.values()).map(OcdsStage::tag)));
        m.put("bidStatus.csv", codes(BID_STATUSES.stream()));
        m.put("awardCriterionType.csv", codes(Arrays.stream(CriterionType.values())
            .map(OcdsCodelists::awardCriterionType)));
        m.put("criterionWeight.csv", codes(java.util.stream.Stream.of(WEIGHT_POINTS_EXACT)));
        m.put("criterionThreshold.csv", codes(java.util.stream.Stream.of(THRESHOLD_MINIMUM_SCORE)));
        return m;
    }

    /** The award statuses this module writes. */
    static final List<String> AWARD_STATUSES = List.of(AWARD_PENDING, AWARD_ACTIVE, AWARD_CANCELLED,
        AWARD_UNSUCCESSFUL);
    /** The contract statuses this module writes. */
    static final List<String> CONTRACT_STATUSES = List.of(CONTRACT_ACTIVE, CONTRACT_TERMINATED);
    /** The bid statuses this module writes. */
    static final List<String> BID_STATUSES = List.of(BID_PENDING, BID_VALID, BID_DISQUALIFIED, BID_WITHDRAWN);
    /** Every award status of the {@code awardStatus} codelist, accepted when reading. */
    static final List<String> AWARD_STATUS_CODES = List.of("pending", "active", "cancelled", "unsuccessful");
    /** Every contract status of the {@code contractStatus} codelist, accepted when reading. */
    static final List<String> CONTRACT_STATUS_CODES = List.of("pending", "active", "cancelled", "terminated");
    /** Every bid status of the bids extension's {@code bidStatus} codelist, accepted when reading. */
    static final List<String> BID_STATUS_CODES = List.of("invited", "pending", "valid", "disqualified",
        "withdrawn");

    private static Set<String> codes(java.util.stream.Stream<String> s) {
        Set<String> set = new TreeSet<>();
        s.forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    static ValidationException unknown(String path, String code, String codelist, List<String> allowed) {
        return new ValidationException(Violation.of(path, "OCDS-CODELIST", "io.otp.ocds.codelist",
            "value", code == null ? "(missing)" : code, "codelist", codelist, "allowed", String.join(", ", allowed)));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
