package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;
import java.util.List;

/**
 * The reserve price of an auction: the placement's configured floor, or a learned reserve never
 * below it ({@link LearnedReservePrices}). Sees every auction's entrants, which is what a learned
 * reserve learns from.
 */
public interface ReservePrices {
  /** The configured floor, unchanged. */
  ReservePrices FLOOR = (placementId, floorCpmMicros, entrants) -> floorCpmMicros;

  /**
   * The reserve (eCPM micros) of this auction, at least {@code floorCpmMicros}.
   *
   * @param entrants the scored candidates about to enter the auction
   */
  long reserveCpmMicros(String placementId, long floorCpmMicros, List<AuctionCandidate> entrants);
}
