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

@Command(name = "admin", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = "Helpers for setting up the administrator's pages of the web site.",
    subcommands = {AdminCommand.HashPassword.class})
final class AdminCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "hash-password", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
      description = "Read a password twice (typed without echo, or two lines from standard input) and print its "
          + "PBKDF2 hash for STRAITS_ADMIN_PASSWORD_HASH or admin-password-hash in straits.properties. "
          + "Two entries that differ, or a missing second one, are refused.")
  static final class HashPassword implements Callable<Integer> {
    static final int MIN_LENGTH = 12;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      char[] password;
      try {
        password = readPassword();
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return 1;
      }
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

    private char[] readPassword() throws java.io.IOException {
      Console console = System.console();
      char[] first;
      char[] again;
      if (console != null) {
        first = console.readPassword("Admin password: ");
        again = console.readPassword("Again: ");
      } else {
        // Piped input: the same two entries, one a line, so a typo in a script is caught as well.
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        first = chars(in.readLine());
        again = chars(in.readLine());
      }
      try {
        if (first == null) {
          throw new IllegalArgumentException("no password given");
        }
        if (again == null) {
          throw new IllegalArgumentException("the password must be entered twice (piped input: two lines); the second entry is missing");
        }
        if (!Arrays.equals(first, again)) {
          throw new IllegalArgumentException("the two passwords differ; nothing was printed");
        }
        return first;
      } finally {
        if (again != null) {
          Arrays.fill(again, '\0');
        }
      }
    }

    private static char[] chars(String line) {
      return line == null ? null : line.toCharArray();
    }
  }
}
