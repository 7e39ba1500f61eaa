package io.aimpoint.engine.ingest;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.profile.ProfileUpdater;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts batches of behaviour events.
 *
 * <p>Each event is validated and normalized on its own ({@link EventConverter}); an event that
 * repeats one of the same user within the near-duplicate window is dropped ({@link
 * NearDuplicateFilter}). The rest are appended to the {@link EventLog} in one call, which is
 * durable when it returns, so a client that got its answer may forget the events. Invalid events
 * are reported with a {@link RejectReason} without dropping the valid ones, and a retried batch is
 * harmless: events already in the log come back as duplicates.
 *
 * <p>After the append and before answering, the profiles of users who consented to profiling are
 * updated ({@link ProfileUpdater}), so the next decision sees the events. Duplicates do not count
 * twice. Raw user ids live only in memory for the length of a call.
 */
public final class EventIngestionService {
  public static final int MAX_BATCH = 1000;
  private static final Logger log = LoggerFactory.getLogger(EventIngestionService.class);

  private final EventLog eventLog;
  private final PseudonymKeyRing keys;
  private final EventConverter converter;
  private final NearDuplicateFilter nearDuplicates;
  private final ProfileUpdater profiles;
  private final Clock clock;

  public EventIngestionService(
      EventLog eventLog,
      PseudonymKeyRing keys,
      NearDuplicateFilter nearDuplicates,
      ProfileUpdater profiles,
      Clock clock) {
    this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.converter = new EventConverter(keys);
    this.nearDuplicates = Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
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
    catchUpExposure();
    Instant now = clock.instant();
    EventOutcome[] outcomes = new EventOutcome[inputs.size()];
    List<Event> valid = new ArrayList<>();
    List<Integer> validIndex = new ArrayList<>();
    Map<String, List<String>> previousKeys = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      List<FieldError> readErrors = unreadable.get(i);
      if (readErrors != null) {
        outcomes[i] = rejected(i, null, RejectReason.UNREADABLE, readErrors);
        continue;
      }
      Event event = convert(i, inputs.get(i), now, outcomes);
      if (event == null) {
        continue;
      }
      if (nearDuplicates.isNearDuplicate(event, now)) {
        outcomes[i] =
            new EventOutcome(
                i,
                event.eventId(),
                EventOutcome.Status.NEAR_DUPLICATE,
                RejectReason.NEAR_DUPLICATE,
                List.of());
        continue;
      }
      valid.add(event);
      validIndex.add(i);
      String raw = inputs.get(i).userId();
      previousKeys.computeIfAbsent(event.userKey(), k -> keys.previous(raw));
    }
    List<Event> appended = append(valid, validIndex, outcomes);
    updateProfiles(appended, previousKeys);
    return new IngestResult(List.of(outcomes));
  }

  private Event convert(int index, EventInput input, Instant now, EventOutcome[] outcomes) {
    Errors errors = new Errors();
    if (input == null) {
      errors.add("events[" + index + "]", "must be an event object");
      outcomes[index] = rejected(index, null, RejectReason.UNREADABLE, errors.list());
      return null;
    }
    EventConverter.Converted converted =
        converter.convert(input, now, errors.nested("events[" + index + "]"));
    if (converted.event() == null) {
      outcomes[index] = rejected(index, input.eventId(), converted.reason(), errors.list());
    }
    return converted.event();
  }

  private static EventOutcome rejected(
      int index, String eventId, RejectReason reason, List<FieldError> errors) {
    return new EventOutcome(index, eventId, EventOutcome.Status.REJECTED, reason, errors);
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

  private void updateProfiles(List<Event> appended, Map<String, List<String>> previousKeys) {
    try {
      profiles.applyBehaviour(appended, previousKeys);
    } catch (RuntimeException e) {
      // The events are durable already and answering with an error would make the client retry
      // a batch that will only come back as duplicates; the profile is derived data that a
      // replay of the log can rebuild.
      log.warn("profile update failed for {} events", appended.size(), e);
    }
  }

  private void catchUpExposure() {
    try {
      profiles.catchUp();
    } catch (RuntimeException e) {
      // Exposure counts are behind, not lost: the offset did not move, the next call retries.
      log.warn("catching up ad exposure from the event log failed", e);
    }
  }
}
