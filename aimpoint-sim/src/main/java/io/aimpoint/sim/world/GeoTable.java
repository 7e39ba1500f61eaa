package io.aimpoint.sim.world;

import io.aimpoint.core.user.Geo;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A small, realistic table of where simulated users live: mostly Chinese cities, plus a few other
 * countries. Each place carries its time zone (for the daily rhythm), how many of its users read
 * Chinese and English, and a residential IPv4 /16 prefix.
 */
public final class GeoTable {

  /**
   * One place.
   *
   * @param geo ISO country code, region and city
   * @param zoneId IANA time zone
   * @param weight share of users living here (relative)
   * @param zhShare probability that a user here prefers Chinese
   * @param bilingualShare probability that a user here also reads the other language
   * @param ipPrefix residential IPv4 /16, e.g. {@code 116.228}
   */
  public record Place(
      Geo geo,
      String zoneId,
      double weight,
      double zhShare,
      double bilingualShare,
      String ipPrefix) {}

  private static final List<Place> PLACES =
      List.of(
          cn("Beijing", "Beijing", 10, "123.112"),
          cn("Shanghai", "Shanghai", 10, "116.228"),
          cn("Guangdong", "Guangzhou", 8, "113.108"),
          cn("Guangdong", "Shenzhen", 8, "119.123"),
          cn("Zhejiang", "Hangzhou", 6, "115.236"),
          cn("Jiangsu", "Nanjing", 4, "180.110"),
          cn("Jiangsu", "Suzhou", 4, "58.208"),
          cn("Sichuan", "Chengdu", 6, "171.216"),
          cn("Hubei", "Wuhan", 4, "27.16"),
          cn("Shaanxi", "Xi'an", 3, "113.140"),
          cn("Chongqing", "Chongqing", 4, "183.64"),
          cn("Shandong", "Qingdao", 3, "60.208"),
          new Place(geo("SG", "Singapore", "Singapore"), "Asia/Singapore", 4, 0.55, 0.6, "116.86"),
          new Place(geo("US", "CA", "San Francisco"), "America/Los_Angeles", 3, 0.1, 0.2, "73.162"),
          new Place(geo("US", "NY", "New York"), "America/New_York", 3, 0.08, 0.15, "74.101"),
          new Place(geo("GB", "England", "London"), "Europe/London", 3, 0.06, 0.1, "86.128"),
          new Place(geo("DE", "Berlin", "Berlin"), "Europe/Berlin", 2, 0.04, 0.1, "91.64"),
          new Place(geo("JP", "Tokyo", "Tokyo"), "Asia/Tokyo", 2, 0.15, 0.3, "126.72"),
          new Place(geo("AU", "NSW", "Sydney"), "Australia/Sydney", 2, 0.1, 0.2, "101.160"));

  private static final double[] WEIGHTS = PLACES.stream().mapToDouble(Place::weight).toArray();

  private GeoTable() {}

  private static Place cn(String region, String city, double weight, String ipPrefix) {
    return new Place(geo("CN", region, city), "Asia/Shanghai", weight, 0.96, 0.12, ipPrefix);
  }

  private static Geo geo(String country, String region, String city) {
    return new Geo(country, region, city);
  }

  /** All places of the table. */
  public static List<Place> places() {
    return PLACES;
  }

  /** A place drawn by population weight. */
  public static Place draw(RandomGenerator rng) {
    return PLACES.get(Sampling.weightedIndex(rng, WEIGHTS));
  }

  /** A residential address in {@code place}'s /16. */
  public static String residentialIp(Place place, RandomGenerator rng) {
    return place.ipPrefix() + "." + (1 + rng.nextInt(254)) + "." + (1 + rng.nextInt(254));
  }
}
