package io.aimpoint.core.pacing;

/**
 * Gains and limits of the pacing controller. The error is {@code (plan - spend) / dailyBudget}
 * (positive when behind plan), time is in hours.
 *
 * @param kp proportional gain: participation change per unit of error
 * @param ki integral gain, per hour
 * @param kd derivative gain, hours
 * @param minParticipation the least share of traffic an EVEN campaign keeps, in (0, 1]
 * @param integralLimit the integral term's bound (anti-windup), in units of error x hours
 */
public record PidGains(
    double kp, double ki, double kd, double minParticipation, double integralLimit) {

  /**
   * Tuned on simulated days: kp 4 cuts participation by 0.4 when 10% of the budget ahead, ki 2/h
   * removes a steady offset within a few hours, no derivative (spend is noisy), never below 1%.
   * Compared with 8:4 and 2:1 on two simulated days (docs/benchmarks.md, "Delivery: pacing"): the
   * lowest day-2 pacing error (8.8% of the daily budget for the top-spending EVEN campaigns).
   */
  public static final PidGains DEFAULTS = new PidGains(4.0, 2.0, 0.0, 0.01, 0.5);

  public PidGains {
    if (!(kp >= 0) || !(ki >= 0) || !(kd >= 0)) {
      throw new IllegalArgumentException(
          "gains must be >= 0; kp=" + kp + ", ki=" + ki + ", kd=" + kd);
    }
    if (!(minParticipation > 0 && minParticipation <= 1)) {
      throw new IllegalArgumentException(
          "minParticipation must be in (0, 1]; minParticipation=" + minParticipation);
    }
    if (!(integralLimit >= 0)) {
      throw new IllegalArgumentException(
          "integralLimit must be >= 0; integralLimit=" + integralLimit);
    }
  }
}
