package io.aimpoint.engine.auth;

import io.aimpoint.core.store.ApiKey;

/**
 * Who is calling, as established by authentication at the edge. Advertiser callers see only objects
 * of {@code advertiserId}; anything else looks to them as if it did not exist.
 */
public record Caller(ApiKey.Role role, String advertiserId) {
  public static final Caller ADMIN = new Caller(ApiKey.Role.ADMIN, null);
  public static final Caller PUBLISHER = new Caller(ApiKey.Role.PUBLISHER, null);

  public static Caller advertiser(String advertiserId) {
    return new Caller(ApiKey.Role.ADVERTISER, advertiserId);
  }

  public boolean isAdmin() {
    return role == ApiKey.Role.ADMIN;
  }

  /** Whether this caller may see objects of {@code ownerAdvertiserId}. */
  public boolean canSee(String ownerAdvertiserId) {
    return role == ApiKey.Role.ADMIN
        || (role == ApiKey.Role.ADVERTISER && advertiserId.equals(ownerAdvertiserId));
  }
}
