package io.aimpoint.core.store;

import io.aimpoint.core.event.Event;

/** An event with its position in the log. Offsets increase in append order, starting at 0. */
public record LoggedEvent(long offset, Event event) {}
