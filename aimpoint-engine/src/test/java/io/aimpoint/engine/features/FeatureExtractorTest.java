package io.aimpoint.engine.features;

import static io.aimpoint.engine.features.FeatureSources.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.RfmCounters;
import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.testkit.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  static final Instant AT = Instant.parse("2025-03-10T12:30:00Z"); // a Monday
  static final FeatureExtractor EXTRACTOR = new FeatureExtractor();

  static final AdRequest.Context PAGE =
      new AdRequest.Context(
          "https://News.Example:8443/sport/1?x=y",
          "Marathon season: running shoes reviewed",
          List.of("Running", "marathon", "running"),
          null,
          "en-US");

  static final AdCandidate AD =
      new AdCandidate(
          Samples.campaign("c1", "a1"),
          Samples.creative("cr1", "c1", "a1"),
          unit(1, 0, 0)); // creative: sports, keywords shoes + running, en; targets sports, travel

  static float[] unit(float... v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(n));
    }
    return out;
  }

  static UserProfile profile() {
    List<Behaviour> behaviours = new ArrayList<>();
    for (int i = 0; i < 25; i++) { // oldest first; only the last 20 count
      String category = i < 5 ? "food" : i % 2 == 0 ? "Sports" : "travel";
      behaviours.add(
          new Behaviour("page_view", category, "item-" + (i % 7), AT.minusSeconds(3600 - i)));
    }
    return new UserProfile(
        "key-1",
        new Demographics(41, Gender.FEMALE, new Geo("CN", "Shanghai", "Shanghai"), null),
        Map.of("sports", 4.0, "travel", 2.0, "food", 1.0, "tech", 0.5, "cars", 0.25, "pets", 0.1),
        Set.of("seg-b", "seg-a"),
        25,
        AT.minus(Duration.ofDays(7)), // one half-life ago: weights read half as large
        Map.of("marathon", 3.0, "shoes", 1.0),
        new SemanticInterest(unit(1, 1, 0), 2.0),
        behaviours,
        new RfmCounters(
            AT.minus(Duration.ofHours(3)),
            Map.of("page_view", 20L, "purchase", 5L),
            2,
            150_000_000),
        new AdExposure(
            Map.of("c1", new ExposureCount(4, 1)),
            Map.of("sports", new ExposureCount(10, 2), "travel", new ExposureCount(3, 0)),
            new ExposureCount(40, 3),
            new RecentAdActivity(6, 2, AT.minus(Duration.ofMinutes(10)))));
  }

  static DecisionContext context(boolean consent, AdRequest.Context page, float[] vector) {
    UserProfile p = profile();
    Demographics stated = new Demographics(null, null, Geo.UNKNOWN, DeviceType.MOBILE);
    TargetingRequest targeting =
        new TargetingRequest(
            AT,
            consent ? stated.mergedOver(p.demographics()) : stated,
            consent ? p.interests().keySet() : Set.of(),
            consent ? p.segments() : Set.of(),
            page == null
                ? ContextKeywords.EMPTY
                : ContextKeywords.of(page.keywords(), page.query(), page.pageText()),
            page == null ? null : page.language(),
            consent);
    return new DecisionContext(
        "d1",
        "home-top",
        "key-1",
        consent ? Optional.of(p) : Optional.empty(),
        targeting,
        vector,
        page);
  }

  @Test
  void user_sources_come_from_the_merged_demographics_and_the_profile() {
    FeatureSnapshot r = EXTRACTOR.request(context(true, PAGE, null), AT).snapshot();
    assertThat(r.numberOf(AGE)).isEqualTo(41.0);
    assertThat(r.tokensOf(GENDER)).containsExactly("female");
    assertThat(r.tokensOf(COUNTRY)).containsExactly("CN");
    assertThat(r.tokensOf(REGION)).containsExactly("Shanghai");
    assertThat(r.tokensOf(DEVICE)).containsExactly("mobile");
    assertThat(r.tokensOf(CONSENT)).containsExactly("granted");
    assertThat(r.tokensOf(USER_KEY)).containsExactly("key-1");
    // top 5 by weight, decayed by one half-life to the decision time
    assertThat(r.tokensOf(INTERESTS)).containsExactly("sports", "travel", "food", "tech", "cars");
    assertThat(r.weightsOf(INTERESTS)).containsExactly(2.0, 1.0, 0.5, 0.25, 0.125);
    assertThat(r.tokensOf(KEYWORDS)).containsExactly("marathon", "shoes");
    assertThat(r.tokensOf(SEGMENTS)).containsExactly("seg-a", "seg-b");
    assertThat(r.numberOf(RECENCY_HOURS)).isEqualTo(3.0);
    assertThat(r.numberOf(EVENTS)).isEqualTo(25.0);
    assertThat(r.numberOf(PURCHASES)).isEqualTo(2.0);
    assertThat(r.numberOf(PURCHASE_VALUE)).isEqualTo(150.0);
    assertThat(r.numberOf(AD_IMPRESSIONS)).isEqualTo(40.0);
    assertThat(r.numberOf(AD_CLICKS)).isEqualTo(3.0);
    // counted ten minutes (one half-life) before the decision
    assertThat(r.numberOf(RECENT_AD_IMPRESSIONS)).isCloseTo(3.0, within(1e-9));
    assertThat(r.numberOf(RECENT_AD_CLICKS)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void the_sequence_is_the_last_twenty_behaviours_newest_first_without_repeats() {
    FeatureSnapshot r = EXTRACTOR.request(context(true, PAGE, null), AT).snapshot();
    assertThat(r.tokensOf(SEQ_CATEGORIES)).containsExactly("sports", "travel"); // food is older
    assertThat(r.tokensOf(SEQ_ITEMS)).hasSize(7).startsWith("item-3", "item-2");
  }

  @Test
  void context_and_time_sources_come_from_the_page_and_the_users_time_zone() {
    FeatureSnapshot r = EXTRACTOR.request(context(true, PAGE, null), AT).snapshot();
    assertThat(r.tokensOf(PLACEMENT)).containsExactly("home-top");
    assertThat(r.tokensOf(SITE)).containsExactly("news.example");
    assertThat(r.tokensOf(CONTEXT_KEYWORDS)).containsExactly("running", "marathon");
    assertThat(r.tokensOf(QUERY)).containsExactly("no");
    assertThat(r.tokensOf(LANGUAGE)).containsExactly("en-us");
    // 12:30 UTC is 20:30 in Shanghai, still Monday
    assertThat(r.tokensOf(HOUR)).containsExactly("20");
    assertThat(r.tokensOf(WEEKDAY)).containsExactly("1");
    assertThat(r.tokensOf(TIME_ZONE)).containsExactly("Asia/Shanghai");
  }

  @Test
  void without_consent_nothing_of_the_profile_is_used_and_time_is_utc() {
    FeatureSnapshot r = EXTRACTOR.request(context(false, null, null), AT).snapshot();
    assertThat(r.tokensOf(CONSENT)).containsExactly("denied");
    assertThat(r.tokens().keySet())
        .doesNotContain(USER_KEY, INTERESTS, KEYWORDS, SEGMENTS, SEQ_CATEGORIES, SEQ_ITEMS, SITE);
    assertThat(r.numbers()).doesNotContainKeys(AGE, RECENCY_HOURS, EVENTS);
    assertThat(r.tokensOf(HOUR)).containsExactly("12");
    assertThat(r.tokensOf(TIME_ZONE)).containsExactly("UTC");
    FeatureSnapshot ad = EXTRACTOR.candidate(EXTRACTOR.request(context(false, null, null), AT), AD);
    assertThat(ad.numbers())
        .doesNotContainKeys(
            SEQ_CATEGORY_MATCHES,
            INTEREST_MATCH,
            INTEREST_SHARE,
            CAMPAIGN_IMPRESSIONS,
            CATEGORY_CLICKS,
            USER_COSINE,
            CONTEXT_COSINE);
    assertThat(ad.numberOf(KEYWORD_MATCHES)).isZero();
  }

  @Test
  void candidate_sources_describe_the_ad_and_match_it_against_user_and_context() {
    FeatureExtractor.Request request = EXTRACTOR.request(context(true, PAGE, unit(1, 0, 1)), AT);
    FeatureSnapshot ad = EXTRACTOR.candidate(request, AD);
    assertThat(ad.tokensOf(ADVERTISER)).containsExactly("a1");
    assertThat(ad.tokensOf(CAMPAIGN)).containsExactly("c1");
    assertThat(ad.tokensOf(CREATIVE)).containsExactly("cr1");
    assertThat(ad.tokensOf(AD_CATEGORIES)).containsExactly("sports", "travel");
    assertThat(ad.tokensOf(AD_KEYWORDS)).containsExactly("shoes", "running");
    assertThat(ad.tokensOf(AD_LANGUAGE)).containsExactly("en");
    assertThat(ad.tokensOf(BID_TYPE)).containsExactly("cpc");
    assertThat(ad.numberOf(SEQ_CATEGORY_MATCHES)).isEqualTo(20.0); // all recent are sports/travel
    assertThat(ad.numberOf(INTEREST_MATCH)).isEqualTo(2.0); // sports, decayed
    assertThat(ad.numberOf(INTEREST_SHARE)).isEqualTo(1.0); // sports is the strongest interest
    assertThat(ad.numberOf(KEYWORD_MATCHES)).isEqualTo(2.0); // shoes and running on the page
    assertThat(ad.numberOf(CAMPAIGN_IMPRESSIONS)).isEqualTo(4.0);
    assertThat(ad.numberOf(CAMPAIGN_CLICKS)).isEqualTo(1.0);
    assertThat(ad.numberOf(CATEGORY_IMPRESSIONS)).isEqualTo(13.0);
    assertThat(ad.numberOf(CATEGORY_CLICKS)).isEqualTo(2.0);
    assertThat(ad.numberOf(CONTEXT_COSINE)).isCloseTo(Math.sqrt(0.5), within(1e-6));
    assertThat(ad.numberOf(USER_COSINE)).isCloseTo(Math.sqrt(0.5), within(1e-6));
  }

  @Test
  void similarities_are_missing_when_a_vector_is_empty_or_of_another_dimension() {
    FeatureExtractor.Request request = EXTRACTOR.request(context(true, PAGE, unit(1, 0)), AT);
    FeatureSnapshot noVector =
        EXTRACTOR.candidate(request, new AdCandidate(AD.campaign(), AD.creative()));
    assertThat(noVector.numbers()).doesNotContainKeys(CONTEXT_COSINE, USER_COSINE);
    FeatureSnapshot otherDimension = EXTRACTOR.candidate(request, AD); // context has 2 dims
    assertThat(otherDimension.numbers()).doesNotContainKey(CONTEXT_COSINE).containsKey(USER_COSINE);
  }

  @Test
  void extraction_is_deterministic_and_every_source_is_known() {
    DecisionContext c = context(true, PAGE, unit(1, 2, 3));
    DecisionFeatures a = EXTRACTOR.extract(c, List.of(AD, AD), AT);
    DecisionFeatures b = new FeatureExtractor().extract(c, List.of(AD, AD), AT);
    assertThat(a).isEqualTo(b);
    assertThat(a.candidates().get(0)).isEqualTo(a.candidates().get(1));
    assertThat(FeatureSources.REQUEST).containsAll(a.request().tokens().keySet());
    assertThat(FeatureSources.REQUEST).containsAll(a.request().numbers().keySet());
    assertThat(FeatureSources.CANDIDATE).containsAll(a.candidates().get(0).tokens().keySet());
    assertThat(FeatureSources.CANDIDATE).containsAll(a.candidates().get(0).numbers().keySet());
  }

  @Test
  void every_source_of_the_default_spec_is_one_the_extractor_knows() {
    List<String> known = new ArrayList<>(FeatureSources.REQUEST);
    known.addAll(FeatureSources.CANDIDATE);
    assertThat(io.aimpoint.ml.feature.AdFeatureSpec.defaults().fields())
        .allSatisfy(f -> assertThat(known).contains(f.source()));
    assertThat(io.aimpoint.ml.feature.AdFeatureSpec.defaults().fields())
        .allSatisfy(
            f ->
                assertThat(
                        f.side() == io.aimpoint.ml.feature.AdFeatureSpec.Side.REQUEST
                            ? FeatureSources.REQUEST
                            : FeatureSources.CANDIDATE)
                    .contains(f.source()));
  }

  @Test
  void hosts_are_read_without_full_url_parsing() {
    assertThat(FeatureExtractor.host("https://A.example:8080/x?y")).isEqualTo("a.example");
    assertThat(FeatureExtractor.host("a.example/path")).isEqualTo("a.example");
    assertThat(FeatureExtractor.host("https:///x")).isNull();
    assertThat(FeatureExtractor.host(null)).isNull();
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
