package org.straits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures a test measured, kept under target/measurements/ for the closing notes. */
public final class Measurements {
  private Measurements() {}

  public static void write(String name, String line) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "measurements"));
      Files.writeString(dir.resolve(name + ".txt"), line + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
