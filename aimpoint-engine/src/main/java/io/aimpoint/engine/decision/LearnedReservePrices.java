package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.EmpiricalReserve;
import io.aimpoint.core.auction.ReserveLearner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-placement reserves learned from this instance's auctions ({@link EmpiricalReserve} over a
 * sliding window, {@link ReserveLearner}): every auction contributes its best and second best eCPM
 * among advertisers (each advertiser's best candidate, as the auction sees them), whether or not
 * they clear the current reserve, so raising the reserve does not hide the bids it is learned from;
 * but not the bids of campaigns that were refused their budget reservation, which could not have
 * paid (learning from them set reserves that nobody left could clear once CPC clicks were held).
 * The reserve is the floor until {@link #MIN_SAMPLES} auctions of the placement were seen, and
 * never below the floor. In memory per engine instance; at most {@link #MAX_PLACEMENTS} placements
 * are learned, the others keep their floor.
 */
public final class LearnedReservePrices implements ReservePrices {
  /** Auctions per placement the reserve is learned from. */
  public static final int WINDOW = 5_000;

  /** Auctions a placement needs before its reserve leaves the floor. */
  public static final int MIN_SAMPLES = 1_000;

  /** New auctions between two recomputations of a placement's reserve. */
  public static final int EVERY = 250;

  /** Placements learned at most (request placement ids are not trusted to be few). */
  public static final int MAX_PLACEMENTS = 10_000;

  private final ConcurrentHashMap<String, ReserveLearner> learners = new ConcurrentHashMap<>();

  @Override
  public long reserveCpmMicros(String placementId, long floorCpmMicros) {
    ReserveLearner learner = learners.get(placementId);
    if (learner == null) {
      return floorCpmMicros;
    }
    synchronized (learner) {
      return Math.max(floorCpmMicros, learner.reserve(floorCpmMicros));
    }
  }

  @Override
  public void observe(String placementId, List<AuctionCandidate> entrants) {
    ReserveLearner learner = learner(placementId);
    long[] top = topTwo(entrants);
    if (learner == null || top[0] <= 0) {
      return;
    }
    synchronized (learner) {
      learner.observe(top[0], top[1]);
    }
  }

  private ReserveLearner learner(String placementId) {
    ReserveLearner known = learners.get(placementId);
    if (known != null || learners.size() >= MAX_PLACEMENTS) {
      return known;
    }
    return learners.computeIfAbsent(
        placementId, id -> new ReserveLearner(WINDOW, MIN_SAMPLES, EVERY));
  }

  /** The best and second best eCPM over advertisers (one entry per advertiser, its best). */
  static long[] topTwo(List<AuctionCandidate> entrants) {
    Map<String, Long> best = new HashMap<>();
    for (AuctionCandidate c : entrants) {
      best.merge(c.advertiserId(), c.ecpmMicros(), Math::max);
    }
    long first = 0;
    long second = 0;
    for (long e : best.values()) {
      if (e > first) {
        second = first;
        first = e;
      } else if (e > second) {
        second = e;
      }
    }
    return new long[] {first, second};
  }
}
