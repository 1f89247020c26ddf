package org.straits.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Retrieval quality on test collections.")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
