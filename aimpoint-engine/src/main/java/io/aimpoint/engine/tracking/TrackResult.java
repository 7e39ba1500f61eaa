package io.aimpoint.engine.tracking;

/** Outcome of an impression or click: {@code landingUrl} is set for clicks. */
public record TrackResult(boolean duplicate, long chargedMicros, String landingUrl) {}
