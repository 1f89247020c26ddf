package org.straits.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code straits} command and its subcommands. */
@Command(
    name = "straits",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    version = "Straits 0.1.0",
    description = "Bilingual (English + Chinese) faceted search for cross-Strait and East Asian security documents. "
        + "Run 'straits COMMAND --help' for the options of a command.",
    subcommands = {IndexCommand.class, SearchCommand.class, StatsCommand.class, AdminCommand.class, ServeCommand.class,
        EntitiesCommand.class, BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class StraitsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line; returns the process exit code. */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StraitsCommand());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli;
  }
}
