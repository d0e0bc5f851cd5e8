package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.json.OtpJson;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * An aggregate as a store writes it: its type name, id, JSON document, the digest the audit trail records
 * of it, and its query values, checked against the limits every store applies, so that what one store
 * accepts every store accepts and reads back. Stores make one with {@link #of(Class, Aggregate)} before they
 * change anything, and take the audit changes of the write from {@link #changes}.
 *
 * <p>Limits (a save beyond them fails with a {@link ValidationException} and writes nothing): the id has
 * at most {@value #MAX_ID} characters; query-value names at most {@value #MAX_NAME} and values at most
 * {@value #MAX_VALUE}; the document must read back under the limits of {@link OtpJson#standard()} (16 MiB,
 * strings of 1 Mi characters, 64 levels, numbers of 100 digits); the domain events use no action a store
 * reserves ({@code create}, {@code update}, {@code delete}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AggregateDocument {

    /** The longest aggregate id, as text, a store keeps. */
    public static final int MAX_ID = AuditChange.MAX_ID_LENGTH;

    /** The longest name of a query value. */
    public static final int MAX_NAME = 100;

    /** The longest query value. */
    public static final int MAX_VALUE = 1000;

    private static final OtpJson JSON = OtpJson.standard();

    private final Aggregate<?> aggregate;

    private final String typeName;

    private final String id;

    private final String json;

    private final String hash;

    private AggregateDocument(Aggregate<?> aggregate, String typeName, String id, String json, String hash) {
        this.aggregate = aggregate;
        this.typeName = typeName;
        this.id = id;
        this.json = json;
        this.hash = hash;
    }

    /**
     * Writes an aggregate's document and checks it against the limits.
     *
     * @param type the class the aggregate is stored as, the repository's ({@link Repository#type()}), which
     *     names its type ({@link Aggregate#typeName(Class)}); not null
     * @param aggregate the aggregate; not null
     * @return the document, not null
     * @throws ValidationException if a limit is exceeded: rule {@code OTP-STORE-ID}, {@code OTP-STORE-QUERY-VALUE},
     *     {@code OTP-STORE-TEXT} (a text no store keeps as given, {@link io.otp.persistence.audit.StorableText}),
     *     {@code OTP-STORE-DOCUMENT} (with the reader's own violation, e.g. {@code OTP-JSON-LIMIT}, as its detail)
     *     or {@code OTP-AUDIT-ACTION-RESERVED}; the path names the part of the aggregate
     */
    public static AggregateDocument of(Class<?> type, Aggregate<?> aggregate) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregate, "aggregate");
        String typeName = Aggregate.typeName(type);
        String id = aggregate.id().toString();
        List<Violation> v = new ArrayList<>();
        if (id.length() > MAX_ID) {
            v.add(Violation.of("aggregate.id", "OTP-STORE-ID", "io.otp.persistence.store.id.length", "type", typeName,
                "length", id.length(), "max", MAX_ID));
        }
        for (Map.Entry<String, String> e : aggregate.queryValues().entrySet()) {
            if (e.getKey().length() > MAX_NAME || e.getValue().length() > MAX_VALUE) {
                v.add(Violation.of("aggregate.queryValues[" + e.getKey() + "]", "OTP-STORE-QUERY-VALUE",
                    "io.otp.persistence.store.queryValue.length", "type", typeName, "name", e.getKey(),
                    "maxName", MAX_NAME, "maxValue", MAX_VALUE));
            }
        }
        io.otp.persistence.audit.StorableText.check(v, "aggregate.id", id);
        for (Map.Entry<String, String> e : aggregate.queryValues().entrySet()) {
            io.otp.persistence.audit.StorableText.check(v, "aggregate.queryValues", e.getKey());
            io.otp.persistence.audit.StorableText.check(v, "aggregate.queryValues[" + io.otp.core.OtpMessages.printable(e.getKey()) + "]",
                e.getValue());
        }
        List<? extends DomainEvent> events = aggregate.domainEvents();
        for (int i = 0; i < events.size(); i++) {
            io.otp.persistence.audit.StorableText.check(v, "aggregate.domainEvents[" + i + "].action", events.get(i).action());
            io.otp.persistence.audit.StorableText.check(v, "aggregate.domainEvents[" + i + "].summary", events.get(i).summary());
            for (Map.Entry<String, String> d : events.get(i).details().entrySet()) {
                io.otp.persistence.audit.StorableText.check(v, "aggregate.domainEvents[" + i + "].details", d.getKey());
                io.otp.persistence.audit.StorableText.check(v, "aggregate.domainEvents[" + i + "].details", d.getValue());
            }
            if (AuditChain.isWrite(events.get(i).action())) {
                v.add(Violation.of("aggregate.domainEvents[" + i + "].action", "OTP-AUDIT-ACTION-RESERVED",
                    "io.otp.persistence.audit.action.reserved", "value", events.get(i).action()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        String json = JSON.write(aggregate);
        io.otp.persistence.audit.StorableText.checkJson(v, "aggregate", json);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        String hash;
        try {
            hash = AuditChain.documentHash(json);
        } catch (ValidationException e) {
            Violation cause = e.violations().isEmpty() ? null : e.violations().get(0);
            throw new ValidationException(Violation.of("aggregate", "OTP-STORE-DOCUMENT",
                "io.otp.persistence.store.document.unreadable", "type", typeName, "id", id,
                "reason", cause == null ? String.valueOf(e.getMessage()) : cause.ruleId() + " at "
                    + (cause.path().isEmpty() ? "the document" : cause.path()) + ": " + cause.message()));
        }
        return new AggregateDocument(aggregate, typeName, id, json, hash);
    }

    /**
     * The audit changes of writing this document over a stored version: the {@code create} (when
     * {@code versionBefore} is 0) or {@code update} with the document's digest, then one per domain event
     * recorded after the first {@code eventsBefore}.
     *
     * @param versionBefore the version stored, 0 if none
     * @param eventsBefore how many domain events the stored version had recorded
     * @param context who writes, when and why; not null
     * @return the changes in the order to append, not null
     */
    public List<AuditChange> changes(long versionBefore, int eventsBefore, ChangeContext context) {
        Objects.requireNonNull(context, "context");
        List<AuditChange> changes = new ArrayList<>();
        changes.add(AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(versionBefore)
            .versionAfter(versionBefore + 1).actor(context.actor()).at(context.at())
            .action(versionBefore == 0 ? "create" : "update").summary(context.summary()).documentHash(hash).build());
        List<? extends DomainEvent> events = aggregate.domainEvents();
        for (int i = Math.max(0, eventsBefore); i < events.size(); i++) {
            DomainEvent e = events.get(i);
            changes.add(AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(versionBefore)
                .versionAfter(versionBefore + 1).actor(e.actor()).at(e.at()).action(e.action()).summary(e.summary())
                .putAllDetails(e.details()).build());
        }
        return changes;
    }

    /**
     * The audit change of deleting a stored aggregate.
     *
     * @param typeName the aggregate's type name; not null
     * @param id its id as text; not null
     * @param version the version deleted
     * @param context who deletes, when and why; not null
     * @return the change, not null
     */
    public static AuditChange deletion(String typeName, String id, long version, ChangeContext context) {
        return AuditChange.builder().aggregateType(typeName).aggregateId(id).versionBefore(version)
            .versionAfter(version + 1).actor(context.actor()).at(context.at()).action("delete")
            .summary(context.summary()).build();
    }

    /**
     * The aggregate.
     *
     * @return the aggregate, not null
     */
    public Aggregate<?> aggregate() {
        return aggregate;
    }

    /**
     * The aggregate's type name ({@link Aggregate#typeName(Class)}).
     *
     * @return the name, not null
     */
    public String typeName() {
        return typeName;
    }

    /**
     * The aggregate's id as text.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The document, as {@link OtpJson#standard()} writes it.
     *
     * @return the JSON, not null
     */
    public String json() {
        return json;
    }

    /**
     * The digest the audit trail records ({@link AuditChain#documentHash(String)}).
     *
     * @return 64 lower-case hexadecimal characters, not null
     */
    public String hash() {
        return hash;
    }

    /**
     * The query values.
     *
     * @return an unmodifiable map sorted by name, not null
     */
    public SortedMap<String, String> queryValues() {
        return aggregate.queryValues();
    }

    /**
     * The number of domain events the aggregate has recorded.
     *
     * @return the count, not negative
     */
    public int events() {
        return aggregate.domainEvents().size();
    }

    @Override
    public String toString() {
        return typeName + " " + id + " (" + json.length() + " characters, digest " + hash + ")";
    }
}
