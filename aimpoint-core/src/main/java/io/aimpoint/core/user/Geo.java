package io.aimpoint.core.user;

/** Where a user is: ISO country code, region and city names or codes; each may be null. */
public record Geo(String country, String region, String city) {
  public static final Geo UNKNOWN = new Geo(null, null, null);
}
