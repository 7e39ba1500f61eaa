package io.aimpoint.sim.world;

import java.time.Instant;

/**
 * The knobs of a generated world. The same config always generates the same world.
 *
 * @param seed the master seed
 * @param users number of users (bots included)
 * @param advertisers number of advertisers
 * @param campaignsPerAdvertiser campaigns each advertiser runs
 * @param creativesPerCampaign creatives each campaign rotates
 * @param shareWithoutConsent share of users who do not allow profiling, in [0, 1]
 * @param botShare share of users that are bots, in [0, 1)
 * @param start the instant day 0 begins; campaigns start here and interest drift counts from it
 * @param titleVariantShare share of creatives, in [0, 1], that carry two alternative titles of
 *     different hidden appeal (dynamic creatives); 0 in every standard world, and then the world is
 *     exactly what it was before variants existed
 */
public record WorldConfig(
    long seed,
    int users,
    int advertisers,
    int campaignsPerAdvertiser,
    int creativesPerCampaign,
    double shareWithoutConsent,
    double botShare,
    Instant start,
    double titleVariantShare) {

  /** Midnight UTC of 2026-03-02, a Monday: the default start of simulated time. */
  public static final Instant DEFAULT_START = Instant.parse("2026-03-02T00:00:00Z");

  public WorldConfig {
    requireAtLeast(users, 1, "users");
    requireAtLeast(advertisers, 1, "advertisers");
    requireAtLeast(campaignsPerAdvertiser, 1, "campaignsPerAdvertiser");
    requireAtLeast(creativesPerCampaign, 1, "creativesPerCampaign");
    if (!(shareWithoutConsent >= 0 && shareWithoutConsent <= 1)) {
      throw new IllegalArgumentException(
          "shareWithoutConsent must be in [0, 1]; shareWithoutConsent=" + shareWithoutConsent);
    }
    if (!(botShare >= 0 && botShare < 1)) {
      throw new IllegalArgumentException("botShare must be in [0, 1); botShare=" + botShare);
    }
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    if (!(titleVariantShare >= 0 && titleVariantShare <= 1)) {
      throw new IllegalArgumentException(
          "titleVariantShare must be in [0, 1]; titleVariantShare=" + titleVariantShare);
    }
  }

  /** A world without dynamic creatives. */
  public WorldConfig(
      long seed,
      int users,
      int advertisers,
      int campaignsPerAdvertiser,
      int creativesPerCampaign,
      double shareWithoutConsent,
      double botShare,
      Instant start) {
    this(
        seed,
        users,
        advertisers,
        campaignsPerAdvertiser,
        creativesPerCampaign,
        shareWithoutConsent,
        botShare,
        start,
        0);
  }

  /** This config with {@code share} of the creatives carrying alternative titles. */
  public WorldConfig withTitleVariants(double share) {
    return new WorldConfig(
        seed,
        users,
        advertisers,
        campaignsPerAdvertiser,
        creativesPerCampaign,
        shareWithoutConsent,
        botShare,
        start,
        share);
  }

  /**
   * The demo world: 10,000 users (3% bots, 10% without consent), 20 advertisers with 6 campaigns of
   * 3 creatives each (120 campaigns, 360 creatives).
   */
  public static WorldConfig demo(long seed) {
    return new WorldConfig(seed, 10_000, 20, 6, 3, 0.10, 0.03, DEFAULT_START);
  }

  /** This config with another number of users. */
  public WorldConfig withUsers(int newUsers) {
    return new WorldConfig(
        seed,
        newUsers,
        advertisers,
        campaignsPerAdvertiser,
        creativesPerCampaign,
        shareWithoutConsent,
        botShare,
        start,
        titleVariantShare);
  }

  /** This config with another seed. */
  public WorldConfig withSeed(long newSeed) {
    return new WorldConfig(
        newSeed,
        users,
        advertisers,
        campaignsPerAdvertiser,
        creativesPerCampaign,
        shareWithoutConsent,
        botShare,
        start,
        titleVariantShare);
  }

  /** This config with another bot share. */
  public WorldConfig withBotShare(double newBotShare) {
    return new WorldConfig(
        seed,
        users,
        advertisers,
        campaignsPerAdvertiser,
        creativesPerCampaign,
        shareWithoutConsent,
        newBotShare,
        start,
        titleVariantShare);
  }

  /** Total number of campaigns. */
  public int campaigns() {
    return advertisers * campaignsPerAdvertiser;
  }

  private static void requireAtLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + "; " + name + "=" + value);
    }
  }
}
