package io.aimpoint.sim.policy;

import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.truth.ClickContext;
import io.aimpoint.sim.truth.ClickModel;
import io.aimpoint.sim.truth.ConversionModel;
import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulator knows that the engine does not, for one engine instance: the true click and
 * conversion models, the engine's ids of the world, each user's recent exposures, and the ad
 * request being decided right now.
 *
 * <p>The engine's pipeline only sees a pseudonymous user key, so before asking for a decision the
 * runner {@link #open opens} the request under that key (it knows the pseudonym key it configured
 * the engine with) and the oracle finds the simulated user, page and time through {@link #current}.
 * Decisions are made one at a time, so there is at most one open request per user.
 */
public final class GroundTruth {
  private final ClickModel clicks;
  private final ConversionModel conversions;
  private final EngineIds ids = new EngineIds();
  private final Exposures exposures = new Exposures();
  private final Map<String, Request> open = new HashMap<>();
  private final VariantTally variants;

  /** An ad request being decided: who asks, and for what page. */
  public record Request(SimUser user, AdOpportunity opportunity) {}

  public GroundTruth(World world) {
    this(world, null);
  }

  /**
   * @param variants where the runner tallies the dynamic creatives it delivers, or null for a
   *     throwaway tally
   */
  public GroundTruth(World world, VariantTally variants) {
    this.variants = variants == null ? new VariantTally(world.config().start(), 1) : variants;
    InterestDrift drift = new InterestDrift(world.taxonomy(), world.config().start());
    this.clicks = new ClickModel(world.taxonomy(), drift);
    this.conversions = new ConversionModel(world.taxonomy(), drift);
  }

  public EngineIds ids() {
    return ids;
  }

  public Exposures exposures() {
    return exposures;
  }

  /** The tally of delivered dynamic creatives. */
  public VariantTally variants() {
    return variants;
  }

  public ConversionModel conversionModel() {
    return conversions;
  }

  /** Registers the request now being decided for the engine's user key {@code userKey}. */
  public void open(String userKey, SimUser user, AdOpportunity opportunity) {
    open.put(userKey, new Request(user, opportunity));
  }

  /** Forgets the request of {@code userKey} once it is decided. */
  public void close(String userKey) {
    open.remove(userKey);
  }

  /** The request being decided for {@code userKey}, if the runner opened one. */
  public Optional<Request> current(String userKey) {
    return Optional.ofNullable(open.get(userKey));
  }

  /**
   * The true probability that {@code user} clicks the engine's creative {@code creativeId} of
   * campaign {@code campaignId} shown at 0-based {@code position} for {@code opportunity}, given
   * the user's exposures to the campaign so far.
   */
  public double clickProbability(
      SimUser user, AdOpportunity opportunity, String campaignId, String creativeId, int position) {
    return clickProbability(user, opportunity, campaignId, creativeId, null, position);
  }

  /**
   * The same for the combination {@code variantId} of a dynamic creative (its served title's hidden
   * appeal counts); null for the creative as written.
   */
  public double clickProbability(
      SimUser user,
      AdOpportunity opportunity,
      String campaignId,
      String creativeId,
      String variantId,
      int position) {
    SimCreative creative = ids.creative(creativeId).served(variantId);
    Instant at = opportunity.at();
    ClickContext context =
        new ClickContext(
            at,
            opportunity.context().category(),
            opportunity.context().isSearch(),
            position,
            exposures.count(user.id(), campaignId, at));
    return clicks.probability(user, creative, context);
  }

  /** The true probability that a click of {@code user} at {@code at} on the creative converts. */
  public double conversionProbability(SimUser user, String creativeId, Instant at) {
    return conversions.probability(user, ids.creative(creativeId), at);
  }
}
