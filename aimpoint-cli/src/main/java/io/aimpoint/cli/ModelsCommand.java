package io.aimpoint.cli;

import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.HashSplit;
import io.aimpoint.ml.registry.Manifest;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.ModelTask;
import io.aimpoint.ml.registry.PromotionGate;
import io.aimpoint.ml.registry.PromotionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint models list|promote|rollback}: the model registry on the command line. See
 * docs/models.md for the layout and the promotion gate.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists, promotes and rolls back registered models.",
    subcommands = {
      ModelsCommand.ListCommand.class,
      ModelsCommand.PromoteCommand.class,
      ModelsCommand.RollbackCommand.class
    })
public final class ModelsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: list, promote, rollback");
  }

  /** Options every subcommand takes. */
  static final class RegistryOptions {
    @Option(names = "--registry", required = true, description = "Registry root directory.")
    Path registry;

    @Option(
        names = "--task",
        description = "ctr or cvr: the namespace of that task's models (default: ctr).")
    String task;

    @Option(names = "--name", description = "Model name (namespace); overrides --task.")
    String name;

    /** Whether a namespace was chosen; {@code list} without one lists all. */
    boolean chosen() {
      return task != null || name != null;
    }

    ModelRegistry open(CommandSpec spec) {
      return open(spec, name != null ? name : task == null ? "ctr" : task);
    }

    ModelRegistry open(CommandSpec spec, String namespace) {
      try {
        if (name == null && task != null) {
          return ModelRegistry.forTask(registry, ModelTask.parse(task), Clock.systemUTC());
        }
        return new ModelRegistry(registry, namespace, Clock.systemUTC());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  /** {@code models list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the versions.")
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions options;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<String> namespaces =
          options.chosen()
              ? List.of(options.open(spec).name())
              : ModelRegistry.names(options.registry);
      if (namespaces.isEmpty()) {
        out.println("(no models in " + options.registry + " yet: train ... --registry DIR)");
      }
      for (String namespace : namespaces) {
        list(options.open(spec, namespace), out);
      }
      out.flush();
      return 0;
    }

    private static void list(ModelRegistry registry, PrintWriter out) throws IOException {
      Optional<Integer> champion = registry.champion();
      out.printf("%s:%n", registry.name());
      out.printf(
          "%-3s %7s %-5s %-24s %10s %9s %9s  %s%n",
          "", "version", "kind", "created", "rows", "val auc", "val loss", "data");
      for (Manifest m : registry.list()) {
        boolean isChampion = champion.isPresent() && champion.get().equals(m.version());
        out.printf(
            Locale.ROOT,
            "%-3s %7d %-5s %-24s %,10d %9.5f %9.5f  %s%n",
            isChampion ? "*" : "",
            m.version(),
            m.kind().id(),
            m.createdAt(),
            m.training().rows(),
            m.validation().auc(),
            m.validation().logloss(),
            m.training().path());
      }
      if (champion.isEmpty()) {
        out.println("(no champion yet: models promote --version N ...)");
      }
    }
  }

  /** {@code models promote}. */
  @Command(
      name = "promote",
      mixinStandardHelpOptions = true,
      description =
          "Makes a version the champion if it beats the current champion on the same data.")
  static final class PromoteCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions options;

    @Option(names = "--version", required = true, description = "The challenger's version.")
    int version;

    @Option(names = "--data", required = true, description = "Validation data for both models.")
    Path data;

    @Option(
        names = "--test-split",
        defaultValue = "0",
        description = "Use only the test split of this share of --data.")
    double testSplit;

    @Option(names = "--metric", defaultValue = "auc", description = "auc or logloss.")
    String metric;

    @Option(
        names = "--margin",
        defaultValue = "0.001",
        description = "Required improvement (default: ${DEFAULT-VALUE}).")
    double margin;

    @Override
    public Integer call() throws IOException {
      PromotionGate gate;
      try {
        gate = new PromotionGate(PromotionGate.Metric.parse(metric), margin);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      HashSplit split = testSplit > 0 ? HashSplit.test(testSplit) : null;
      PromotionRecord r = options.open(spec).promote(version, gate, new DataFile(data), split);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "version %d %s: %s%n",
          version, r.accepted() ? "is now the champion" : "rejected", r.reason());
      out.flush();
      return r.accepted() ? 0 : 3;
    }
  }

  /** {@code models rollback}. */
  @Command(
      name = "rollback",
      mixinStandardHelpOptions = true,
      description = "Makes the previous champion the champion again.")
  static final class RollbackCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegistryOptions options;

    @Override
    public Integer call() throws IOException {
      Optional<Integer> back = options.open(spec).rollback();
      PrintWriter out = spec.commandLine().getOut();
      if (back.isEmpty()) {
        out.println("nothing to roll back to: no earlier champion");
        out.flush();
        return 1;
      }
      out.printf("version %d is the champion again%n", back.get());
      out.flush();
      return 0;
    }
  }
}
