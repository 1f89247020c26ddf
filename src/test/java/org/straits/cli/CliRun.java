package org.straits.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the real command line, with what it printed. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    CommandLine cli = StraitsCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CliRun(cli.execute(args), out.toString(), err.toString());
  }
}
