package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.DeviceType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Address ranges and user agents of simulated traffic. The datacenter ranges are real public cloud
 * blocks, so an invalid-traffic filter can be configured with {@link #DATACENTER_CIDRS}.
 */
public final class Networks {
  /** Hosting ranges bots come from (AWS, GCP, Azure, Alibaba Cloud, DigitalOcean, Hetzner). */
  public static final List<String> DATACENTER_CIDRS =
      List.of(
          "3.80.0.0/12",
          "34.64.0.0/10",
          "20.36.0.0/14",
          "47.88.0.0/14",
          "159.65.0.0/16",
          "88.198.0.0/16");

  /** User agents no human browser sends: scripts, HTTP libraries, headless browsers. */
  public static final List<String> ODD_USER_AGENTS =
      List.of(
          "python-requests/2.31.0",
          "curl/8.5.0",
          "Go-http-client/1.1",
          "okhttp/4.12.0",
          "Java/17.0.9",
          "Scrapy/2.11.0 (+https://scrapy.org)",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " HeadlessChrome/121.0.0.0 Safari/537.36");

  private static final List<String> MOBILE_AGENTS =
      List.of(
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15"
              + " (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " Chrome/122.0.0.0 Mobile Safari/537.36",
          "Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " Chrome/118.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.44");

  private static final List<String> DESKTOP_AGENTS =
      List.of(
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " Chrome/122.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko)"
              + " Version/17.3 Safari/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0");

  private static final String TABLET_AGENT =
      "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
          + " Version/17.4 Mobile/15E148 Safari/604.1";

  private static final String CTV_AGENT =
      "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " SamsungBrowser/5.0 Chrome/94.0.4606.31 TV Safari/537.36";

  private Networks() {}

  /** A normal browser user agent for {@code device}. */
  public static String browserUserAgent(DeviceType device, RandomGenerator rng) {
    return switch (device) {
      case MOBILE -> Sampling.pick(rng, MOBILE_AGENTS);
      case TABLET -> TABLET_AGENT;
      case CTV -> CTV_AGENT;
      case DESKTOP, OTHER -> Sampling.pick(rng, DESKTOP_AGENTS);
    };
  }

  /** A uniformly drawn host address (not the network or broadcast address) inside {@code cidr}. */
  public static String addressIn(String cidr, RandomGenerator rng) {
    String[] parts = cidr.split("/");
    int prefix = Integer.parseInt(parts[1]);
    if (prefix < 8 || prefix > 30) {
      throw new IllegalArgumentException("cidr prefix must be in 8..30; cidr=" + cidr);
    }
    long base = toLong(parts[0]) & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    long hosts = 1L << (32 - prefix);
    long address = base + 1 + rng.nextLong(hosts - 2);
    return (address >>> 24)
        + "."
        + ((address >>> 16) & 255)
        + "."
        + ((address >>> 8) & 255)
        + "."
        + (address & 255);
  }

  /** Whether dotted IPv4 {@code address} lies inside {@code cidr}. */
  public static boolean contains(String cidr, String address) {
    String[] parts = cidr.split("/");
    int prefix = Integer.parseInt(parts[1]);
    long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return (toLong(parts[0]) & mask) == (toLong(address) & mask);
  }

  private static long toLong(String dotted) {
    String[] octets = dotted.split("\\.");
    if (octets.length != 4) {
      throw new IllegalArgumentException("not a dotted IPv4 address: " + dotted);
    }
    long value = 0;
    for (String o : octets) {
      value = (value << 8) | Integer.parseInt(o);
    }
    return value;
  }
}
