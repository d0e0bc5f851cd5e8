/**
 * Open data: the SDK's contracting processes as Open Contracting Data Standard (OCDS 1.1) releases,
 * records and packages, and OCDS release packages read back into the SDK's model (DOMAIN.md section 7).
 *
 * <h2>Use</h2>
 * <ol>
 * <li>State once what the publisher publishes with: {@link io.otp.ocds.OcdsSettings} (the ocid prefix,
 * the publisher, the licence, the package URI and the publication date, which the caller supplies so the
 * output is deterministic).</li>
 * <li>Gather each process: {@link io.otp.ocds.ContractingProcess} (tender, needs, bids, evaluation
 * results, contracts, KPI series, party names, funders).</li>
 * <li>Map it with {@link io.otp.ocds.OcdsMapper}: one release per stage reached
 * ({@link io.otp.ocds.OcdsStage}: planning, tender, award, contract, implementation) and a compiled
 * release.</li>
 * <li>Stream any number of releases into a release package with
 * {@link io.otp.ocds.OcdsPackageWriter} (constant memory), or processes into a record package.</li>
 * <li>Read packages back with {@link io.otp.ocds.OcdsPackageReader}, one
 * {@link io.otp.ocds.ImportedRelease} at a time.</li>
 * </ol>
 * The codelist mapping tables are all in {@link io.otp.ocds.OcdsCodelists}; the schemas and codelists
 * shipped with the module are in {@link io.otp.ocds.OcdsSchemas}.
 *
 * <h2>Extensions used</h2>
 * Every package lists them in {@code extensions}: lots ({@code tender.lots}, {@code items[].relatedLot},
 * {@code awards[].relatedLots}), bids ({@code bids.statistics}, {@code bids.details} with id, date,
 * status, tenderers, value and relatedLots; {@code awards[].relatedBids}, {@code contracts[].relatedBids}),
 * awardCriteria ({@code tender.lots[].awardCriteria.criteria[]} with type, name, description and
 * {@code numbers}: the maximum points with weight {@code pointsExact}, a minimum score with threshold
 * {@code minimumScore}) and metrics ({@code contracts[].implementation.metrics}: one metric per KPI, one
 * observation per measurement, the value in {@code measure}, the KPI's unit in {@code unit.name}).
 *
 * <h2>The SDK extension: evaluation details</h2>
 * OCDS has no field for a bid's score per criterion, a long-standing request of its users. The SDK
 * publishes it through its own extension, {@code extension.json} and {@code release-schema.json} under
 * {@code io/otp/ocds/extension/} in this module (compatibility 1.1; codelist {@code evaluationMethod.csv}:
 * {@code formula}, {@code valueJudgment}). Its fields:
 * <dl>
 * <dt>{@code bids.details[].evaluation}</dt>
 * <dd>The evaluation of the bid, present once its lot is evaluated:
 * <ul>
 * <li>{@code totalScore}: the bid's total points, the sum of its rounded points per criterion;</li>
 * <li>{@code rank}: its position in the ranking, 1 for the best; absent for an excluded bid;</li>
 * <li>{@code abnormallyLow}: whether its offer was flagged as abnormally low (LCSP art. 149; RGLCAP art.
 * 85), whatever was decided on its justification;</li>
 * <li>{@code exclusion}: why it was excluded from the ranking, {@code reason} (the SDK's exclusion
 * reason) and {@code ruleId} (the legal rule, such as {@code LCSP-146.3});</li>
 * <li>{@code scores[]}: one per criterion, with {@code relatedCriterion} (the criterion's id),
 * {@code evaluationMethod}, {@code formula} (the formula's id, for a criterion scored by formula),
 * {@code score} (the points, rounded as the pliego says) and {@code maximumScore}.</li>
 * </ul></dd>
 * <dt>{@code tender.lots[].awardCriteria.criteria[]}: {@code id}, {@code evaluationMethod},
 * {@code formula}, {@code subCriteria}</dt>
 * <dd>The criterion's id, to which scores refer; how it is scored (CODICE OBJ / SUBJ); its scoring formula
 * ({@code id} and numeric {@code parameters}); its sub-criteria, in the same form.</dd>
 * <dt>{@code tender.lots[].awardCriteria.qualityThreshold}</dt>
 * <dd>The minimum value-judgment points a bid must reach to go on in the procedure (LCSP art. 146.3).</dd>
 * <dt>{@code tender.procedureType}</dt>
 * <dd>The eForms procedure type (BT-105), which tells apart procedures that {@code procurementMethod}
 * groups together; {@code procurementMethodDetails} holds the procedure's name in the LCSP.</dd>
 * <dt>{@code tender.noLotsJustification}</dt>
 * <dd>Why the tender is not divided into lots (LCSP art. 99.3).</dd>
 * <dt>{@code contracts[].implementation.milestones[].paymentPercentage} and {@code paymentValue}</dt>
 * <dd>The share of the contract amount, or the amount, paid when a payment milestone is certified.</dd>
 * <dt>{@code contracts[].implementation.transactions[].relatedMilestone}</dt>
 * <dd>The payment milestone whose certification the transaction pays.</dd>
 * </dl>
 *
 * <h2>Mapping decisions</h2>
 * <ul>
 * <li>Amounts are the SDK's exact {@link io.otp.core.money.Money}, VAT excluded, written as JSON numbers
 * at the currency's scale with the ISO 4217 currency; never a double.</li>
 * <li>Calendar dates (a publication date, a due date) are the start of that day in the settings' zone,
 * Europe/Madrid by default, written ISO 8601 with the offset; instants are written in the same zone.</li>
 * <li>Release ids are {@code ocid-NN-tag}; a release's date is its event's date when the model has one
 * (latest need raised, publication, award, earliest contract start, latest milestone met), else the publication date.</li>
 * <li>Awards come from the evaluation's award proposal: {@code pending} while proposed, {@code active}
 * once the tender is awarded or the lot has a contract, {@code unsuccessful} for a void lot,
 * {@code cancelled} with the tender. Bid status: {@code valid} when evaluated, {@code disqualified} when
 * excluded, {@code withdrawn} when withdrawn before the award, {@code pending} before evaluation.</li>
 * <li>A contract is {@code terminated} once every milestone is met, else {@code active}; each certified
 * payment milestone gives a transaction of the certified amount, dated on the acceptance, from the buyer
 * (payer) to the supplier (payee).</li>
 * <li>KPI series are published in the implementation of the process's first contract.</li>
 * </ul>
 */
@OtpStyle
package io.otp.ocds;

import io.otp.core.OtpStyle;
