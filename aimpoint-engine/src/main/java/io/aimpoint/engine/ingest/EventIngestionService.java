package io.aimpoint.engine.ingest;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.Pseudonymizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts batches of behaviour events.
 *
 * <p>Each event is validated on its own; the valid ones are appended to the {@link EventLog} in one
 * call, which is durable when it returns, so a client that got its answer may forget the events.
 * Invalid events are reported without dropping the valid ones, and a retried batch is harmless:
 * events already in the log come back as duplicates.
 *
 * <p>After the append, the profiles of users who consented to profiling are updated (one atomic
 * update per user and batch; see {@link InterestProfiler}). Duplicates do not count twice.
 */
public final class EventIngestionService {
  public static final int MAX_BATCH = 1000;
  private static final Logger log = LoggerFactory.getLogger(EventIngestionService.class);

  private final EventLog eventLog;
  private final ProfileStore profiles;
  private final EventConverter converter;
  private final InterestProfiler profiler = new InterestProfiler();
  private final Clock clock;

  public EventIngestionService(
      EventLog eventLog, ProfileStore profiles, Pseudonymizer pseudonymizer, Clock clock) {
    this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.converter = new EventConverter(Objects.requireNonNull(pseudonymizer, "pseudonymizer"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Validates, stores and profiles a batch of 1..{@value #MAX_BATCH} events (publisher and admin
   * callers). Throws {@link ValidationException} only if the batch as a whole is unusable.
   */
  public IngestResult ingest(Caller caller, List<EventInput> inputs) {
    return ingest(caller, inputs, Map.of());
  }

  /**
   * Like {@link #ingest(Caller, List)}, for a transport that could not even read some events (e.g.
   * a number where text belongs): {@code unreadable} maps their indexes to the errors, and they are
   * rejected in place while the others go ahead.
   */
  public IngestResult ingest(
      Caller caller, List<EventInput> inputs, Map<Integer, List<FieldError>> unreadable) {
    if (!caller.isAdmin() && caller.role() != ApiKey.Role.PUBLISHER) {
      throw new ForbiddenException("only publisher and admin keys may send events");
    }
    if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_BATCH) {
      throw new ValidationException(
          "events",
          "must hold 1.."
              + MAX_BATCH
              + " events (had "
              + (inputs == null ? 0 : inputs.size())
              + ")");
    }
    Instant now = clock.instant();
    EventOutcome[] outcomes = new EventOutcome[inputs.size()];
    List<Event> valid = new ArrayList<>();
    List<Integer> validIndex = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      List<FieldError> readErrors = unreadable.get(i);
      if (readErrors != null) {
        outcomes[i] = new EventOutcome(i, null, EventOutcome.Status.REJECTED, readErrors);
        continue;
      }
      Event event = convert(i, inputs.get(i), now, outcomes);
      if (event != null) {
        valid.add(event);
        validIndex.add(i);
      }
    }
    List<Event> appended = append(valid, validIndex, outcomes);
    updateProfiles(appended);
    return new IngestResult(List.of(outcomes));
  }

  private Event convert(int index, EventInput input, Instant now, EventOutcome[] outcomes) {
    Errors errors = new Errors();
    Errors scoped = errors.nested("events[" + index + "]");
    if (input == null) {
      errors.add("events[" + index + "]", "must be an event object");
      outcomes[index] = new EventOutcome(index, null, EventOutcome.Status.REJECTED, errors.list());
      return null;
    }
    Event event = converter.convert(input, now, scoped);
    if (event == null) {
      outcomes[index] =
          new EventOutcome(index, input.eventId(), EventOutcome.Status.REJECTED, errors.list());
    }
    return event;
  }

  /** Appends the valid events in one durable call; returns those that were new. */
  private List<Event> append(List<Event> valid, List<Integer> index, EventOutcome[] outcomes) {
    if (valid.isEmpty()) {
      return List.of();
    }
    List<AppendOutcome> results = eventLog.append(valid);
    if (results.size() != valid.size()) {
      throw new IllegalStateException(
          "event log answered " + results.size() + " outcomes for " + valid.size() + " events");
    }
    List<Event> appended = new ArrayList<>();
    for (int j = 0; j < valid.size(); j++) {
      Event event = valid.get(j);
      boolean isNew = results.get(j) == AppendOutcome.APPENDED;
      EventOutcome.Status status =
          isNew ? EventOutcome.Status.ACCEPTED : EventOutcome.Status.DUPLICATE;
      outcomes[index.get(j)] = new EventOutcome(index.get(j), event.eventId(), status, List.of());
      if (isNew) {
        appended.add(event);
      }
    }
    return appended;
  }

  private void updateProfiles(List<Event> appended) {
    Map<String, List<Event>> byUser = new LinkedHashMap<>();
    for (Event event : appended) {
      if (event.consent().profiling()) {
        byUser.computeIfAbsent(event.userKey(), k -> new ArrayList<>()).add(event);
      }
    }
    for (Map.Entry<String, List<Event>> entry : byUser.entrySet()) {
      try {
        profiles.update(entry.getKey(), p -> profiler.apply(p, entry.getValue()));
      } catch (RuntimeException e) {
        // The events are durable already and answering with an error would make the client retry
        // a batch that will only come back as duplicates; the profile is derived data that a
        // replay of the log can rebuild.
        log.warn("profile update failed for {} events", entry.getValue().size(), e);
      }
    }
  }
}
