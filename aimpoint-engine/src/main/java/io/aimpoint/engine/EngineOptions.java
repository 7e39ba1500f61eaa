package io.aimpoint.engine;

import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.profile.ProfileOptions;
import io.aimpoint.ml.text.TextEmbedder;
import java.util.Objects;

/**
 * How an {@link Engine} is wired beyond its stores and config.
 *
 * @param profile how profiles are built, including previous pseudonym keys
 * @param delivery exploration, reservations and pacing
 * @param embedder the text embedder for creatives, page text and queries, or null for none
 *     (profiles then get no semantic vector and ranking no text similarity); the caller owns and
 *     closes it
 */
public record EngineOptions(
    ProfileOptions profile, DeliveryOptions delivery, TextEmbedder embedder) {

  public EngineOptions {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(delivery, "delivery");
  }

  /** Default profiles and delivery, no embedder. */
  public static EngineOptions defaults() {
    return new EngineOptions(ProfileOptions.defaults(), DeliveryOptions.DEFAULTS, null);
  }

  public EngineOptions withProfile(ProfileOptions profile) {
    return new EngineOptions(profile, delivery, embedder);
  }

  public EngineOptions withDelivery(DeliveryOptions delivery) {
    return new EngineOptions(profile, delivery, embedder);
  }

  public EngineOptions withEmbedder(TextEmbedder embedder) {
    return new EngineOptions(profile, delivery, embedder);
  }
}
