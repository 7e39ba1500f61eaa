package io.aimpoint.core.user;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;

/** Declared or inferred user attributes; every field may be null (unknown). */
public record Demographics(Integer age, Gender gender, Geo geo, DeviceType device) {
  public static final Demographics UNKNOWN = new Demographics(null, null, Geo.UNKNOWN, null);

  public Demographics {
    geo = geo == null ? Geo.UNKNOWN : geo;
  }

  /** Fields known here win over {@code older}'s; unknown ones fall back to it. */
  public Demographics mergedOver(Demographics older) {
    return new Demographics(
        age != null ? age : older.age,
        gender != null ? gender : older.gender,
        new Geo(
            geo.country() != null ? geo.country() : older.geo.country(),
            geo.region() != null ? geo.region() : older.geo.region(),
            geo.city() != null ? geo.city() : older.geo.city()),
        device != null ? device : older.device);
  }
}
