package io.aimpoint.engine;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of one engine instance. The two keys are secrets: the pseudonym key turns raw user ids
 * into stored user keys (changing it orphans existing profiles), the tracking key signs tracking
 * tokens.
 *
 * @param defaultFloorCpmMicros reserve price for placements that have none configured
 * @param attributionWindow how long after a click a conversion is still attributed to it
 * @param trackingTokenTtl how long impression and click links stay valid after the decision
 */
public record EngineConfig(
    byte[] pseudonymKey,
    byte[] trackingKey,
    Clock clock,
    long defaultFloorCpmMicros,
    Duration attributionWindow,
    Duration trackingTokenTtl) {

  public static EngineConfig defaults(byte[] pseudonymKey, byte[] trackingKey, Clock clock) {
    return new EngineConfig(
        pseudonymKey, trackingKey, clock, 100_000L, Duration.ofDays(7), Duration.ofDays(2));
  }
}
