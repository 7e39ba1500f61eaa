package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Dayparting;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the commercial side of a campaign: bid type and level, budget, pacing, targeting, frequency
 * cap and dayparting.
 *
 * <p>Bids are set from a target eCPM so that CPM, CPC and CPA campaigns compete on equal terms:
 * {@code CPM = eCPM}, {@code CPC = eCPM / (1000 * REFERENCE_CTR)}, {@code CPA = eCPM / (1000 *
 * REFERENCE_CTR * REFERENCE_CVR)}. Daily budgets are a log-normal multiple (median 1, sigma 0.9) of
 * the campaign's fair share of the world's estimated daily spend, so some campaigns run out before
 * the day ends and others never do.
 */
public final class CampaignGenerator {
  /** Median target eCPM of an average category: 8 currency units per thousand impressions. */
  public static final long BASE_ECPM_MICROS = 8_000_000L;

  /** The click-through rate that converts a target eCPM into a CPC bid. */
  public static final double REFERENCE_CTR = 0.015;

  /** The conversion rate per click that converts a CPC into a CPA bid. */
  public static final double REFERENCE_CVR = 0.05;

  /** Estimated ad slots filled per user per day, for sizing budgets. */
  public static final double AD_SLOTS_PER_USER_DAY = 8.0;

  private static final double[] BID_TYPE_WEIGHTS = {0.35, 0.40, 0.25};
  private static final int ROUND_MICROS = 10_000;

  private final Instant start;
  private final double fairShareImpressions;
  private final TextGenerator text;

  /** Campaigns of a world with {@code config}'s users and campaigns. */
  public CampaignGenerator(WorldConfig config, TextGenerator text) {
    this.start = config.start();
    this.fairShareImpressions = config.users() * AD_SLOTS_PER_USER_DAY / config.campaigns();
    this.text = text;
  }

  /**
   * A campaign in {@code category} for the advertiser with sim key {@code advertiserKey}; {@code
   * languages} are the languages its creatives are written in.
   */
  public Campaign campaign(
      String advertiserKey,
      String name,
      Category category,
      List<Language> languages,
      RandomGenerator rng) {
    long ecpm =
        Math.round(
            BASE_ECPM_MICROS
                * category.traits().bidMultiplier()
                * Sampling.logNormal(rng, 0, 0.35));
    Bid bid = bid(ecpm, rng);
    boolean capped = rng.nextDouble() < 0.3;
    return new Campaign(
        null,
        advertiserKey,
        name,
        Status.ACTIVE,
        start,
        null,
        rng.nextDouble() < 0.1 ? daytime() : Dayparting.always(),
        budget(ecpm, rng),
        rng.nextDouble() < 0.2 ? PacingMode.ASAP : PacingMode.EVEN,
        bid,
        capped ? new FrequencyCap(2 + rng.nextInt(9), rng.nextBoolean() ? 86_400 : 21_600) : null,
        targeting(category, languages, rng),
        null,
        null,
        0);
  }

  private static Bid bid(long ecpmMicros, RandomGenerator rng) {
    BidType type = BidType.values()[Sampling.weightedIndex(rng, BID_TYPE_WEIGHTS)];
    double amount =
        switch (type) {
          case CPM -> ecpmMicros;
          case CPC -> ecpmMicros / (1000 * REFERENCE_CTR);
          case CPA -> ecpmMicros / (1000 * REFERENCE_CTR * REFERENCE_CVR);
        };
    long rounded = Math.round(amount / ROUND_MICROS) * ROUND_MICROS;
    return new Bid(type, Math.clamp(rounded, ROUND_MICROS, Bid.MAX_AMOUNT_MICROS));
  }

  private Budget budget(long ecpmMicros, RandomGenerator rng) {
    double fairSpend = ecpmMicros * fairShareImpressions / 1000;
    long daily = Math.round(fairSpend * Sampling.logNormal(rng, 0, 0.9) / ROUND_MICROS);
    daily = Math.max(1_000_000L, daily * ROUND_MICROS);
    Long lifetime = rng.nextDouble() < 0.15 ? daily * (5 + rng.nextInt(10)) : null;
    return new Budget(daily, lifetime);
  }

  private static Dayparting daytime() {
    Set<Integer> hours = new HashSet<>();
    for (int h = 7; h <= 23; h++) {
      hours.add(h);
    }
    return new Dayparting(hours, Set.of(), "Asia/Shanghai");
  }

  /** Most campaigns are broad; the rest target interests, demographics, geo or keywords. */
  private Targeting targeting(Category category, List<Language> languages, RandomGenerator rng) {
    Set<String> langs =
        languages.size() == 1 && rng.nextDouble() < 0.3 ? Set.of(languages.get(0).code()) : null;
    double r = rng.nextDouble();
    if (r < 0.55) {
      return new Targeting(null, null, null, null, null, null, null, null, null, null, null, langs);
    }
    if (r < 0.70) {
      return new Targeting(
          null, null, null, null, null, null, null, Set.of(category.id()), null, null, null, langs);
    }
    if (r < 0.80) {
      return demographicTargeting(category, langs, rng);
    }
    if (r < 0.90) {
      return geoTargeting(languages, langs, rng);
    }
    Language language = languages.get(0);
    Set<String> keywords = new HashSet<>(text.keywords(category, language, rng));
    return new Targeting(
        null, null, null, null, null, null, null, null, null, keywords, null, langs);
  }

  private static Targeting demographicTargeting(
      Category category, Set<String> langs, RandomGenerator rng) {
    int ageMin = 18 + 5 * rng.nextInt(4);
    int ageMax = ageMin + 15 + 5 * rng.nextInt(4);
    Set<Gender> genders = genders(category.id());
    return new Targeting(
        ageMin, ageMax, genders, null, null, null, null, null, null, null, null, langs);
  }

  private static Set<Gender> genders(String category) {
    return switch (category) {
      case "beauty", "baby" -> Set.of(Gender.FEMALE);
      case "auto" -> Set.of(Gender.MALE);
      default -> null;
    };
  }

  private static Targeting geoTargeting(
      List<Language> languages, Set<String> langs, RandomGenerator rng) {
    if (languages.contains(Language.ZH)) {
      List<String> regions = List.of("Beijing", "Shanghai", "Guangdong", "Zhejiang", "Sichuan");
      Set<String> chosen = new HashSet<>();
      int count = 1 + rng.nextInt(3);
      while (chosen.size() < count) {
        chosen.add(Sampling.pick(rng, regions));
      }
      return new Targeting(
          null, null, null, Set.of("CN"), chosen, null, null, null, null, null, null, langs);
    }
    return new Targeting(
        null,
        null,
        null,
        Set.of("US", "GB", "SG", "AU"),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        langs);
  }
}
