package io.aimpoint.engine.features;

import static io.aimpoint.engine.features.FeatureSources.*;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.RfmCounters;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.profile.Decay;
import io.aimpoint.engine.profile.ProfileOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the raw model inputs of a decision ({@link FeatureSources}) from what the engine knows when
 * it decides: the {@link DecisionContext} (merged demographics, the profile with consent, the page,
 * the context embedding), each {@link AdCandidate} and the decision time. Pure and deterministic:
 * the same inputs give the same snapshot, which is what lets the decision log record exactly what a
 * model saw. Thread-safe.
 *
 * <p>Profile-based sources (the user key, interests, keywords, segments, RFM, the behaviour
 * sequence, exposures, the user's semantic similarity) are present only with profiling consent,
 * since only then is a profile loaded. Interest and keyword weights are decayed to the decision
 * time with the profiles' half-life, so they mean the same as the profile's explanation does.
 */
public final class FeatureExtractor {
  /** Behaviours of the sequence features: the most recent this many. */
  public static final int SEQUENCE_LENGTH = 20;

  /** Interests kept, strongest first. */
  public static final int TOP_INTERESTS = 5;

  /** Profile keywords kept, strongest first. */
  public static final int TOP_KEYWORDS = 10;

  /** Context keywords, segments and creative keywords kept, in order. */
  public static final int MAX_TOKENS = 20;

  /**
   * Countries in a single time zone, for the hour and weekday in the user's own time; users of
   * other countries (several zones, or unknown) get UTC.
   */
  private static final Map<String, ZoneId> COUNTRY_ZONES =
      Map.ofEntries(
          Map.entry("CN", ZoneId.of("Asia/Shanghai")),
          Map.entry("HK", ZoneId.of("Asia/Hong_Kong")),
          Map.entry("TW", ZoneId.of("Asia/Taipei")),
          Map.entry("SG", ZoneId.of("Asia/Singapore")),
          Map.entry("JP", ZoneId.of("Asia/Tokyo")),
          Map.entry("KR", ZoneId.of("Asia/Seoul")),
          Map.entry("IN", ZoneId.of("Asia/Kolkata")),
          Map.entry("GB", ZoneId.of("Europe/London")),
          Map.entry("IE", ZoneId.of("Europe/Dublin")),
          Map.entry("DE", ZoneId.of("Europe/Berlin")),
          Map.entry("FR", ZoneId.of("Europe/Paris")),
          Map.entry("IT", ZoneId.of("Europe/Rome")),
          Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
          Map.entry("CH", ZoneId.of("Europe/Zurich")),
          Map.entry("SE", ZoneId.of("Europe/Stockholm")),
          Map.entry("PL", ZoneId.of("Europe/Warsaw")));

  private final Decay decay;

  /** An extractor decaying weights with the profiles' default half-life (7 days). */
  public FeatureExtractor() {
    this(ProfileOptions.DEFAULT_HALF_LIFE);
  }

  /** An extractor decaying interest and keyword weights with {@code interestHalfLife}. */
  public FeatureExtractor(Duration interestHalfLife) {
    this.decay = new Decay(interestHalfLife);
  }

  /**
   * The request side of a decision, extracted once: its snapshot, and what the candidates' sources
   * are computed from.
   */
  public static final class Request {
    private final FeatureSnapshot snapshot;
    private final DecisionContext context;
    private final Map<String, Double> interests;
    private final double strongestInterest;
    private final List<Behaviour> recent;
    private final float[] semantic;

    private Request(
        FeatureSnapshot snapshot,
        DecisionContext context,
        Map<String, Double> interests,
        List<Behaviour> recent,
        float[] semantic) {
      this.snapshot = snapshot;
      this.context = context;
      this.interests = interests;
      this.strongestInterest =
          interests.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      this.recent = recent;
      this.semantic = semantic;
    }

    public FeatureSnapshot snapshot() {
      return snapshot;
    }
  }

  /** The snapshots of a decision and its candidates (in the candidates' order). */
  public DecisionFeatures extract(
      DecisionContext context, List<AdCandidate> candidates, Instant at) {
    Request request = request(context, at);
    List<FeatureSnapshot> out = new ArrayList<>(candidates.size());
    for (AdCandidate c : candidates) {
      out.add(candidate(request, c));
    }
    return new DecisionFeatures(request.snapshot(), out);
  }

  /** Extracts the request side of a decision taken at {@code at}. */
  public Request request(DecisionContext context, Instant at) {
    FeatureSnapshot.Builder b = FeatureSnapshot.builder();
    TargetingRequest targeting = context.targeting();
    demographics(b, targeting.demographics());
    b.token(CONSENT, targeting.profilingConsent() ? "granted" : "denied");
    Optional<UserProfile> profile = context.profile();
    Map<String, Double> interests = Map.of();
    List<Behaviour> recent = List.of();
    float[] semantic = new float[0];
    if (profile.isPresent()) {
      UserProfile p = profile.get();
      double factor =
          p.updatedAt() != null && at.isAfter(p.updatedAt())
              ? decay.factor(Duration.between(p.updatedAt(), at))
              : 1;
      interests = decayed(p.interests(), factor);
      recent = recent(p.behaviours());
      semantic = p.semantic().hasVector() ? p.semantic().vector() : semantic;
      b.token(USER_KEY, context.userKey());
      List<Map.Entry<String, Double>> top = strongest(interests, TOP_INTERESTS);
      b.weighted(
          INTERESTS,
          top.stream().map(Map.Entry::getKey).toList(),
          top.stream().map(Map.Entry::getValue).toList());
      b.tokens(
          KEYWORDS,
          strongest(decayed(p.keywords(), factor), TOP_KEYWORDS).stream()
              .map(Map.Entry::getKey)
              .toList());
      b.tokens(SEGMENTS, new TreeSet<>(p.segments()).stream().limit(MAX_TOKENS).toList());
      rfm(b, p.rfm(), at);
      adActivity(b, p.exposure(), at);
      b.tokens(SEQ_CATEGORIES, distinct(recent, true));
      b.tokens(SEQ_ITEMS, distinct(recent, false));
    }
    context(b, context);
    time(b, targeting.demographics(), at);
    return new Request(b.build(), context, interests, recent, semantic);
  }

  /** Extracts one candidate's side, against the request's. */
  public FeatureSnapshot candidate(Request request, AdCandidate candidate) {
    FeatureSnapshot.Builder b = FeatureSnapshot.builder();
    Campaign campaign = candidate.campaign();
    Creative creative = candidate.creative();
    b.token(ADVERTISER, campaign.advertiserId());
    b.token(CAMPAIGN, campaign.id());
    b.token(CREATIVE, creative.id());
    List<String> categories = categories(campaign, creative);
    b.tokens(AD_CATEGORIES, categories);
    List<String> keywords = lowerDistinct(creative.keywords());
    b.tokens(AD_KEYWORDS, keywords);
    b.token(AD_LANGUAGE, TargetingRequest.normalizeLanguage(creative.language()));
    b.token(BID_TYPE, campaign.bid().type().name().toLowerCase(Locale.ROOT));
    b.number(KEYWORD_MATCHES, keywordMatches(request.context.targeting().context(), keywords));
    Optional<UserProfile> profile = request.context.profile();
    if (profile.isPresent()) {
      Set<String> cats = Set.copyOf(categories);
      long matches =
          request.recent.stream()
              .filter(x -> x.category() != null && cats.contains(lower(x.category())))
              .count();
      b.number(SEQ_CATEGORY_MATCHES, matches);
      double interest = 0;
      for (String c : categories) {
        interest = Math.max(interest, request.interests.getOrDefault(c, 0.0));
      }
      b.number(INTEREST_MATCH, interest);
      b.number(
          INTEREST_SHARE, request.strongestInterest > 0 ? interest / request.strongestInterest : 0);
      exposure(b, profile.get(), campaign.id(), categories);
      if (request.semantic.length > 0) {
        b.number(USER_COSINE, cosine(request.semantic, candidate.creativeVector()));
      }
    }
    if (request.context.hasContextVector()) {
      b.number(CONTEXT_COSINE, cosine(request.context.contextVector(), candidate.creativeVector()));
    }
    b.number(POSITION, 0);
    return b.build();
  }

  private static void demographics(FeatureSnapshot.Builder b, Demographics d) {
    if (d.age() != null) {
      b.number(AGE, d.age());
    }
    b.token(GENDER, d.gender() == null ? null : d.gender().name().toLowerCase(Locale.ROOT));
    b.token(COUNTRY, upper(d.geo().country()));
    b.token(REGION, d.geo().region());
    b.token(CITY, d.geo().city());
    b.token(DEVICE, d.device() == null ? null : d.device().name().toLowerCase(Locale.ROOT));
  }

  private static void rfm(FeatureSnapshot.Builder b, RfmCounters rfm, Instant at) {
    if (rfm.lastEventAt() != null) {
      b.number(
          RECENCY_HOURS, Math.max(0, Duration.between(rfm.lastEventAt(), at).toMillis()) / 3.6e6);
    }
    long events = 0;
    for (Long n : rfm.countsByType().values()) {
      events += n == null ? 0 : n;
    }
    b.number(EVENTS, events);
    b.number(PURCHASES, rfm.purchaseCount());
    b.number(PURCHASE_VALUE, rfm.purchaseMicros() / 1e6);
  }

  /** Lifetime ad counts, and the decayed ones of the last minutes (a click burst shows there). */
  private static void adActivity(FeatureSnapshot.Builder b, AdExposure exposure, Instant at) {
    b.number(AD_IMPRESSIONS, exposure.total().impressions());
    b.number(AD_CLICKS, exposure.total().clicks());
    RecentAdActivity recent = exposure.recent().asOf(at);
    b.number(RECENT_AD_IMPRESSIONS, recent.impressions());
    b.number(RECENT_AD_CLICKS, recent.clicks());
  }

  private static void context(FeatureSnapshot.Builder b, DecisionContext context) {
    b.token(PLACEMENT, context.placementId());
    AdRequest.Context page = context.page();
    if (page != null) {
      b.token(SITE, host(page.url()));
      b.tokens(
          CONTEXT_KEYWORDS, page.keywords() == null ? List.of() : lowerDistinct(page.keywords()));
      b.token(QUERY, page.query() == null || page.query().isBlank() ? "no" : "yes");
    }
    b.token(LANGUAGE, context.targeting().language());
  }

  private static void time(FeatureSnapshot.Builder b, Demographics d, Instant at) {
    ZoneId zone = d.geo().country() == null ? null : COUNTRY_ZONES.get(upper(d.geo().country()));
    ZonedDateTime local = at.atZone(zone == null ? ZoneOffset.UTC : zone);
    b.token(HOUR, Integer.toString(local.getHour()));
    b.token(WEEKDAY, Integer.toString(local.getDayOfWeek().getValue()));
    b.token(TIME_ZONE, zone == null ? "UTC" : zone.getId());
  }

  private static void exposure(
      FeatureSnapshot.Builder b, UserProfile p, String campaignId, List<String> categories) {
    ExposureCount own = p.exposure().byCampaign().getOrDefault(campaignId, ExposureCount.ZERO);
    b.number(CAMPAIGN_IMPRESSIONS, own.impressions());
    b.number(CAMPAIGN_CLICKS, own.clicks());
    long impressions = 0;
    long clicks = 0;
    for (String c : categories) {
      ExposureCount e = p.exposure().byCategory().getOrDefault(c, ExposureCount.ZERO);
      impressions += e.impressions();
      clicks += e.clicks();
    }
    b.number(CATEGORY_IMPRESSIONS, impressions);
    b.number(CATEGORY_CLICKS, clicks);
  }

  /** The creative's category, then the interest categories the campaign targets; lower-cased. */
  static List<String> categories(Campaign campaign, Creative creative) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (creative.category() != null && !creative.category().isBlank()) {
      out.add(lower(creative.category()));
    }
    if (campaign.targeting() != null && campaign.targeting().interests() != null) {
      new TreeSet<>(campaign.targeting().interests()).forEach(i -> out.add(lower(i)));
    }
    return List.copyOf(out);
  }

  private static int keywordMatches(ContextKeywords context, List<String> keywords) {
    int n = 0;
    for (String k : keywords) {
      if (context.contains(ContextKeywords.phrase(k))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The dot product of two unit vectors (their cosine), in float as the models compute it; NaN
   * (left missing) when either is empty or their dimensions differ.
   */
  static double cosine(float[] a, float[] b) {
    if (a.length == 0 || a.length != b.length) {
      return Double.NaN;
    }
    float dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private static Map<String, Double> decayed(Map<String, Double> weights, double factor) {
    Map<String, Double> out = new HashMap<>(weights.size() * 2);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey() != null && e.getValue() != null && e.getValue() > 0) {
        out.put(lower(e.getKey()), e.getValue() * factor);
      }
    }
    return out;
  }

  private static List<Map.Entry<String, Double>> strongest(Map<String, Double> weights, int n) {
    return weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .toList();
  }

  /** The last {@link #SEQUENCE_LENGTH} behaviours, newest first. */
  private static List<Behaviour> recent(List<Behaviour> oldestFirst) {
    int n = Math.min(SEQUENCE_LENGTH, oldestFirst.size());
    List<Behaviour> out = new ArrayList<>(n);
    for (int i = oldestFirst.size() - 1; i >= oldestFirst.size() - n; i--) {
      out.add(oldestFirst.get(i));
    }
    return out;
  }

  private static List<String> distinct(List<Behaviour> newestFirst, boolean categories) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Behaviour x : newestFirst) {
      String v = categories ? x.category() : x.item();
      if (v != null && !v.isBlank()) {
        out.add(categories ? lower(v) : v);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> lowerDistinct(List<String> values) {
    if (values == null) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && out.size() < MAX_TOKENS) {
        out.add(lower(v.strip()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The host of a URL, without parsing it fully (sent URLs need not be valid URIs); lower-cased.
   */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    int start = url.indexOf("://");
    start = start < 0 ? 0 : start + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return end == start ? null : lower(url.substring(start, end));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
