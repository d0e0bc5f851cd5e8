package io.otp.persistence.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** A minimal aggregate recording domain events (as JSON), to check that a store appends them to its trail. */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Journal implements Aggregate<NeedId> {

    private final NeedId id;

    private final List<Event> events;

    @JsonCreator
    Journal(@JsonProperty("id") String id, @JsonProperty("events") List<Event> events) {
        this.id = NeedId.of(id);
        this.events = List.copyOf(events);
    }

    @JsonProperty("id")
    @Override
    public NeedId id() {
        return id;
    }

    @JsonProperty("events")
    @Override
    public List<Event> domainEvents() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Journal && id.equals(((Journal) o).id) && events.equals(((Journal) o).events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, events);
    }

    /** A step of the journal. */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    static final class Event implements DomainEvent {

        private final String action;

        @JsonCreator
        Event(@JsonProperty("action") String action) {
            this.action = action;
        }

        @Override
        public PersonId actor() {
            return PersonId.of("P9");
        }

        @Override
        public Instant at() {
            return Instant.parse("2026-05-05T10:00:00Z");
        }

        @JsonProperty("action")
        @Override
        public String action() {
            return action;
        }

        @Override
        public String summary() {
            return action + " done";
        }

        @Override
        public SortedMap<String, String> details() {
            return new TreeMap<>(Map.of("step", action));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Event && action.equals(((Event) o).action);
        }

        @Override
        public int hashCode() {
            return action.hashCode();
        }
    }
}
