package io.aimpoint.cli;

import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aimpoint} command: entry point of the launcher script. */
@Command(
    name = "aimpoint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Aimpoint: a self-hosted personalized advertising engine.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      SimulateCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      ModelsCommand.class,
      ExportTrainingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to parse and run subcommands. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::reportFailure);
  }

  /**
   * A failed command prints one line naming the problem (port in use, data directory locked, bad
   * option value) instead of a stack trace; the trace goes to the debug log.
   */
  private static int reportFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    LoggerFactory.getLogger(Main.class).debug("command failed", e);
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += ": " + cause.getMessage();
    }
    commandLine.getErr().println("aimpoint " + commandLine.getCommandName() + ": " + message);
    return 1;
  }

  /** Without a subcommand there is nothing to do but explain the choices. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }
}
