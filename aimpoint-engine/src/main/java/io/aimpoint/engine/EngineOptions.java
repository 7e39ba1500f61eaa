package io.aimpoint.engine;

import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.profile.ProfileOptions;
import io.aimpoint.ml.text.TextEmbedder;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How an {@link Engine} is wired beyond its stores and config.
 *
 * @param profile how profiles are built, including previous pseudonym keys
 * @param delivery exploration, reservations and pacing
 * @param embedder the text embedder for creatives, page text and queries, or null for none
 *     (profiles then get no semantic vector and ranking no text similarity); the caller owns and
 *     closes it
 * @param creatives how dynamic creatives' combinations are chosen and learned
 * @param models the model registry root whose {@code ctr} and {@code cvr} champions rank ads (see
 *     {@link io.aimpoint.engine.ranking.ModelRanker}), or null to rank by historical CTR only
 */
public record EngineOptions(
    ProfileOptions profile,
    DeliveryOptions delivery,
    TextEmbedder embedder,
    CreativeOptions creatives,
    Path models) {

  public EngineOptions {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(creatives, "creatives");
  }

  /** Options with {@link CreativeOptions#DEFAULTS}. */
  public EngineOptions(ProfileOptions profile, DeliveryOptions delivery, TextEmbedder embedder) {
    this(profile, delivery, embedder, CreativeOptions.DEFAULTS, null);
  }

  /** Default profiles and delivery, no embedder. */
  public static EngineOptions defaults() {
    return new EngineOptions(ProfileOptions.defaults(), DeliveryOptions.DEFAULTS, null);
  }

  public EngineOptions withProfile(ProfileOptions profile) {
    return new EngineOptions(profile, delivery, embedder, creatives, models);
  }

  public EngineOptions withDelivery(DeliveryOptions delivery) {
    return new EngineOptions(profile, delivery, embedder, creatives, models);
  }

  public EngineOptions withEmbedder(TextEmbedder embedder) {
    return new EngineOptions(profile, delivery, embedder, creatives, models);
  }

  public EngineOptions withCreatives(CreativeOptions creatives) {
    return new EngineOptions(profile, delivery, embedder, creatives, models);
  }

  public EngineOptions withModels(Path models) {
    return new EngineOptions(profile, delivery, embedder, creatives, models);
  }
}
