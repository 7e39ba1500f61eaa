package io.aimpoint.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.engine.admin.ApiKeyService.CreatedKey;
import io.aimpoint.sim.run.RequestMapper;
import io.aimpoint.sim.traffic.AdContext;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.TrafficGenerator;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code aimpoint demo} prints once it runs: the URL, the keys and curl commands that work as
 * pasted, for a real user of the demo world on a page the simulator would show them.
 */
final class DemoBanner {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /** Advertiser keys printed; the rest are in the keys file. */
  private static final int SHOWN_ADVERTISER_KEYS = 2;

  private DemoBanner() {}

  static void print(
      PrintWriter out, DemoSession session, AdminKey admin, Path dataDir, double speed) {
    DemoWorld.Installed w = session.world();
    String url = session.node().baseUrl();
    out.printf("%nAimpoint demo is running at %s (data in %s; Ctrl-C stops it)%n", url, dataDir);
    out.printf(
        "World: %d advertisers, %d campaigns, %d creatives (zh+en), %d users, seed %d%s%n%n",
        w.world().advertisers().size(),
        w.world().campaigns().size(),
        w.world().creatives().size(),
        w.world().users().size(),
        w.state().seed(),
        w.resumed() ? " (found in the data directory; new keys minted)" : "");
    out.printf("  admin key        %s%n", admin.secret());
    out.printf("  publisher key    %s%n", w.publisherKey().secret());
    for (int i = 0; i < Math.min(SHOWN_ADVERTISER_KEYS, w.advertiserKeys().size()); i++) {
      out.printf(
          "  advertiser key   %s  (%s, %s)%n",
          w.advertiserKeys().get(i).secret(),
          w.world().advertisers().get(i).advertiser().name(),
          w.advertiserKeys().get(i).key().advertiserId());
    }
    out.printf(
        "  all %d advertiser keys: %s%n%n",
        w.advertiserKeys().size(), dataDir.resolve(DemoWorld.KEYS_FILE));
    curls(out, url, w);
    out.println(
        speed > 0
            ? String.format(
                "Simulated users browse, search and buy at %s simulated seconds per second;"
                    + " a status line follows every 30 s.%n",
                speed)
            : "No simulated traffic (--speed 0).\n");
    out.flush();
  }

  private static void curls(PrintWriter out, String url, DemoWorld.Installed w) {
    SimUser user = showcaseUser(w.world());
    AdOpportunity page = firstOpportunity(w.world(), user, w.state().nextDay());
    String publisher = "Authorization: Bearer " + w.publisherKey().secret();
    out.printf("Ask for ads for demo user %s on a page they read:%n", user.id());
    out.printf(
        "  curl -s -X POST %s/v1/decisions -H '%s' \\%n    -H 'Content-Type: application/json'"
            + " -d '%s'%n%n",
        url, publisher, shellQuoted(json(new RequestMapper(false).adRequest(page, user))));
    out.println("Send a behaviour event of that user:");
    Map<String, Object> event =
        Map.of(
            "eventId",
            "demo-curl-" + page.eventId(),
            "type",
            "search",
            "userId",
            user.id(),
            "consent",
            true,
            "query",
            searchQuery(page));
    out.printf(
        "  curl -s -X POST %s/v1/events -H '%s' \\%n    -H 'Content-Type: application/json'"
            + " -d '%s'%n%n",
        url, publisher, shellQuoted(json(event)));
    CreatedKey advertiser = w.advertiserKeys().getFirst();
    List<String> campaigns = w.campaignIds(advertiser.key().advertiserId());
    out.printf("Read a campaign report of %s:%n", w.world().advertisers().getFirst().brand());
    out.printf(
        "  curl -s '%s/v1/reports/campaigns/%s?granularity=hour' -H 'Authorization: Bearer %s'%n%n",
        url, campaigns.getFirst(), advertiser.secret());
  }

  /** A human who allows profiling and asks for ads early on the resumed day. */
  static SimUser showcaseUser(World world) {
    for (SimUser u : world.users()) {
      if (!u.isBot() && u.traits().consent()) {
        return u;
      }
    }
    return world.users().getFirst();
  }

  /** The user's first ad opportunity on {@code day} or the days after. */
  static AdOpportunity firstOpportunity(World world, SimUser user, int day) {
    TrafficGenerator traffic = new TrafficGenerator(world);
    for (int d = day; d < day + 30; d++) {
      for (SimEvent e : traffic.day(user, d)) {
        if (e instanceof AdOpportunity o) {
          return o;
        }
      }
    }
    throw new IllegalStateException("demo user " + user.id() + " asks for no ad in 30 days");
  }

  /** What the user would type: the page's own query, else its keywords, else its text. */
  private static String searchQuery(AdOpportunity page) {
    AdContext c = page.context();
    if (c.query() != null && !c.query().isBlank()) {
      return c.query();
    }
    String keywords = String.join(" ", c.keywords());
    if (!keywords.isBlank()) {
      return keywords;
    }
    String text = c.pageText() == null ? "" : c.pageText().strip();
    return text.isEmpty() ? c.category() : text.substring(0, Math.min(20, text.length()));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value + " as JSON", e);
    }
  }

  /** Text for inside single quotes in a POSIX shell. */
  private static String shellQuoted(String text) {
    return text.replace("'", "'\\''");
  }
}
