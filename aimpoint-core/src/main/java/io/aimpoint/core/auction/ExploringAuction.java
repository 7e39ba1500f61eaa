package io.aimpoint.core.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Epsilon-greedy exploration on top of the {@link GeneralizedSecondPriceAuction}: slot by slot,
 * with probability {@code epsilon} the slot goes to a candidate drawn uniformly among the {@code
 * topK} best remaining ones, otherwise to the best remaining one (exactly GSP's choice). Every
 * winner carries its propensity, the exact probability of that choice given the entrants and the
 * earlier slots' winners:
 *
 * <pre>
 *   p(c) = (1 - epsilon) [c is the best remaining] + epsilon / K'   if c is among the top K'
 *   p(c) = 0                                                         otherwise
 * </pre>
 *
 * where {@code K' = min(topK, remaining)}; over the alternatives these sum to 1. The propensity of
 * a whole response is the product over its slots. Coins are tossed per slot, not per decision, so
 * that each slot's propensity is exact given the earlier slots (a shared coin would make later
 * slots depend on whether earlier ones explored).
 *
 * <p>Prices stay within GSP's bounds: the chosen candidate pays the larger of the floor and the
 * eCPM of the best remaining candidate ranked below it, in its bid unit, capped at its bid; for a
 * greedy choice this is exactly the GSP price. An explored winner never pays more than its bid nor
 * less than the floor. With category exclusivity the candidates of a winner's category leave the
 * auction once it holds its slot, and prices follow the same rule as {@link
 * GeneralizedSecondPriceAuction}'s: only candidates that could have taken the slot set its price.
 */
public final class ExploringAuction implements Auction {
  private final double epsilon;
  private final int topK;
  private final RandomGenerator random;
  private final boolean categoryExclusive;

  /**
   * @param epsilon the share of slots that explore, in [0, 1]
   * @param topK how many of the best remaining candidates an exploring slot draws from, at least 1
   * @param random the coin and the draw; seed it for reproducible runs (must be thread-safe when
   *     the auction is shared, e.g. {@link java.util.Random})
   */
  public ExploringAuction(double epsilon, int topK, RandomGenerator random) {
    this(epsilon, topK, random, false);
  }

  /**
   * @param categoryExclusive whether no two winners may share a creative category
   */
  public ExploringAuction(
      double epsilon, int topK, RandomGenerator random, boolean categoryExclusive) {
    if (!(epsilon >= 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon must be in [0, 1]; epsilon=" + epsilon);
    }
    if (topK < 1) {
      throw new IllegalArgumentException("topK must be >= 1; topK=" + topK);
    }
    this.epsilon = epsilon;
    this.topK = topK;
    this.random = Objects.requireNonNull(random, "random");
    this.categoryExclusive = categoryExclusive;
  }

  @Override
  public boolean categoryExclusive() {
    return categoryExclusive;
  }

  /** The same exploration (sharing this auction's random source) with exclusivity as given. */
  @Override
  public ExploringAuction withCategoryExclusive(boolean exclusive) {
    return exclusive == categoryExclusive
        ? this
        : new ExploringAuction(epsilon, topK, random, exclusive);
  }

  @Override
  public boolean excludes(AuctionCandidate winner, AuctionCandidate other) {
    return Auction.super.excludes(winner, other)
        || (categoryExclusive && winner.sharesCategoryWith(other));
  }

  @Override
  public List<AuctionWinner> run(
      List<AuctionCandidate> candidates, long floorCpmMicros, int slots) {
    if (floorCpmMicros < 0) {
      throw new IllegalArgumentException(
          "floorCpmMicros must be >= 0; floorCpmMicros=" + floorCpmMicros);
    }
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be >= 1; slots=" + slots);
    }
    List<AuctionCandidate> remaining =
        GeneralizedSecondPriceAuction.entrants(candidates, floorCpmMicros);
    List<AuctionWinner> winners = new ArrayList<>(Math.min(slots, remaining.size()));
    for (int slot = 0; slot < slots && !remaining.isEmpty(); slot++) {
      int k = Math.min(topK, remaining.size());
      boolean explore = epsilon > 0 && random.nextDouble() < epsilon;
      int chosen = explore ? random.nextInt(k) : 0;
      AuctionCandidate c = remaining.remove(chosen);
      long below = chosen < remaining.size() ? remaining.get(chosen).ecpmMicros() : 0;
      long priceEcpm = Math.max(floorCpmMicros, below);
      assert priceEcpm <= c.ecpmMicros() : "a winner never pays more than its eCPM";
      long price = GeneralizedSecondPriceAuction.unitPrice(c, priceEcpm, floorCpmMicros);
      winners.add(new AuctionWinner(slot, c, priceEcpm, price, propensity(chosen, k)));
      GeneralizedSecondPriceAuction.dropExcluded(remaining, c, categoryExclusive);
    }
    return List.copyOf(winners);
  }

  /**
   * The probability of choosing the candidate at {@code rank} (0 = best remaining) when {@code k}
   * candidates are explorable; 0 beyond them.
   */
  public double propensity(int rank, int k) {
    if (rank >= k) {
      return 0;
    }
    return (rank == 0 ? 1 - epsilon : 0) + epsilon / k;
  }
}
