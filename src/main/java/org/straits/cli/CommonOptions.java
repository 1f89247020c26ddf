package org.straits.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.straits.App;
import org.straits.config.ConfigException;
import org.straits.config.ConfigLoader;
import org.straits.config.StraitsConfig;
import org.straits.entity.GazetteerException;
import picocli.CommandLine.Option;

/** Options every subcommand shares; unset ones fall back to environment, config file, defaults. */
public final class CommonOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (default: $STRAITS_CONFIG, else straits.properties in the current folder when there is one).")
  Path configFile;

  @Option(names = "--index", paramLabel = "DIR", description = "Folder of the index (default: $STRAITS_INDEX, else index).")
  String index;

  @Option(names = "--source", paramLabel = "DIR", description = "Folder of the source documents (default: $STRAITS_SOURCE, else seeds).")
  String source;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "An edited entity gazetteer (default: $STRAITS_GAZETTEER, else the built-in one).")
  String gazetteer;

  /** Flags for settings a subcommand adds (e.g. --port); null values are ignored. */
  StraitsConfig config(Map<String, String> extraFlags) throws ConfigException {
    Map<String, String> flags = new HashMap<>(extraFlags);
    flags.put("index", index);
    flags.put("source", source);
    flags.put("gazetteer", gazetteer);
    return new ConfigLoader(System.getenv()).load(configFile, flags);
  }

  App app(Map<String, String> extraFlags) throws ConfigException, GazetteerException {
    return new App(config(extraFlags));
  }

  App app() throws ConfigException, GazetteerException {
    return app(Map.of());
  }
}
