package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Creative;

/**
 * A simulated creative: the core {@link Creative} the runner submits plus its hidden quality.
 * {@code creative} carries the sim keys in its id fields until the engine assigns real ids; use
 * {@link #toCore} to fill in the engine's ids.
 *
 * @param key sim-side key, e.g. {@code adv-03-c1-k2}
 * @param campaignKey key of the owning {@link SimCampaign}
 * @param creative the creative as the engine will store it (id null, sim keys as parent ids)
 * @param quality hidden log-normal appeal multiplier (mean 1); the engine never sees it
 */
public record SimCreative(String key, String campaignKey, Creative creative, double quality) {

  public SimCreative {
    if (!(quality > 0)) {
      throw new IllegalArgumentException("quality must be positive; quality=" + quality);
    }
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
        c.status(),
        null,
        null,
        0);
  }
}
