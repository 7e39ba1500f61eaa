package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.user.Geo;
import java.util.List;

/**
 * The body of {@code POST /v1/decisions}, as sent by a publisher. {@code user.id} is the raw user
 * id; it is pseudonymized before anything else touches it.
 *
 * @param slots how many ads to show at most (default 1)
 * @param categoryExclusive whether this response may not show two ads of one creative category;
 *     null takes the placement's setting
 */
public record AdRequest(
    String placementId, User user, Context context, Integer slots, Boolean categoryExclusive) {

  /** A request that leaves category exclusivity to its placement. */
  public AdRequest(String placementId, User user, Context context, Integer slots) {
    this(placementId, user, context, slots, null);
  }

  /** What the publisher knows about the user; {@code consent} is whether profiling is allowed. */
  public record User(
      String id, Integer age, Gender gender, Geo geo, DeviceType device, Boolean consent) {}

  /** The page or app screen the ad will appear in. */
  public record Context(
      String url, String pageText, List<String> keywords, String query, String language) {}
}
