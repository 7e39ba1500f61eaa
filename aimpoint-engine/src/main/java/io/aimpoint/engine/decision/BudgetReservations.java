package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.AuctionWinner;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.ledger.ReservationRequest;
import io.aimpoint.core.store.Ledger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reserve-then-commit for the decision path: every winner's campaign reserves, under id {@link
 * #reservationId}, the most that the billable event of the ad can be charged ({@link
 * #reservedMicros}), for as long as that event is expected ({@link #holdFor}). The tracking service
 * commits it with the billable event; the expiry sweep releases what is never committed.
 *
 * <p>Slots are filled in order. When a winner's reservation is refused (its campaign's spend and
 * holds leave no room), the winners before it keep their slots and reservations, the refused
 * campaign leaves the pool and the auction runs again for the remaining slots, at most {@value
 * #MAX_ROUNDS} times. A refused reservation stores nothing, so the next winner of that slot can
 * reserve under the same id.
 */
public final class BudgetReservations {
  static final int MAX_ROUNDS = 16;

  /**
   * How long a CPC ad holds its click price. Clicks follow their impression within seconds and the
   * impression its decision within about a minute, so a short hold covers almost every click while
   * a campaign with budget {@code B} and click price {@code p} may still have {@code B / p} ads in
   * flight per hold, not per reservation TTL: holding the price for 15 minutes starved CPC
   * campaigns (measured, see {@link #reservedMicros}). A click after the hold is charged against
   * the budget left, capped by the ledger, never above it.
   */
  public static final Duration CLICK_HOLD = Duration.ofMinutes(2);

  private final Ledger ledger;
  private final Duration ttl;
  private final DeliveryCache deliveries;

  /**
   * @param deliveries told of every reservation made, so that eligibility counts it at once
   */
  public BudgetReservations(Ledger ledger, Duration ttl, DeliveryCache deliveries) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive; ttl=" + ttl);
    }
    this.ttl = ttl;
  }

  /** The id of the reservation of a served ad; tokens carry decision id and slot, so no id. */
  public static String reservationId(String decisionId, int slot) {
    return "res:" + decisionId + ":" + slot;
  }

  /**
   * The most the billable event of an ad priced {@code priceMicros} can be charged: one impression
   * of a CPM price ({@code price / 1000}, rounded down like the charge), one click or one
   * conversion at the price.
   */
  public static long maxChargeMicros(BidType type, long priceMicros) {
    return type == BidType.CPM ? Math.floorDiv(priceMicros, 1000) : priceMicros;
  }

  /**
   * What a served ad holds of its campaign's budget: its maximum charge ({@link #maxChargeMicros})
   * for CPM and CPC ads, nothing for CPA ads. A conversion follows a click hours or days later (the
   * attribution window): holding a conversion price for every served ad that long would let a CPA
   * campaign have only {@code B / p} ads in flight per window. (Holding CPC prices for the whole
   * 15-minute reservation TTL did that to CPC campaigns: in the simulator, 2,000 users, 24 h, seed
   * 7, the engine's revenue fell from 127 to 45; hence {@link #CLICK_HOLD}.) CPA charges rely on
   * the ledger's atomic cap, which still keeps spend within budget.
   */
  public static long reservedMicros(BidType type, long priceMicros) {
    return type == BidType.CPA ? 0 : maxChargeMicros(type, priceMicros);
  }

  /** How long a reservation of an ad of {@code type} holds, at most {@code ttl}. */
  public static Duration holdFor(BidType type, Duration ttl) {
    return type == BidType.CPC && CLICK_HOLD.compareTo(ttl) < 0 ? CLICK_HOLD : ttl;
  }

  /**
   * Runs {@code auction} over the entrants at the reserve price {@code reserveCpmMicros} for the
   * slots left and reserves for its winners as described above; candidates that a placed winner
   * excludes ({@link Auction#excludes}) leave the pool, so later rounds keep the auction's rules.
   */
  public Reserved reserveWinners(
      String decisionId,
      Instant now,
      List<AuctionCandidate> entrants,
      Map<String, Campaign> campaigns,
      int slots,
      Auction auction,
      long reserveCpmMicros) {
    List<AuctionWinner> placed = new ArrayList<>();
    Set<String> refusedCampaigns = new HashSet<>();
    List<AuctionCandidate> pool = new ArrayList<>(entrants);
    for (int round = 0; round < MAX_ROUNDS && placed.size() < slots && !pool.isEmpty(); round++) {
      boolean refused = false;
      for (AuctionWinner w :
          auction.run(List.copyOf(pool), reserveCpmMicros, slots - placed.size())) {
        int slot = placed.size();
        AuctionCandidate c = w.candidate();
        if (reserve(decisionId, slot, w, campaigns.get(c.campaignId()), now)) {
          placed.add(
              new AuctionWinner(slot, c, w.priceEcpmMicros(), w.priceMicros(), w.propensity()));
          pool.removeIf(x -> auction.excludes(c, x));
        } else {
          pool.removeIf(x -> x.campaignId().equals(c.campaignId()));
          refusedCampaigns.add(c.campaignId());
          refused = true;
          break;
        }
      }
      if (!refused) {
        break;
      }
    }
    return new Reserved(List.copyOf(placed), Set.copyOf(refusedCampaigns));
  }

  /**
   * The outcome of {@link #reserveWinners}: the winners that hold their reservation, in slot order,
   * and the campaigns that won a round but were refused theirs.
   */
  public record Reserved(List<AuctionWinner> winners, Set<String> refusedCampaigns) {}

  private boolean reserve(
      String decisionId, int slot, AuctionWinner w, Campaign campaign, Instant now) {
    long amount = reservedMicros(w.candidate().bidType(), w.priceMicros());
    if (amount == 0) {
      return true;
    }
    if (campaign == null) {
      return false;
    }
    ReservationRequest request =
        new ReservationRequest(
            reservationId(decisionId, slot),
            campaign.id(),
            now,
            amount,
            now.plus(holdFor(w.candidate().bidType(), ttl)));
    if (ledger.reserve(request, campaign.budget()).isEmpty()) {
      return false;
    }
    deliveries.reserved(campaign.id(), LocalDate.ofInstant(now, ZoneOffset.UTC), amount);
    return true;
  }
}
