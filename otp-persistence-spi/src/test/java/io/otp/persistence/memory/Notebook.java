package io.otp.persistence.memory;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A minimal aggregate whose every part a store checks can be set: its id, a free text in its document, its
 * query values and its domain events (which its JSON leaves out, so that an event can break the limits of
 * the audit trail while the document keeps those of the reader). The store writes it with OtpJson, which the
 * module's tests may do in this package.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
public final class Notebook implements Aggregate<NeedId> {

    private final NeedId id;
    private final String text;
    private final SortedMap<String, String> queryValues;
    private final List<Note> notes;

    private Notebook(NeedId id, String text, Map<String, String> queryValues, List<Note> notes) {
        this.id = id;
        this.text = text;
        this.queryValues = Collections.unmodifiableSortedMap(new TreeMap<>(queryValues));
        this.notes = List.copyOf(notes);
    }

    /**
     * A notebook with a text and nothing else.
     *
     * @param id the id text
     * @param text the text
     * @return the notebook
     */
    public static Notebook of(String id, String text) {
        return new Notebook(NeedId.of(id), text, Map.of(), List.of());
    }

    /**
     * This notebook with other query values.
     *
     * @param values the values
     * @return a copy
     */
    public Notebook withQueryValues(Map<String, String> values) {
        return new Notebook(id, text, values, notes);
    }

    /**
     * This notebook with one more domain event.
     *
     * @param note the event
     * @return a copy
     */
    public Notebook with(Note note) {
        List<Note> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Notebook(id, text, queryValues, more);
    }

    @JsonProperty("id")
    @Override
    public NeedId id() {
        return id;
    }

    /**
     * The free text of the document.
     *
     * @return the text
     */
    @JsonProperty("text")
    public String text() {
        return text;
    }

    @Override
    public SortedMap<String, String> queryValues() {
        return queryValues;
    }

    @Override
    public List<Note> domainEvents() {
        return notes;
    }

    /**
     * A domain event with an action, a summary and details of any length.
     *
     * @param action the action
     * @param summary the summary
     * @param details the details
     */
    public record Note(String action, String summary, SortedMap<String, String> details) implements DomainEvent {

        /**
         * An event with an action and no details.
         *
         * @param action the action
         * @return the event
         */
        public static Note of(String action) {
            return new Note(action, action + " noted", new TreeMap<>());
        }

        @Override
        public PersonId actor() {
            return PersonId.of("P-NOTE");
        }

        @Override
        public Instant at() {
            return Instant.parse("2026-05-05T10:00:00Z");
        }
    }
}
