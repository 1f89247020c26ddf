package org.straits;

import org.straits.cli.StraitsCommand;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StraitsCommand.run(args));
  }
}
