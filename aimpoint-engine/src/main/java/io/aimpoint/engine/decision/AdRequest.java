package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.user.Geo;
import java.util.List;

/**
 * The body of {@code POST /v1/decisions}, as sent by a publisher. {@code user.id} is the raw user
 * id; it is pseudonymized before anything else touches it.
 */
public record AdRequest(String placementId, User user, Context context, Integer slots) {

  /** What the publisher knows about the user; {@code consent} is whether profiling is allowed. */
  public record User(
      String id, Integer age, Gender gender, Geo geo, DeviceType device, Boolean consent) {}

  /** The page or app screen the ad will appear in. */
  public record Context(
      String url, String pageText, List<String> keywords, String query, String language) {}
}
