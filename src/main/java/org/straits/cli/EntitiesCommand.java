package org.straits.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.straits.entity.Gazetteer;
import org.straits.entity.GazetteerException;
import org.straits.entity.GazetteerIssue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code straits entities}: tools for the entity gazetteer. */
@Command(name = "entities", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = "Check the region and actor gazetteer, or evaluate how well its matcher finds entities.",
    subcommands = {EntitiesEvalCommand.class})
final class EntitiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(name = "check", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
      description = {"Validate a gazetteer and list review findings.",
          "Load errors (file:line: reason; unknown parents, cycles, bad types …) make the file "
              + "unusable: exit 1. Lint findings (names shared by entities, missing Chinese "
              + "names, persons without affiliations) are warnings: exit 0."})
  int check(@Option(names = "--gazetteer", paramLabel = "FILE",
      description = "The gazetteer to check (default: the built-in one).") Path file) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Gazetteer gazetteer;
    try {
      gazetteer = file == null ? builtIn() : Gazetteer.load(file);
    } catch (GazetteerException e) {
      err.println(e.getMessage());
      err.printf("%d load error(s): the gazetteer cannot be used.%n", e.problems().size());
      return 1;
    }
    List<GazetteerIssue> issues = gazetteer.lint();
    for (GazetteerIssue issue : issues) {
      out.println("warning: " + issue);
    }
    out.printf("%s: %d entities, %d stop aliases, loads; %d warning(s).%n", gazetteer.source(),
        gazetteer.entities().size(), gazetteer.stopAliases().size(), issues.size());
    return 0;
  }

  /** The built-in gazetteer parsed here, so a broken one reports its problems, not a crash. */
  private static Gazetteer builtIn() throws GazetteerException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + Gazetteer.DEFAULT_RESOURCE + " on the classpath");
      }
      return Gazetteer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          Gazetteer.DEFAULT_RESOURCE.substring(1));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + Gazetteer.DEFAULT_RESOURCE, e);
    }
  }
}
