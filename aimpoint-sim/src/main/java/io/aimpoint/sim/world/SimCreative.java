package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.CreativeVariants;
import io.aimpoint.core.campaign.VariantCombination;
import java.util.List;

/**
 * A simulated creative: the core {@link Creative} the runner submits plus its hidden quality, and
 * for a dynamic creative the hidden appeal multiplier of each title option ({@code
 * titleQualities[0]} for its own title, then one per alternative title of its variants; empty
 * without variants). {@code creative} carries the sim keys in its id fields until the engine
 * assigns real ids; use {@link #toCore} to fill in the engine's ids.
 *
 * @param key sim-side key, e.g. {@code adv-03-c1-k2}
 * @param campaignKey key of the owning {@link SimCampaign}
 * @param creative the creative as the engine will store it (id null, sim keys as parent ids)
 * @param quality hidden log-normal appeal multiplier (mean 1); the engine never sees it
 */
public record SimCreative(
    String key,
    String campaignKey,
    Creative creative,
    double quality,
    List<Double> titleQualities) {

  public SimCreative {
    if (!(quality > 0)) {
      throw new IllegalArgumentException("quality must be positive; quality=" + quality);
    }
    titleQualities = titleQualities == null ? List.of() : List.copyOf(titleQualities);
    int titles = creative.hasVariants() ? 1 + creative.variants().titles().size() : 0;
    if (titleQualities.size() != titles) {
      throw new IllegalArgumentException(
          "need one title quality per title option; options="
              + titles
              + ", qualities="
              + titleQualities.size());
    }
  }

  /** A creative without variants. */
  public SimCreative(String key, String campaignKey, Creative creative, double quality) {
    this(key, campaignKey, creative, quality, List.of());
  }

  /** This creative with alternative {@code titles}; {@code qualities} has one more entry. */
  public SimCreative withTitleVariants(List<String> titles, List<Double> qualities) {
    return new SimCreative(
        key,
        campaignKey,
        creative.withVariants(new CreativeVariants(titles, null, null)),
        quality,
        qualities);
  }

  /**
   * This creative as served in combination {@code variantId}: its quality times the served title's
   * appeal (itself for creatives without variants or an unknown id).
   */
  public SimCreative served(String variantId) {
    if (titleQualities.isEmpty()) {
      return this;
    }
    int title = VariantCombination.parse(variantId).map(VariantCombination::title).orElse(0);
    if (title >= titleQualities.size()) {
      return this;
    }
    return new SimCreative(
        key, campaignKey, creative, quality * titleQualities.get(title), titleQualities);
  }

  /** The title option of highest hidden appeal; 0 without variants. */
  public int bestTitle() {
    int best = 0;
    for (int t = 1; t < titleQualities.size(); t++) {
      if (titleQualities.get(t) > titleQualities.get(best)) {
        best = t;
      }
    }
    return best;
  }

  /** The category id of the creative, e.g. {@code electronics}. */
  public String category() {
    return creative.category();
  }

  /** The language of the creative's text. */
  public Language language() {
    return Language.ofCode(creative.language());
  }

  /** The creative with the engine's campaign and advertiser ids, ready to be created. */
  public Creative toCore(String campaignId, String advertiserId) {
    Creative c = creative;
    return new Creative(
        null,
        campaignId,
        advertiserId,
        c.title(),
        c.body(),
        c.imageUrl(),
        c.landingUrl(),
        c.category(),
        c.language(),
        c.keywords(),
        c.frequencyCap(),
        c.variants(),
        c.status(),
        null,
        null,
        0);
  }
}
