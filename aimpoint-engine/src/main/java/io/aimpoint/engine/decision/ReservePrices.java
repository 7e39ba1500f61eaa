package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;
import java.util.List;

/**
 * The reserve price of an auction: the placement's configured floor, or a learned reserve never
 * below it ({@link LearnedReservePrices}), which learns from the entrants of every auction ({@link
 * #observe}).
 */
public interface ReservePrices {
  /** The configured floor, unchanged. */
  ReservePrices FLOOR = (placementId, floorCpmMicros) -> floorCpmMicros;

  /** The reserve (eCPM micros) of the placement's next auction, at least {@code floorCpmMicros}. */
  long reserveCpmMicros(String placementId, long floorCpmMicros);

  /**
   * Learns from an auction of the placement once it is over: {@code entrants} are the candidates
   * that could have been served, without those whose campaign was refused its budget reservation (a
   * bid that cannot be paid for is not a bid).
   */
  default void observe(String placementId, List<AuctionCandidate> entrants) {}
}
