package io.aimpoint.core.user;

import java.time.Instant;

/**
 * One entry of a profile's behaviour sequence: the event's wire type (e.g. {@code page_view}), its
 * normalized category and item (each may be null) and when it happened.
 */
public record Behaviour(String type, String category, String item, Instant at) {}
