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
 * gets the mean, i.e. the uniform curve. Not thread-safe: callers serialize.
 */
public final class TrafficCurveEstimator {
  private static final long HOUR_SECONDS = 3600;

  private final double priorDays;
  private final double[] sums = new double[TrafficCurve.HOURS];
  private final int[] days = new int[TrafficCurve.HOURS];
  private long currentEpochHour = Long.MIN_VALUE;
  private long currentCount;

  public TrafficCurveEstimator(double priorDays) {
    if (!(priorDays > 0)) {
      throw new IllegalArgumentException("priorDays must be > 0; priorDays=" + priorDays);
    }
    this.priorDays = priorDays;
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
    sums[hourOfDay] += currentCount;
    days[hourOfDay]++;
  }

  /** The curve learned so far. */
  public TrafficCurve curve() {
    double total = 0;
    int observed = 0;
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
