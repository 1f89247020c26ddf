package org.straits.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.straits.admin.PasswordHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Administration helpers.",
    subcommands = {AdminCommand.HashPassword.class})
final class AdminCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "hash-password", mixinStandardHelpOptions = true,
      description = {
        "Read a password (typed without echo, or one line from standard input) and print its",
        "PBKDF2 hash for STRAITS_ADMIN_PASSWORD_HASH or admin-password-hash in straits.properties."
      })
  static final class HashPassword implements Callable<Integer> {
    static final int MIN_LENGTH = 12;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      char[] password = readPassword();
      try {
        if (password.length < MIN_LENGTH) {
          spec.commandLine().getErr().println("error: use at least " + MIN_LENGTH + " characters");
          return 1;
        }
        spec.commandLine().getOut().println(PasswordHash.hash(password));
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private static char[] readPassword() throws Exception {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Admin password: ");
        char[] again = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, again)) {
          throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
      }
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? new char[0] : line.toCharArray();
    }
  }
}
