package io.aimpoint.sim.world;

/**
 * A user's behavioural traits.
 *
 * @param sessionsPerDay mean sessions per day (heavy-tailed across users)
 * @param rhythm when in the local day the sessions happen
 * @param consent whether the user allows profiling
 * @param purchasePropensity how likely the user is to buy, in (0, 1); drives purchases and the
 *     conversion model
 * @param driftRate the share of interest mass that moves per simulated day, in [0, 1]
 * @param fatigueSensitivity multiplies the ad-fatigue term of the click model (around 1)
 */
public record UserTraits(
    double sessionsPerDay,
    DailyRhythm rhythm,
    boolean consent,
    double purchasePropensity,
    double driftRate,
    double fatigueSensitivity) {

  public UserTraits {
    if (!(sessionsPerDay > 0)) {
      throw new IllegalArgumentException(
          "sessionsPerDay must be positive; sessionsPerDay=" + sessionsPerDay);
    }
    if (!(purchasePropensity > 0 && purchasePropensity < 1)) {
      throw new IllegalArgumentException(
          "purchasePropensity must be in (0, 1); purchasePropensity=" + purchasePropensity);
    }
    if (!(driftRate >= 0 && driftRate <= 1)) {
      throw new IllegalArgumentException("driftRate must be in [0, 1]; driftRate=" + driftRate);
    }
  }
}
