package io.aimpoint.engine.ingest;

import io.aimpoint.core.validation.FieldError;
import java.util.List;

/**
 * What happened to the event at {@code index} of a batch. {@code reason} is set for {@link
 * Status#REJECTED} and {@link Status#NEAR_DUPLICATE}; {@code errors} is non-empty only for {@link
 * Status#REJECTED}, and its field paths name the event, e.g. {@code events[3].userId}.
 */
public record EventOutcome(
    int index, String eventId, Status status, RejectReason reason, List<FieldError> errors) {
  public EventOutcome {
    errors = List.copyOf(errors);
  }

  /** An outcome without a reason: accepted or an exact duplicate. */
  public EventOutcome(int index, String eventId, Status status, List<FieldError> errors) {
    this(index, eventId, status, null, errors);
  }

  public enum Status {
    /** Stored durably. */
    ACCEPTED,
    /** An event with this id was stored before (or earlier in the batch); nothing changed. */
    DUPLICATE,
    /**
     * Not stored: the same user sent an event of the same type and content (another id) within the
     * near-duplicate window, e.g. a double-submitted page view.
     */
    NEAR_DUPLICATE,
    /** Invalid; not stored. */
    REJECTED
  }
}
