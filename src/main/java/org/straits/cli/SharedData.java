package org.straits.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Default locations of the shared corpora and test collections: {@code <straits.home>/../shared}. */
final class SharedData {
  private SharedData() {}

  static Path home() {
    return org.straits.config.StraitsConfig.home();
  }

  /** {@code relative} under the shared folder; a clear error naming the flag to use when it is missing. */
  static Path require(String relative, String flag) {
    Path path = home().resolve("../shared").resolve(relative).normalize();
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(
          "default data " + path + " does not exist; pass " + flag + " to say where it is");
    }
    return path;
  }
}
