package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.pacing.PidController;
import io.aimpoint.core.pacing.PidGains;
import io.aimpoint.core.pacing.TrafficCurve;
import io.aimpoint.core.pacing.TrafficCurveEstimator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pacing of one engine instance: EVEN campaigns with a daily budget enter a request with their
 * current participation probability, ASAP campaigns (and those without a daily budget) always.
 *
 * <p>The traffic curve is learned from this instance's own decision requests ({@link
 * TrafficCurveEstimator}: a prior of {@value #CURVE_PRIOR_DAYS} day towards the uniform curve, past
 * days weighted by {@value #CURVE_DAY_DECAY} per day of age, so the curve follows the last several
 * days), and each campaign's PID state is kept in memory and stepped at most once per {@link #STEP}
 * of clock time from its spend today (the {@link DeliveryCache}, which includes this instance's
 * charges at once). A campaign's new day starts at its previous day's time-weighted mean
 * participation ({@link PidController#startingAt}), the participation that the plan implied
 * yesterday, instead of at 1, which spent a steady campaign's first hour at several times its plan;
 * a campaign's first day starts at 1. Approximation, documented in docs/delivery.md: with N
 * instances behind a balancer each sees about 1/N of the traffic with the same shape and reads the
 * shared spend, so the curves agree and every controller drives the same error; state restarts from
 * full participation after a restart, and the budget reservations, not pacing, keep spend within
 * budget.
 */
public final class Pacer {
  /** How often a campaign's controller steps, in clock time. */
  public static final Duration STEP = Duration.ofMinutes(1);

  /** Days of uniform traffic the learned curve's prior is worth. */
  public static final double CURVE_PRIOR_DAYS = 0.25;

  /** The weight of a past day's traffic relative to the next day's (about 5 days of memory). */
  public static final double CURVE_DAY_DECAY = 0.8;

  private static final double SECONDS_PER_HOUR = 3600.0;

  private final DeliveryCache deliveries;
  private final PidController controller;
  private final Random random;
  private final TrafficCurveEstimator traffic =
      new TrafficCurveEstimator(CURVE_PRIOR_DAYS, CURVE_DAY_DECAY);
  private final ConcurrentHashMap<String, Tracked> states = new ConcurrentHashMap<>();
  private volatile TrafficCurve curve = TrafficCurve.uniform();
  private long curveEpochHour = Long.MIN_VALUE;

  /**
   * A campaign's controller today; {@code participationHours} and {@code hours} integrate its
   * participation over the time stepped, for the next day's start.
   */
  private record Tracked(
      PidController.State state,
      Instant steppedAt,
      LocalDate day,
      double participationHours,
      double hours) {

    static Tracked startOf(LocalDate day, PidController.State state, Instant at) {
      return new Tracked(state, at, day, 0, 0);
    }

    double meanParticipation() {
      return hours > 0 ? participationHours / hours : state.participation();
    }
  }

  public Pacer(DeliveryCache deliveries, PidGains gains, long seed) {
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.controller = new PidController(gains);
    this.random = new Random(seed);
  }

  /** Counts one decision request (the traffic the curve is learned from). */
  public void countRequest(Instant at) {
    synchronized (traffic) {
      traffic.record(at, 1);
      long epochHour = Math.floorDiv(at.getEpochSecond(), 3600L);
      if (epochHour != curveEpochHour) {
        traffic.advanceTo(at);
        curve = traffic.curve();
        curveEpochHour = epochHour;
      }
    }
  }

  /** Whether the campaign enters this request: a coin with its participation probability. */
  public boolean participates(Campaign campaign, Instant now) {
    double p = participation(campaign, now);
    return p >= 1 || random.nextDouble() < p;
  }

  /** The campaign's current participation probability, stepping its controller if due. */
  public double participation(Campaign campaign, Instant now) {
    Long daily = campaign.budget().dailyMicros();
    if (campaign.pacing() != PacingMode.EVEN || daily == null) {
      return 1;
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Tracked t =
        states.compute(
            campaign.id(),
            (id, old) -> {
              if (old == null) {
                return Tracked.startOf(today, PidController.State.INITIAL, now);
              }
              if (!old.day().equals(today)) {
                return Tracked.startOf(today, controller.startingAt(old.meanParticipation()), now);
              }
              return Duration.between(old.steppedAt(), now).compareTo(STEP) >= 0
                  ? step(old, campaign, now)
                  : old;
            });
    return t.state().participation();
  }

  /** The planned spend of an EVEN campaign by {@code now}, from the current curve. */
  public long planMicros(long dailyBudgetMicros, Instant now) {
    return curve.planMicros(dailyBudgetMicros, hourOfDay(now));
  }

  public TrafficCurve curve() {
    return curve;
  }

  private Tracked step(Tracked old, Campaign campaign, Instant now) {
    long daily = campaign.budget().dailyMicros();
    long spent = deliveries.spend(campaign.id(), old.day()).dayMicros();
    double error = (planMicros(daily, now) - spent) / (double) daily;
    double dtHours = (now.getEpochSecond() - old.steppedAt().getEpochSecond()) / SECONDS_PER_HOUR;
    return new Tracked(
        controller.step(old.state(), error, dtHours),
        now,
        old.day(),
        old.participationHours() + old.state().participation() * dtHours,
        old.hours() + dtHours);
  }

  private static double hourOfDay(Instant at) {
    return Math.floorMod(at.getEpochSecond(), 86_400L) / SECONDS_PER_HOUR;
  }
}
