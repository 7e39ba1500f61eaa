package io.aimpoint.cli;

import io.aimpoint.engine.admin.ApiKeyService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aimpoint serve}: runs the HTTP API on the embedded stores until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs the Aimpoint HTTP API on the embedded stores in the data directory.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      defaultValue = "./data",
      description = "Directory of the stores and secrets (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--admin-key",
      description =
          "Admin API key (at least 16 characters). Default: the environment variable "
              + AdminKey.ENV_VARIABLE
              + ", else a new key printed once at start.")
  String adminKey;

  @Option(
      names = "--base-url",
      description =
          "URL clients reach this server under, used in tracking links "
              + "(default: http://localhost:<port>).")
  String baseUrl;

  @Option(
      names = "--no-embedder",
      description =
          "Run without the BGE text model (it costs memory for the model and its cache and a few"
              + " ms of CPU per new text): no creative, page or query embeddings, no zero-shot"
              + " page categories, no contextual ranking signal.")
  boolean noEmbedder;

  @Override
  public Integer call() throws Exception {
    ServeOptions options = options();
    AimpointNode node = AimpointNode.start(options, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    if (options.adminKey().generated()) {
      out.println("Admin key (generated for this run, shown once): " + options.adminKey().secret());
    }
    out.println("Aimpoint is serving at " + node.baseUrl() + " (Ctrl-C stops it)");
    out.flush();
    awaitShutdown(node);
    return 0;
  }

  /** The options as given, with the admin key resolved from option, environment or generator. */
  ServeOptions options() {
    AdminKey key = AdminKey.resolve(adminKey, System.getenv(), ApiKeyService::newSecret);
    return new ServeOptions(port, dataDir, key, baseUrl, !noEmbedder);
  }

  /**
   * Blocks until the JVM shuts down (SIGTERM, SIGINT, System.exit). The hook closes {@code running}
   * (a node: server first, then stores); the JVM exits once every hook has returned.
   */
  static void awaitShutdown(AutoCloseable running) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform()
                .name("aimpoint-shutdown")
                .unstarted(
                    () -> {
                      try {
                        running.close();
                      } catch (Exception e) {
                        LoggerFactory.getLogger(ServeCommand.class).warn("shutdown failed", e);
                      } finally {
                        closed.countDown();
                      }
                    }));
    closed.await();
  }
}
