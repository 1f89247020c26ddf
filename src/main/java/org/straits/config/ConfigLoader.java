package org.straits.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves {@link StraitsConfig}: a command-line flag wins over an environment variable
 * ({@code STRAITS_INDEX}, …), which wins over the config file ({@code --config}, {@code
 * STRAITS_CONFIG}, or {@code ./straits.properties} when present), which wins over the defaults.
 */
public final class ConfigLoader {
  static final Set<String> KEYS = Set.of("source", "index", "gazetteer", "bind", "port", "threads",
      "max-file-bytes", "admin-password-hash", "upload-max-bytes", "commit-seconds", "discovery", "backend",
      "solr-urls", "solr-collection", "search-threads");
  private static final Path DEFAULT_FILE = Path.of("straits.properties");

  private final Map<String, String> environment;

  public ConfigLoader(Map<String, String> environment) {
    this.environment = environment;
  }

  /** {@code flags} holds only the options given on the command line, by key. */
  public StraitsConfig load(Path configFile, Map<String, String> flags) throws ConfigException {
    Map<String, String> values = new HashMap<>(fromFile(configFile));
    for (String key : KEYS) {
      String env = environment.get("STRAITS_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      if (env != null && !env.isBlank()) {
        values.put(key, env.strip());
      }
    }
    flags.forEach((key, value) -> {
      if (value != null) {
        values.put(key, value);
      }
    });
    StraitsConfig config = build(values);
    if (config.onSolr() && config.solrUrls().isEmpty()) {
      throw new ConfigException("backend solr needs solr-urls (--solr-urls http://host:8983/solr,…; ./straits solr start prints them)");
    }
    return config;
  }

  private Map<String, String> fromFile(Path configFile) throws ConfigException {
    Path file = configFile;
    if (file == null && environment.get("STRAITS_CONFIG") != null) {
      file = Path.of(environment.get("STRAITS_CONFIG"));
    }
    if (file == null) {
      if (!Files.exists(DEFAULT_FILE)) {
        return Map.of();
      }
      file = DEFAULT_FILE;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new ConfigException(file + ": unknown setting '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
      }
      values.put(key, properties.getProperty(key).strip());
    }
    return values;
  }

  private static StraitsConfig build(Map<String, String> values) throws ConfigException {
    StraitsConfig d = StraitsConfig.defaults();
    return new StraitsConfig(
        get(values, "source", Path::of, d.source()),
        get(values, "index", Path::of, d.index()),
        get(values, "gazetteer", Path::of, d.gazetteer()),
        get(values, "bind", Function.identity(), d.bind()),
        range(get(values, "port", Integer::parseInt, d.port()), 0, 65535, "port"),
        range(get(values, "threads", Integer::parseInt, d.threads()), 1, 64, "threads"),
        get(values, "max-file-bytes", Long::parseLong, d.maxFileBytes()),
        get(values, "admin-password-hash", Function.identity(), d.adminPasswordHash()),
        get(values, "upload-max-bytes", Long::parseLong, d.uploadMaxBytes()),
        range(get(values, "commit-seconds", Integer::parseInt, d.commitSeconds()), 1, 86_400, "commit-seconds"),
        get(values, "discovery", ConfigLoader::onOff, d.discovery()),
        backend(values.get("backend")),
        get(values, "solr-urls", ConfigLoader::urls, d.solrUrls()),
        get(values, "solr-collection", ConfigLoader::collectionName, d.solrCollection()),
        range(get(values, "search-threads", Integer::parseInt, d.searchThreads()), 1, 256, "search-threads"));
  }

  private static boolean onOff(String raw) {
    return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException("expected on or off");
    };
  }

  private static String backend(String raw) throws ConfigException {
    String value = raw == null || raw.isBlank() ? StraitsConfig.LUCENE : raw.strip().toLowerCase(java.util.Locale.ROOT);
    if (!value.equals(StraitsConfig.LUCENE) && !value.equals(StraitsConfig.SOLR)) {
      throw new ConfigException("backend must be lucene or solr, not '" + raw + "'");
    }
    return value;
  }

  /** Comma-separated Solr base URLs, each http(s)://host:port/solr. */
  private static java.util.List<String> urls(String raw) {
    java.util.List<String> urls = java.util.Arrays.stream(raw.split(",")).map(String::strip)
        .filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).toList();
    for (String url : urls) {
      java.net.URI uri = java.net.URI.create(url);
      if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException(url);
      }
    }
    return urls;
  }

  private static String collectionName(String raw) {
    if (!raw.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException(raw);
    }
    return raw;
  }

  private static <T> T get(Map<String, String> values, String key, Function<String, T> parse, T fallback)
      throws ConfigException {
    String raw = values.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return parse.apply(raw);
    } catch (RuntimeException e) {
      throw new ConfigException("bad value for " + key + ": '" + raw + "'");
    }
  }

  private static int range(int value, int min, int max, String key) throws ConfigException {
    if (value < min || value > max) {
      throw new ConfigException(key + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }
}
