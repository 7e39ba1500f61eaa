package io.aimpoint.cli;

import io.aimpoint.engine.features.TrainingLogExport;
import io.aimpoint.ml.data.LoggedImpressions;
import io.aimpoint.store.embedded.EmbeddedStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint export-training}: writes the engine's own training data from its event log: one
 * JSON line per shown ad with the feature snapshots logged with its decision and its outcome
 * (clicked, converted), gzip-compressed, for {@code aimpoint train --format logs}. See
 * docs/features.md.
 */
@Command(
    name = "export-training",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Exports shown ads with their logged feature snapshots and outcomes as training lines"
            + " (JSONL.gz) for train --format logs. Needs the data directory to itself (stop the"
            + " server first).")
public final class ExportTrainingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      defaultValue = "./data",
      description = "The engine's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--out", required = true, description = "Training file to write (.jsonl.gz).")
  Path out;

  @Option(
      names = "--from",
      description = "Only decisions at or after this instant or UTC date (2026-03-01).")
  String from;

  @Option(names = "--to", description = "Only decisions before this instant or UTC date.")
  String to;

  @Override
  public Integer call() throws IOException {
    Instant start = instant("--from", from);
    Instant end = instant("--to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw new ParameterException(spec.commandLine(), "--from must be before --to");
    }
    if (!Files.isDirectory(dataDir)) {
      throw new ParameterException(
          spec.commandLine(), "--data-dir " + dataDir + " is not a directory");
    }
    TrainingLogExport.Summary summary;
    try (EmbeddedStores stores = EmbeddedStores.open(dataDir, Clock.systemUTC());
        LoggedImpressions.Writer writer = LoggedImpressions.writer(out)) {
      summary = new TrainingLogExport(stores.events()).export(start, end, writer::write);
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "Wrote %d lines (%d clicked, %d converted) from %d decisions to %s%n",
        summary.rows(), summary.clicks(), summary.conversions(), summary.decisions(), out);
    if (summary.withoutSnapshots() > 0) {
      w.printf(
          "Skipped %d decisions logged without feature snapshots (older engine)%n",
          summary.withoutSnapshots());
    }
    w.flush();
    return 0;
  }

  private Instant instant(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be an ISO-8601 instant or a date (YYYY-MM-DD); " + option + "=" + value);
    }
  }
}
