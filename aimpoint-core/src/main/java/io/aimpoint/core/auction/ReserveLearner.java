package io.aimpoint.core.auction;

/**
 * The learned reserve of one placement over a sliding window of its last auctions: keeps the top
 * two eCPMs of each (a ring buffer of {@code window} auctions) and recomputes the {@link
 * EmpiricalReserve} every {@code every} new auctions. Until {@code minSamples} auctions are seen
 * the reserve is the configured floor, and it is never below it: the safe rule that makes a cold or
 * quiet placement behave exactly as without learning. Not thread-safe: callers serialize.
 */
public final class ReserveLearner {
  private final long[] first;
  private final long[] second;
  private final int minSamples;
  private final int every;
  private int size;
  private int next;
  private int sinceUpdate;
  private long cachedFloor = -1;
  private long cachedReserve;

  /**
   * @param window how many recent auctions the reserve is learned from
   * @param minSamples how many auctions must be seen before the reserve leaves the floor, at most
   *     {@code window}
   * @param every how many new auctions between two recomputations
   */
  public ReserveLearner(int window, int minSamples, int every) {
    if (window < 1 || minSamples < 1 || minSamples > window || every < 1) {
      throw new IllegalArgumentException(
          "need 1 <= minSamples <= window and every >= 1; window="
              + window
              + ", minSamples="
              + minSamples
              + ", every="
              + every);
    }
    this.first = new long[window];
    this.second = new long[window];
    this.minSamples = minSamples;
    this.every = every;
  }

  /** Records one auction's best and second best eCPM (0 when it had fewer entrants). */
  public void observe(long firstEcpm, long secondEcpm) {
    if (firstEcpm < 0 || secondEcpm < 0 || secondEcpm > firstEcpm) {
      throw new IllegalArgumentException(
          "need 0 <= second <= first; first=" + firstEcpm + ", second=" + secondEcpm);
    }
    first[next] = firstEcpm;
    second[next] = secondEcpm;
    next = (next + 1) % first.length;
    size = Math.min(size + 1, first.length);
    sinceUpdate++;
  }

  /** How many auctions the window holds. */
  public int samples() {
    return size;
  }

  /** The reserve to use now: the floor until enough auctions are seen, else the learned one. */
  public long reserve(long floorCpmMicros) {
    if (size < minSamples) {
      return floorCpmMicros;
    }
    if (cachedFloor != floorCpmMicros || sinceUpdate >= every) {
      long[] f = java.util.Arrays.copyOf(first, size);
      long[] s = java.util.Arrays.copyOf(second, size);
      cachedReserve = EmpiricalReserve.optimal(f, s, floorCpmMicros);
      cachedFloor = floorCpmMicros;
      sinceUpdate = 0;
    }
    return cachedReserve;
  }
}
