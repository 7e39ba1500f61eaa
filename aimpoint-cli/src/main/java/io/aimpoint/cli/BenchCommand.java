package io.aimpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aimpoint bench}: load generators; {@code decisions} is the first. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Benchmarks a server: throughput and latency under load.",
    subcommands = {
      BenchDecisionsCommand.class,
      BenchIngestCommand.class,
      BenchScoringCommand.class,
      BenchModelsCommand.class
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing what to benchmark, e.g. 'aimpoint bench decisions'");
  }
}
