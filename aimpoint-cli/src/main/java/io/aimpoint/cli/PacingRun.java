package io.aimpoint.cli;

import io.aimpoint.core.pacing.PidGains;
import io.aimpoint.sim.run.PacingMeasurement;
import io.aimpoint.sim.run.PacingMeasurement.DayReport;
import io.aimpoint.sim.run.PacingPlot;
import io.aimpoint.sim.run.StoresFactory;
import io.aimpoint.sim.world.WorldConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code aimpoint simulate --pacing-plot FILE}: runs {@link PacingMeasurement} for each PID setting
 * given, prints per setting and day the pacing error and utilisation of the top campaigns and of
 * all EVEN campaigns, and plots the first setting's days.
 */
final class PacingRun {
  /** Campaigns plotted and reported per day: the ones with the most spend that day. */
  static final int TOP = 4;

  /** Utilisation from which a campaign counts as budget-limited rather than demand-limited. */
  static final double SPENT = 0.9;

  private final CommandSpec spec;
  private final Path plot;
  private final List<String> gains;

  PacingRun(CommandSpec spec, Path plot, List<String> gains) {
    this.spec = spec;
    this.plot = plot;
    this.gains = gains;
  }

  int run(WorldConfig world, int hours, StoresFactory stores, boolean progress) throws IOException {
    if (hours % 24 != 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--pacing-plot needs whole days (--hours 48, 72, ...); hours=" + hours);
    }
    List<PacingMeasurement.Setting> settings = settings();
    List<PacingMeasurement.Result> results;
    try (SimulateCommand.Progress bar = new SimulateCommand.Progress(progress)) {
      results = PacingMeasurement.run(world, hours, settings, stores, bar);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%-10s %4s  %12s %12s  %10s %10s  %18s%n",
        "setting",
        "day",
        "error top " + TOP,
        "util top " + TOP,
        "error all",
        "util all",
        "error util>=90%");
    for (PacingMeasurement.Result r : results) {
      for (DayReport d : r.days()) {
        out.printf(
            Locale.ROOT,
            "%-10s %4d  %11.1f%% %11.1f%%  %9.1f%% %9.1f%%  %10.1f%% (%2d of %d)%n",
            r.setting().label(),
            d.day(),
            100 * DayReport.meanError(d.top(TOP)),
            100 * DayReport.meanUtilisation(d.top(TOP)),
            100 * DayReport.meanError(d.campaigns()),
            100 * DayReport.meanUtilisation(d.campaigns()),
            100 * DayReport.meanError(d.spentAtLeast(SPENT)),
            d.spentAtLeast(SPENT).size(),
            d.campaigns().size());
      }
    }
    PacingMeasurement.Result first = results.get(0);
    String title =
        String.format(
            Locale.ROOT,
            "EVEN pacing, engine policy, %d users, seed %d, PID %s",
            world.users(),
            world.seed(),
            first.setting().label());
    PacingPlot.write(plot, title, first.days(), TOP);
    out.printf("Pacing plot written to %s%n", plot);
    out.flush();
    return 0;
  }

  private List<PacingMeasurement.Setting> settings() {
    List<PacingMeasurement.Setting> out = new ArrayList<>();
    for (String g : gains) {
      String[] parts = g.trim().split(":");
      try {
        if (parts.length != 2) {
          throw new IllegalArgumentException("expected kp:ki");
        }
        double kp = Double.parseDouble(parts[0]);
        double ki = Double.parseDouble(parts[1]);
        PidGains d = PidGains.DEFAULTS;
        out.add(
            new PacingMeasurement.Setting(
                g.trim(), new PidGains(kp, ki, d.kd(), d.minParticipation(), d.integralLimit())));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--pacing-gains wants kp:ki pairs; got '" + g + "': " + e.getMessage());
      }
    }
    return out;
  }
}
