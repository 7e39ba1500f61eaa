package io.aimpoint.engine.features;

import io.aimpoint.ml.data.LoggedImpression;
import java.util.List;

/**
 * The names of the raw values {@link FeatureExtractor} puts in a snapshot: the keys a feature
 * spec's fields read ({@code source}). A snapshot holds every source the extractor knows, whichever
 * fields the current spec uses, so that a model with another spec can be trained from the same
 * logs. docs/features.md describes each one.
 */
public final class FeatureSources {
  // request side: the user (profile parts only with profiling consent)
  public static final String USER_KEY = "user.key";
  public static final String AGE = "user.age";
  public static final String GENDER = "user.gender";
  public static final String COUNTRY = "user.country";
  public static final String REGION = "user.region";
  public static final String CITY = "user.city";
  public static final String DEVICE = "user.device";
  public static final String CONSENT = "user.consent";
  public static final String INTERESTS = "user.interests";
  public static final String KEYWORDS = "user.keywords";
  public static final String SEGMENTS = "user.segments";
  public static final String RECENCY_HOURS = "user.rfm.recency_hours";
  public static final String EVENTS = "user.rfm.events";
  public static final String PURCHASES = "user.rfm.purchases";
  public static final String PURCHASE_VALUE = "user.rfm.purchase_value";
  public static final String AD_IMPRESSIONS = "user.ads.impressions";
  public static final String AD_CLICKS = "user.ads.clicks";
  public static final String RECENT_AD_IMPRESSIONS = "user.ads.recent_impressions";
  public static final String RECENT_AD_CLICKS = "user.ads.recent_clicks";
  public static final String SEQ_CATEGORIES = "seq.categories";
  public static final String SEQ_ITEMS = "seq.items";
  // request side: the context and the time
  public static final String PLACEMENT = "context.placement";
  public static final String SITE = "context.site";
  public static final String CONTEXT_KEYWORDS = "context.keywords";
  public static final String QUERY = "context.query";
  public static final String LANGUAGE = "context.language";
  public static final String HOUR = "time.hour";
  public static final String WEEKDAY = "time.weekday";
  public static final String TIME_ZONE = "time.zone";
  // candidate side: the ad
  public static final String ADVERTISER = "ad.advertiser";
  public static final String CAMPAIGN = "ad.campaign";
  public static final String CREATIVE = "ad.creative";
  public static final String AD_CATEGORIES = "ad.categories";
  public static final String AD_KEYWORDS = "ad.keywords";
  public static final String AD_LANGUAGE = "ad.language";
  public static final String BID_TYPE = "ad.bid_type";
  // candidate side: the user and the context against the ad
  public static final String SEQ_CATEGORY_MATCHES = "seq.category_matches";
  public static final String INTEREST_MATCH = "match.interest_weight";
  public static final String INTEREST_SHARE = "match.interest_share";
  public static final String KEYWORD_MATCHES = "match.keyword_count";
  public static final String CAMPAIGN_IMPRESSIONS = "exposure.campaign_impressions";
  public static final String CAMPAIGN_CLICKS = "exposure.campaign_clicks";
  public static final String CATEGORY_IMPRESSIONS = "exposure.category_impressions";
  public static final String CATEGORY_CLICKS = "exposure.category_clicks";
  public static final String CONTEXT_COSINE = "text.context_cosine";
  public static final String USER_COSINE = "text.user_cosine";
  // candidate side: where the ad is shown (0 when scoring; training reads the logged slot)
  public static final String POSITION = LoggedImpression.POSITION;

  /** Every request-side source. */
  public static final List<String> REQUEST =
      List.of(
          USER_KEY,
          AGE,
          GENDER,
          COUNTRY,
          REGION,
          CITY,
          DEVICE,
          CONSENT,
          INTERESTS,
          KEYWORDS,
          SEGMENTS,
          RECENCY_HOURS,
          EVENTS,
          PURCHASES,
          PURCHASE_VALUE,
          AD_IMPRESSIONS,
          AD_CLICKS,
          RECENT_AD_IMPRESSIONS,
          RECENT_AD_CLICKS,
          SEQ_CATEGORIES,
          SEQ_ITEMS,
          PLACEMENT,
          SITE,
          CONTEXT_KEYWORDS,
          QUERY,
          LANGUAGE,
          HOUR,
          WEEKDAY,
          TIME_ZONE);

  /** Every candidate-side source. */
  public static final List<String> CANDIDATE =
      List.of(
          ADVERTISER,
          CAMPAIGN,
          CREATIVE,
          AD_CATEGORIES,
          AD_KEYWORDS,
          AD_LANGUAGE,
          BID_TYPE,
          SEQ_CATEGORY_MATCHES,
          INTEREST_MATCH,
          INTEREST_SHARE,
          KEYWORD_MATCHES,
          CAMPAIGN_IMPRESSIONS,
          CAMPAIGN_CLICKS,
          CATEGORY_IMPRESSIONS,
          CATEGORY_CLICKS,
          CONTEXT_COSINE,
          USER_COSINE,
          POSITION);

  private FeatureSources() {}
}
