package io.aimpoint.engine.ingest;

/**
 * Why an event was not stored, as counted in metrics ({@code
 * aimpoint_events_rejected_total{reason=...}}) and reported in its {@link EventOutcome}.
 */
public enum RejectReason {
  /** The transport could not read the event (e.g. a number where text belongs). */
  UNREADABLE("unreadable"),
  /** A required field is missing or a field is malformed, too long or out of range. */
  INVALID("invalid"),
  /** The timestamp is more than the allowed skew in the future. */
  TIMESTAMP_IN_FUTURE("timestamp_in_future"),
  /** The timestamp is older than the accepted age. */
  TIMESTAMP_TOO_OLD("timestamp_too_old"),
  /** Same user, type and content as an event accepted within the near-duplicate window. */
  NEAR_DUPLICATE("near_duplicate");

  private final String wireName;

  RejectReason(String wireName) {
    this.wireName = wireName;
  }

  /** The name in metrics and API answers, e.g. {@code near_duplicate}. */
  public String wireName() {
    return wireName;
  }
}
