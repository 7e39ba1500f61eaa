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

  /**
   * A state that outputs {@code participation} while on plan: the integral holds the offset {@code
   * (participation - 1) / ki} (within the anti-windup limit), as if the controller had run at that
   * participation all along. A new day starts from the previous day's mean participation this way
   * instead of from 1, which spent a steady campaign's first hour at several times its plan. With
   * {@code ki = 0} the integral cannot hold an offset and the state is {@link State#INITIAL}.
   */
  public State startingAt(double participation) {
    if (!(participation >= 0 && participation <= 1)) {
      throw new IllegalArgumentException(
          "participation must be in [0, 1]; participation=" + participation);
    }
    if (gains.ki() == 0) {
      return State.INITIAL;
    }
    double integral = clampIntegral((participation - 1) / gains.ki());
    return new State(integral, 0, clamp(output(0, integral, 0)));
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
