package io.aimpoint.engine.ingest;

import io.aimpoint.core.validation.FieldError;
import java.util.List;

/**
 * What happened to the event at {@code index} of a batch. {@code errors} is non-empty only for
 * {@link Status#REJECTED}; field paths name the event, e.g. {@code events[3].userId}.
 */
public record EventOutcome(int index, String eventId, Status status, List<FieldError> errors) {
  public EventOutcome {
    errors = List.copyOf(errors);
  }

  public enum Status {
    /** Stored durably. */
    ACCEPTED,
    /** An event with this id was stored before (or earlier in the batch); nothing changed. */
    DUPLICATE,
    /** Invalid; not stored. */
    REJECTED
  }
}
