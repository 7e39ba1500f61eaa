package io.aimpoint.cli;

import io.aimpoint.engine.admin.ApiKeyService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint demo}: a server on a fresh data directory with a small demo world, and the curl
 * commands to try it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Starts a server with a small demo world (advertisers, campaigns, creatives, keys) and"
            + " prints curl commands to try it.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      description = "Directory of the stores (default: a new temporary directory).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("aimpoint-demo-");
    AdminKey adminKey = AdminKey.resolve(null, System.getenv(), ApiKeyService::newSecret);
    AimpointNode node =
        AimpointNode.start(new ServeOptions(port, dir, adminKey, null), Clock.systemUTC());
    try {
      boolean fresh = DemoWorld.isEmpty(node.engine());
      if (!fresh) {
        spec.commandLine()
            .getErr()
            .println("aimpoint: " + dir + " already holds advertisers; minting new keys only.");
      }
      DemoWorld.Seeded world =
          fresh ? DemoWorld.seed(node.engine()) : DemoWorld.mintKeys(node.engine());
      print(spec.commandLine().getOut(), node, dir, adminKey, world);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    ServeCommand.awaitShutdown(node);
    return 0;
  }

  private static void print(
      PrintWriter out, AimpointNode node, Path dir, AdminKey admin, DemoWorld.Seeded world) {
    String url = node.baseUrl();
    String publisher = world.publisherKey().secret();
    out.printf("%nAimpoint demo is running at %s (data in %s; Ctrl-C stops it)%n%n", url, dir);
    out.printf("  admin key       %s%n", admin.secret());
    out.printf(
        "  advertiser key  %s  (advertiser %s)%n",
        world.advertiserKey().secret(), world.advertiserKey().key().advertiserId());
    out.printf("  publisher key   %s%n%n", publisher);
    out.println("Ask for ads:");
    out.printf(
        "  curl -s -X POST %s/v1/decisions -H 'Authorization: Bearer %s' \\%n"
            + "    -H 'Content-Type: application/json' -d '{\"placementId\":\"%s\","
            + "\"user\":{\"id\":\"user-42\",\"geo\":{\"country\":\"CN\"},\"device\":\"MOBILE\","
            + "\"consent\":true},\"context\":{\"keywords\":[\"咖啡\",\"flights\"],"
            + "\"language\":\"zh\"},\"slots\":3}'%n%n",
        url, publisher, world.placementId());
    out.println("Send a behaviour event:");
    out.printf(
        "  curl -s -X POST %s/v1/events -H 'Authorization: Bearer %s' \\%n"
            + "    -H 'Content-Type: application/json' -d '{\"eventId\":\"ev-1\","
            + "\"type\":\"page_view\",\"userId\":\"user-42\",\"consent\":true,"
            + "\"url\":\"https://news.example/coffee\",\"title\":\"The best espresso in town\","
            + "\"category\":\"food\"}'%n%n",
        url, publisher);
    out.println("Read a campaign report (after following an impression or click URL):");
    out.printf(
        "  curl -s '%s/v1/reports/campaigns/%s?granularity=day' -H 'Authorization: Bearer %s'%n%n",
        url,
        world.campaignIds().isEmpty() ? "CAMPAIGN_ID" : world.campaignIds().getFirst(),
        world.advertiserKey().secret());
    out.flush();
  }
}
