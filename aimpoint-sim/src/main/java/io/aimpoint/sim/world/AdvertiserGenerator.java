package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws advertisers with their campaigns and creatives. Home categories are dealt round-robin over
 * a seeded permutation of the taxonomy, so 15 or more advertisers cover every category; 30% of an
 * advertiser's campaigns are in another category (marketplaces sell more than one thing).
 * Advertiser {@code a} depends only on (seed, a).
 */
public final class AdvertiserGenerator {
  private static final long ADVERTISER_STREAM = 0xAD5L;
  private static final long VARIANT_STREAM = 0x7A7L;

  /** Spread (log-normal sigma) of the hidden appeal of a dynamic creative's title options. */
  public static final double TITLE_QUALITY_SIGMA = 0.5;

  /** Sigma of the log-normal hidden creative quality; its mean is 1. */
  public static final double QUALITY_SIGMA = 0.5;

  private static final String[] ZH_THEMES = {"春季促销", "品牌曝光", "新品推广", "会员拉新", "年中大促"};
  private static final String[] EN_THEMES = {
    "Spring Sale", "Brand Awareness", "New Arrivals", "Member Drive", "Mid-Year Deals"
  };

  private final WorldConfig config;
  private final Taxonomy taxonomy;
  private final TextGenerator text;
  private final CampaignGenerator campaigns;
  private final int[] homeCategories;

  public AdvertiserGenerator(WorldConfig config, Taxonomy taxonomy) {
    this.config = config;
    this.taxonomy = taxonomy;
    this.text = new TextGenerator(taxonomy);
    this.campaigns = new CampaignGenerator(config, text);
    this.homeCategories = permutation(taxonomy.size(), config.seed());
  }

  /** Advertiser number {@code index} with all its campaigns and creatives. */
  public SimAdvertiser advertiser(int index) {
    SplittableRandom rng =
        new SplittableRandom(Sampling.seed(config.seed(), ADVERTISER_STREAM, index));
    Category home = taxonomy.get(homeCategories[index % homeCategories.length]);
    String key = String.format("adv-%02d", index);
    String brand = Sampling.pick(rng, home.brands());
    String domain = slug(brand, home, index) + ".example";
    Advertiser advertiser =
        new Advertiser(
            null,
            brand + " · " + home.name(Language.ZH) + "/" + home.name(Language.EN),
            domain,
            Status.ACTIVE,
            null,
            null,
            0);
    Sponsor sponsor = new Sponsor(key, brand, domain);
    List<SimCampaign> list = new ArrayList<>();
    for (int c = 0; c < config.campaignsPerAdvertiser(); c++) {
      Category category =
          rng.nextDouble() < 0.7 ? home : taxonomy.get(rng.nextInt(taxonomy.size()));
      list.add(campaign(key + "-c" + c, sponsor, category, rng));
    }
    return new SimAdvertiser(key, advertiser, home.id(), brand, list);
  }

  /** Who pays for a campaign: the advertiser's key, brand and web domain. */
  private record Sponsor(String advertiserKey, String brand, String domain) {}

  private SimCampaign campaign(
      String key, Sponsor sponsor, Category category, SplittableRandom rng) {
    double mode = rng.nextDouble();
    List<Language> languages =
        mode < 0.60
            ? List.of(Language.ZH)
            : mode < 0.85 ? List.of(Language.EN) : List.of(Language.ZH, Language.EN);
    int theme = rng.nextInt(ZH_THEMES.length);
    String name =
        languages.get(0) == Language.ZH
            ? category.name(Language.ZH) + " " + ZH_THEMES[theme] + " #" + key
            : category.name(Language.EN) + " " + EN_THEMES[theme] + " #" + key;
    Campaign campaign = campaigns.campaign(sponsor.advertiserKey(), name, category, languages, rng);
    List<SimCreative> creatives = new ArrayList<>();
    for (int k = 0; k < config.creativesPerCampaign(); k++) {
      Language language = languages.get(k % languages.size());
      creatives.add(creative(key + "-k" + k, key, sponsor, category, language, rng));
    }
    return new SimCampaign(key, sponsor.advertiserKey(), category.id(), campaign, creatives);
  }

  private SimCreative creative(
      String key,
      String campaignKey,
      Sponsor sponsor,
      Category category,
      Language language,
      SplittableRandom rng) {
    String domain = sponsor.domain();
    Creative creative =
        new Creative(
            null,
            campaignKey,
            sponsor.advertiserKey(),
            text.adTitle(category, language, sponsor.brand(), rng),
            text.adBody(category, language, sponsor.brand(), rng),
            "https://cdn." + domain + "/img/" + key + ".jpg",
            "https://" + domain + "/p/" + key,
            category.id(),
            language.code(),
            text.keywords(category, language, rng),
            null,
            Status.ACTIVE,
            null,
            null,
            0);
    double sigma = QUALITY_SIGMA;
    double quality = Sampling.logNormal(rng, -sigma * sigma / 2, sigma);
    SimCreative simCreative = new SimCreative(key, campaignKey, creative, quality);
    return config.titleVariantShare() > 0
        ? withTitleVariants(simCreative, category, language, sponsor.brand())
        : simCreative;
  }

  /**
   * Gives a {@code titleVariantShare} of the creatives two alternative titles, each title option
   * with its own hidden appeal multiplier. Draws from a stream of its own, keyed by the creative,
   * so that the rest of the world is the same with or without variants.
   */
  private SimCreative withTitleVariants(
      SimCreative creative, Category category, Language language, String brand) {
    SplittableRandom rng =
        new SplittableRandom(
            Sampling.seed(config.seed(), VARIANT_STREAM, creative.key().hashCode()));
    if (rng.nextDouble() >= config.titleVariantShare()) {
      return creative;
    }
    List<String> titles = new ArrayList<>();
    List<Double> qualities = new ArrayList<>();
    double sigma = TITLE_QUALITY_SIGMA;
    qualities.add(Sampling.logNormal(rng, -sigma * sigma / 2, sigma));
    for (int t = 0; t < 2; t++) {
      titles.add(text.adTitle(category, language, brand, rng) + " (" + (t + 2) + ")");
      qualities.add(Sampling.logNormal(rng, -sigma * sigma / 2, sigma));
    }
    return creative.withTitleVariants(titles, qualities);
  }

  private static String slug(String brand, Category home, int index) {
    String ascii = brand.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    return (ascii.isEmpty() ? home.id() : ascii) + "-" + index;
  }

  private static int[] permutation(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(Sampling.seed(seed, ADVERTISER_STREAM, -1));
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
