package io.aimpoint.sim.traffic;

import io.aimpoint.sim.world.Category;
import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.InterestMix;
import io.aimpoint.sim.world.Language;
import io.aimpoint.sim.world.Sampling;
import io.aimpoint.sim.world.SimPlacement;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.Taxonomy;
import io.aimpoint.sim.world.TextGenerator;
import io.aimpoint.sim.world.World;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes the events of one session. A human session may open with a search (25%), then reads a
 * geometric number of pages (mean about 3.3) mostly about their current interests (15%
 * off-interest), mostly in their language; most pages carry an ad request; some pages get a like or
 * share, and the session ends in an organic purchase with probability {@code purchasePropensity /
 * 2}. A bot session fires many quick page views on random topics, each with an ad request.
 */
final class SessionWriter {
  static final double SEARCH_SHARE = 0.25;
  static final double OFF_INTEREST_SHARE = 0.15;
  static final double AD_REQUEST_SHARE = 0.9;
  static final double SOCIAL_SHARE = 0.04;

  private final Taxonomy taxonomy;
  private final InterestDrift drift;
  private final TextGenerator text;
  private final List<SimPlacement> pagePlacements;
  private final double[] pagePlacementWeights = {0.40, 0.35, 0.25};
  private final SimPlacement searchPlacement;

  SessionWriter(World world) {
    this.taxonomy = world.taxonomy();
    this.drift = new InterestDrift(taxonomy, world.config().start());
    this.text = new TextGenerator(taxonomy);
    this.pagePlacements =
        List.of(
            world.placement("feed-native"),
            world.placement("article-top"),
            world.placement("article-side"));
    this.searchPlacement = world.placement(SimPlacement.SEARCH_RESULTS);
  }

  void write(SimUser user, Instant start, RandomGenerator rng, List<SimEvent> out) {
    if (user.isBot()) {
      writeBot(user, start, rng, out);
    } else {
      writeHuman(user, start, rng, out);
    }
  }

  private void writeHuman(SimUser user, Instant start, RandomGenerator rng, List<SimEvent> out) {
    InterestMix interests = drift.at(user, start);
    Instant t = start;
    Category searched = null;
    if (rng.nextDouble() < SEARCH_SHARE) {
      searched = topic(interests, rng);
      search(user, t, searched, language(user, rng), rng, out);
      t = t.plusSeconds(5 + rng.nextInt(25));
    }
    int pages = 1 + geometric(rng, 0.3, 20);
    for (int p = 0; p < pages; p++) {
      Category about = p == 0 && searched != null ? searched : topic(interests, rng);
      Page page = page(about, language(user, rng), rng);
      out.add(new SimPageView(id(rng), user.id(), t, page));
      if (rng.nextDouble() < AD_REQUEST_SHARE) {
        out.add(pageOpportunity(user, t.plusMillis(200), page, rng));
      }
      if (rng.nextDouble() < SOCIAL_SHARE) {
        String action = rng.nextDouble() < 0.7 ? "like" : "share";
        Instant at = t.plusSeconds(10 + rng.nextInt(20));
        out.add(new SimSocial(id(rng), user.id(), at, action, about.id(), page.title()));
      }
      t = t.plusSeconds(20 + rng.nextInt(100));
    }
    if (rng.nextDouble() < user.traits().purchasePropensity() / 2) {
      out.add(purchase(user, t, interests, rng));
    }
  }

  private SimPurchase purchase(
      SimUser user, Instant at, InterestMix interests, RandomGenerator rng) {
    Category bought = taxonomy.get(interests.sample(rng));
    String item = text.productName(bought, language(user, rng), rng);
    long typical = bought.traits().typicalPriceMicros();
    long amount = Math.max(1_000_000L, Math.round(typical * Sampling.logNormal(rng, 0, 0.5)));
    return new SimPurchase(id(rng), user.id(), at, item, bought.id(), amount);
  }

  private void writeBot(SimUser user, Instant start, RandomGenerator rng, List<SimEvent> out) {
    int pages = 3 + rng.nextInt(8);
    Instant t = start;
    for (int p = 0; p < pages; p++) {
      Category about = taxonomy.get(rng.nextInt(taxonomy.size()));
      Language language = rng.nextBoolean() ? Language.ZH : Language.EN;
      if (rng.nextDouble() < 0.1) {
        search(user, t, about, language, rng, out);
      } else {
        Page page = page(about, language, rng);
        out.add(new SimPageView(id(rng), user.id(), t, page));
        out.add(pageOpportunity(user, t.plusMillis(50), page, rng));
      }
      t = t.plusSeconds(2 + rng.nextInt(9));
    }
  }

  private void search(
      SimUser user,
      Instant t,
      Category about,
      Language language,
      RandomGenerator rng,
      List<SimEvent> out) {
    String query = text.query(about, language, rng);
    out.add(new SimSearch(id(rng), user.id(), t, query, about.id(), language));
    String url = "https://search.example/s?q=" + Long.toHexString(rng.nextLong() >>> 24);
    AdContext context = new AdContext(url, query, List.of(), query, language, about.id());
    out.add(
        new AdOpportunity(
            id(rng),
            user.id(),
            t.plusMillis(150),
            searchPlacement.id(),
            searchPlacement.drawSlots(rng),
            context));
  }

  private AdOpportunity pageOpportunity(SimUser user, Instant at, Page page, RandomGenerator rng) {
    SimPlacement placement = pagePlacements.get(Sampling.weightedIndex(rng, pagePlacementWeights));
    AdContext context =
        new AdContext(
            page.url(),
            page.title() + "\n" + page.text(),
            page.keywords(),
            null,
            page.language(),
            page.category());
    return new AdOpportunity(
        id(rng), user.id(), at, placement.id(), placement.drawSlots(rng), context);
  }

  private Page page(Category about, Language language, RandomGenerator rng) {
    return new Page(
        text.pageUrl(about, language, rng),
        text.pageTitle(about, language, rng),
        text.pageText(about, language, rng),
        about.id(),
        language,
        text.keywords(about, language, rng));
  }

  private Category topic(InterestMix interests, RandomGenerator rng) {
    if (rng.nextDouble() < OFF_INTEREST_SHARE) {
      return taxonomy.get(rng.nextInt(taxonomy.size()));
    }
    return taxonomy.get(interests.sample(rng));
  }

  /** Bilingual users read the other language a third of the time. */
  private static Language language(SimUser user, RandomGenerator rng) {
    Language preferred = user.origin().language();
    if (user.origin().bilingual() && rng.nextDouble() < 0.35) {
      return preferred == Language.ZH ? Language.EN : Language.ZH;
    }
    return preferred;
  }

  private static int geometric(RandomGenerator rng, double stop, int max) {
    int n = 0;
    while (n < max && rng.nextDouble() >= stop) {
      n++;
    }
    return n;
  }

  private static String id(RandomGenerator rng) {
    return String.format("e%016x", rng.nextLong());
  }
}
