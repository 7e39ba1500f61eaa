package io.aimpoint.core.pacing;

import java.util.Objects;

/**
 * A PID controller that turns the pacing error into a participation probability (the share of
 * eligible requests an EVEN campaign enters):
 *
 * <pre>
 *   e = (plan - spend) / dailyBudget                     (positive: behind plan)
 *   u = 1 + kp e + ki I + kd de/dt,  participation = clamp(u, minParticipation, 1)
 * </pre>
 *
 * The bias of 1 makes a campaign on or behind plan enter every request (it cannot catch up faster);
 * being ahead lowers participation. Anti-windup (Astrom and Hagglund, "Advanced PID Control", 2006,
 * ch. 3.5): the integral is clamped to {@code +-integralLimit}, and it does not grow while the
 * output is saturated in the direction the error pushes (conditional integration), so a campaign
 * that was behind all morning does not overshoot in the afternoon.
 */
public final class PidController {
  private final PidGains gains;

  public PidController(PidGains gains) {
    this.gains = Objects.requireNonNull(gains, "gains");
  }

  /** The state of one campaign's controller. */
  public record State(double integral, double lastError, double participation) {
    public static final State INITIAL = new State(0, 0, 1);
  }

  /** One step: {@code error} now, {@code dtHours} since the last step. */
  public State step(State state, double error, double dtHours) {
    if (!(dtHours > 0)) {
      return state;
    }
    double derivative = (error - state.lastError()) / dtHours;
    double integral = clampIntegral(state.integral() + error * dtHours);
    double raw = output(error, integral, derivative);
    boolean saturatedHigh = raw > 1 && error > 0;
    boolean saturatedLow = raw < gains.minParticipation() && error < 0;
    if (saturatedHigh || saturatedLow) {
      integral = state.integral();
      raw = output(error, integral, derivative);
    }
    return new State(integral, error, clamp(raw));
  }

  private double output(double error, double integral, double derivative) {
    return 1 + gains.kp() * error + gains.ki() * integral + gains.kd() * derivative;
  }

  private double clampIntegral(double integral) {
    return Math.max(-gains.integralLimit(), Math.min(gains.integralLimit(), integral));
  }

  private double clamp(double u) {
    return Math.max(gains.minParticipation(), Math.min(1, u));
  }
}
