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

  @Option(names = "--discovery", paramLabel = "on|off", description = "Find names the gazetteer does not know while indexing, shown as unreviewed facet values (default: on, or $STRAITS_DISCOVERY).")
  String discovery;

  @Option(names = "--backend", paramLabel = "ENGINE", description = "Search engine: lucene (embedded, default) or solr (a SolrCloud collection), or $STRAITS_BACKEND.")
  String backend;

  @Option(names = "--solr-urls", paramLabel = "URLS", description = "Comma-separated SolrCloud base URLs, e.g. http://host:8983/solr (or $STRAITS_SOLR_URLS).")
  String solrUrls;

  @Option(names = "--solr-collection", paramLabel = "NAME", description = "SolrCloud collection (alias) Straits uses (default: straits, or $STRAITS_SOLR_COLLECTION).")
  String solrCollection;

  /** Flags for settings a subcommand adds (e.g. --port); null values are ignored. */
  StraitsConfig config(Map<String, String> extraFlags) throws ConfigException {
    Map<String, String> flags = new HashMap<>(extraFlags);
    flags.put("index", index);
    flags.put("source", source);
    flags.put("gazetteer", gazetteer);
    flags.put("discovery", discovery);
    flags.put("backend", backend);
    flags.put("solr-urls", solrUrls);
    flags.put("solr-collection", solrCollection);
    return new ConfigLoader(System.getenv()).load(configFile, flags);
  }

  /**
   * The settings for commands without the common options (bench, eval): their own flags (null
   * when not given) over the environment, {@code ./straits.properties} and the defaults, read by
   * the one loader every command uses.
   */
  static StraitsConfig settings(Map<String, String> flags) throws ConfigException {
    return new ConfigLoader(System.getenv()).load(null, new HashMap<>(flags));
  }

  /** {@code key → value} with a null value allowed, for {@link #settings}. */
  static Map<String, String> flag(String key, Object value) {
    Map<String, String> flags = new HashMap<>();
    flags.put(key, value == null ? null : value.toString());
    return flags;
  }

  App app(Map<String, String> extraFlags) throws ConfigException, GazetteerException {
    return new App(config(extraFlags));
  }

  App app() throws ConfigException, GazetteerException {
    return app(Map.of());
  }
}
