package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.user.Demographics;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws users. User {@code i} depends only on (seed, i), so a world with more users contains the
 * same first users, and users can be generated in any order.
 */
public final class UserGenerator {
  private static final long USER_STREAM = 0x05E75L;
  private static final double[] AGE_BAND_WEIGHTS = {0.20, 0.33, 0.24, 0.14, 0.09};
  private static final int[] AGE_BAND_START = {18, 25, 35, 45, 55};
  private static final int[] AGE_BAND_WIDTH = {7, 10, 10, 10, 16};
  private static final double[] INTEREST_COUNT_WEIGHTS = {0.25, 0.35, 0.25, 0.15};
  private static final DeviceType[] DEVICES = {
    DeviceType.MOBILE, DeviceType.DESKTOP, DeviceType.TABLET, DeviceType.CTV
  };
  private static final double[] DEVICE_WEIGHTS = {0.72, 0.20, 0.06, 0.02};

  private final WorldConfig config;
  private final Taxonomy taxonomy;

  public UserGenerator(WorldConfig config, Taxonomy taxonomy) {
    this.config = config;
    this.taxonomy = taxonomy;
  }

  /** User number {@code index} of the world. */
  public SimUser user(int index) {
    long seed = Sampling.seed(config.seed(), USER_STREAM, index);
    SplittableRandom rng = new SplittableRandom(seed);
    boolean bot = rng.nextDouble() < config.botShare();
    boolean consent = rng.nextDouble() >= config.shareWithoutConsent();
    String id = String.format("sim-%06d-%08x", index, seed >>> 32);
    GeoTable.Place place = GeoTable.draw(rng);
    Demographics demographics = demographics(place, rng);
    return bot
        ? botUser(id, seed, demographics, place, rng)
        : human(id, seed, demographics, place, consent, rng);
  }

  private SimUser human(
      String id,
      long seed,
      Demographics demographics,
      GeoTable.Place place,
      boolean consent,
      SplittableRandom rng) {
    Language language = rng.nextDouble() < place.zhShare() ? Language.ZH : Language.EN;
    boolean bilingual = rng.nextDouble() < place.bilingualShare();
    UserOrigin origin =
        new UserOrigin(
            place.zoneId(),
            language,
            bilingual,
            GeoTable.residentialIp(place, rng),
            Networks.browserUserAgent(demographics.device(), rng));
    UserTraits traits =
        new UserTraits(
            Math.min(30, Sampling.logNormal(rng, Math.log(1.2), 0.9)),
            DailyRhythm.human(rng),
            consent,
            Sampling.sigmoid(Sampling.logit(0.08) + 0.8 * rng.nextGaussian()),
            Math.min(0.10, Sampling.logNormal(rng, Math.log(0.03), 0.5)),
            Sampling.logNormal(rng, 0, 0.3));
    InterestMix interests = interests(demographics, rng);
    return new SimUser(id, seed, demographics, origin, interests, traits, null);
  }

  private SimUser botUser(
      String id, long seed, Demographics demographics, GeoTable.Place place, SplittableRandom rng) {
    String cidr = Sampling.pick(rng, Networks.DATACENTER_CIDRS);
    boolean odd = rng.nextDouble() < 0.7;
    String agent =
        odd
            ? Sampling.pick(rng, Networks.ODD_USER_AGENTS)
            : Networks.browserUserAgent(DeviceType.DESKTOP, rng);
    Language language = rng.nextBoolean() ? Language.ZH : Language.EN;
    UserOrigin origin =
        new UserOrigin(place.zoneId(), language, true, Networks.addressIn(cidr, rng), agent);
    BotProfile profile =
        new BotProfile(
            cidr,
            odd,
            0.01 + 0.03 * rng.nextDouble(),
            0.3 + 0.4 * rng.nextDouble(),
            300 + rng.nextInt(1500),
            0.05 + 0.15 * rng.nextDouble());
    UserTraits traits =
        new UserTraits(
            Sampling.logNormal(rng, Math.log(4), 0.5), DailyRhythm.bot(rng), true, 0.001, 0.0, 0.0);
    double[] uniform = new double[taxonomy.size()];
    Arrays.fill(uniform, 1);
    return new SimUser(id, seed, demographics, origin, InterestMix.of(uniform), traits, profile);
  }

  private static Demographics demographics(GeoTable.Place place, SplittableRandom rng) {
    int band = Sampling.weightedIndex(rng, AGE_BAND_WEIGHTS);
    int age = AGE_BAND_START[band] + rng.nextInt(AGE_BAND_WIDTH[band]);
    double g = rng.nextDouble();
    Gender gender = g < 0.49 ? Gender.FEMALE : g < 0.98 ? Gender.MALE : Gender.OTHER;
    DeviceType device = DEVICES[Sampling.weightedIndex(rng, DEVICE_WEIGHTS)];
    return new Demographics(age, gender, place.geo(), device);
  }

  /**
   * A sparse Dirichlet-like mix: 1-4 categories drawn without replacement by popularity times a
   * demographic bias, with Gamma(1.5) weights floored at 0.05.
   */
  private InterestMix interests(Demographics d, SplittableRandom rng) {
    double[] prior = taxonomy.popularity();
    for (int i = 0; i < prior.length; i++) {
      prior[i] *= demographicBias(taxonomy.get(i).id(), d.age(), d.gender());
    }
    int count = 1 + Sampling.weightedIndex(rng, INTEREST_COUNT_WEIGHTS);
    double[] raw = new double[prior.length];
    for (int k = 0; k < count; k++) {
      int c = Sampling.weightedIndex(rng, prior);
      prior[c] = 0;
      raw[c] = Math.max(0.05, Sampling.gamma(rng, 1.5));
    }
    return InterestMix.of(raw);
  }

  /** Who likes what: makes demographics predictive of interests, as in real audiences. */
  static double demographicBias(String category, int age, Gender gender) {
    boolean female = gender == Gender.FEMALE;
    boolean male = gender == Gender.MALE;
    return switch (category) {
      case "baby" ->
          (age >= 25 && age <= 40 ? 3.0 : age < 22 || age > 50 ? 0.3 : 1) * (female ? 1.6 : 1);
      case "beauty" -> female ? 2.5 : male ? 0.4 : 1;
      case "apparel" -> female ? 1.4 : 1;
      case "auto" -> (male ? 1.8 : 1) * (age >= 28 && age <= 50 ? 1.4 : 0.8);
      case "games" -> (age < 30 ? 2.0 : age > 45 ? 0.4 : 1) * (male ? 1.5 : 1);
      case "finance" -> age > 30 ? 1.5 : 0.8;
      case "health" -> age > 45 ? 1.8 : 1;
      case "education" -> age < 25 || (age >= 30 && age <= 45) ? 1.8 : 1;
      default -> 1;
    };
  }
}
