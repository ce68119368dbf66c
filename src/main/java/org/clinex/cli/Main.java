package org.clinex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clinex}: the command-line shell over the library. Each subcommand is a thin wrapper. */
@Command(name = "clinex", mixinStandardHelpOptions = true, version = "clinex 0.1.0",
    description = "Extracts clinical facts from IMR letters and clinical notes, and scores them against gold.",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this rather than main). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A user error gets one clear line, never a stack trace.
      commandLine.getErr().println("clinex: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
