package io.aimpoint.sim.world;

import java.time.Instant;

/**
 * What makes a simulated user a bot (invalid traffic). Bots request ads from a datacenter address
 * range, often with an odd user agent, click far more than humans, in bursts, regardless of what
 * the ad is about, and never convert.
 *
 * @param datacenterCidr the hosting range the bot's address is in, e.g. {@code 34.64.0.0/10}
 * @param oddUserAgent whether the user agent is a script or headless browser (else it spoofs a
 *     normal browser and only the address gives it away)
 * @param baseClickProbability probability of clicking an ad outside a burst
 * @param burstClickProbability probability of clicking an ad inside a burst
 * @param burstSeconds length of the time windows in which a burst happens or not
 * @param burstShare share of windows that are bursts, in [0, 1]
 */
public record BotProfile(
    String datacenterCidr,
    boolean oddUserAgent,
    double baseClickProbability,
    double burstClickProbability,
    long burstSeconds,
    double burstShare) {

  public BotProfile {
    if (burstSeconds <= 0) {
      throw new IllegalArgumentException(
          "burstSeconds must be positive; burstSeconds=" + burstSeconds);
    }
  }

  /**
   * Whether the bot with seed {@code userSeed} is bursting at {@code at}: a pure function of the
   * seed and the time window, so that repeated questions agree.
   */
  public boolean inBurst(long userSeed, Instant at) {
    long window = Math.floorDiv(at.getEpochSecond(), burstSeconds);
    long h = Sampling.seed(userSeed, 0xB0757L, window);
    double u = (h >>> 11) * 0x1.0p-53;
    return u < burstShare;
  }

  /** The bot's probability of clicking an ad shown at {@code at}. */
  public double clickProbability(long userSeed, Instant at) {
    return inBurst(userSeed, at) ? burstClickProbability : baseClickProbability;
  }
}
