package io.aimpoint.core.pacing;

import java.time.Instant;

/**
 * Learns the {@link TrafficCurve} from request counts of past hours. Counts go into UTC hour-of-day
 * bins; the curve uses only completed hours (the current one is partial and would read as a dip).
 * Each hour's rate is smoothed towards the mean hourly rate with a prior worth {@code priorDays}
 * days:
 *
 * <pre>
 *   rate(h) = (sum of counts in hour h + priorDays x mean) / (days observed in hour h + priorDays)
 * </pre>
 *
 * where {@code mean} is the average count per observed hour (1 before any); with no data every hour
 * gets the mean, i.e. the uniform curve. With a {@code dayDecay} below 1 the sums and the day
 * counts of an hour are multiplied by it each time that hour completes again, so the curve follows
 * the last several days (weights decay^age; the effective history is {@code 1 / (1 - dayDecay)}
 * days) while the prior keeps its weight of {@code priorDays}. Not thread-safe: callers serialize.
 */
public final class TrafficCurveEstimator {
  private static final long HOUR_SECONDS = 3600;

  private final double priorDays;
  private final double dayDecay;
  private final double[] sums = new double[TrafficCurve.HOURS];
  private final double[] days = new double[TrafficCurve.HOURS];
  private long currentEpochHour = Long.MIN_VALUE;
  private long currentCount;

  /** An estimator that weighs all past days alike. */
  public TrafficCurveEstimator(double priorDays) {
    this(priorDays, 1.0);
  }

  /**
   * @param priorDays how many days of the uniform curve the prior is worth, > 0
   * @param dayDecay the weight of a day relative to the next one, in (0, 1]
   */
  public TrafficCurveEstimator(double priorDays, double dayDecay) {
    if (!(priorDays > 0)) {
      throw new IllegalArgumentException("priorDays must be > 0; priorDays=" + priorDays);
    }
    if (!(dayDecay > 0 && dayDecay <= 1)) {
      throw new IllegalArgumentException("dayDecay must be in (0, 1]; dayDecay=" + dayDecay);
    }
    this.priorDays = priorDays;
    this.dayDecay = dayDecay;
  }

  /** Counts {@code requests} at {@code at}; time must not go backwards by more than an hour. */
  public void record(Instant at, long requests) {
    long epochHour = Math.floorDiv(at.getEpochSecond(), HOUR_SECONDS);
    if (epochHour > currentEpochHour) {
      closeCurrentHour();
      currentEpochHour = epochHour;
      currentCount = 0;
    }
    currentCount += requests;
  }

  /** Completes every hour before {@code now}, including hours without requests. */
  public void advanceTo(Instant now) {
    long epochHour = Math.floorDiv(now.getEpochSecond(), HOUR_SECONDS);
    if (currentEpochHour == Long.MIN_VALUE) {
      return;
    }
    while (currentEpochHour < epochHour) {
      closeCurrentHour();
      currentEpochHour++;
      currentCount = 0;
    }
  }

  private void closeCurrentHour() {
    if (currentEpochHour == Long.MIN_VALUE) {
      return;
    }
    int hourOfDay = (int) Math.floorMod(currentEpochHour, (long) TrafficCurve.HOURS);
    sums[hourOfDay] = sums[hourOfDay] * dayDecay + currentCount;
    days[hourOfDay] = days[hourOfDay] * dayDecay + 1;
  }

  /** The curve learned so far. */
  public TrafficCurve curve() {
    double total = 0;
    double observed = 0;
    for (int h = 0; h < TrafficCurve.HOURS; h++) {
      total += sums[h];
      observed += days[h];
    }
    double mean = observed == 0 || total == 0 ? 1 : total / observed;
    double[] rates = new double[TrafficCurve.HOURS];
    for (int h = 0; h < TrafficCurve.HOURS; h++) {
      rates[h] = (sums[h] + priorDays * mean) / (days[h] + priorDays);
    }
    return TrafficCurve.of(rates);
  }
}
