package io.aimpoint.core.store;

/** What {@link EventLog#append} did with one event. */
public enum AppendOutcome {
  APPENDED,
  /**
   * An event with the same id is already in the log (or earlier in the same batch); nothing
   * written.
   */
  DUPLICATE
}
