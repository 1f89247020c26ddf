package org.straits.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf over {@code <web>/templates}, with UI labels from {@code <web>/i18n/messages_en},
 * {@code messages_zh} and {@code messages_zh_TW} (繁體, Taiwan usage). Templates are cached in production; tests and template editing can turn the
 * cache off.
 */
public final class Views {
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.CHINESE;
  /** The 繁體 interface: its own texts; numbers and dates as the simplified one writes them. */
  public static final Locale TRADITIONAL_CHINESE = Locale.TRADITIONAL_CHINESE;

  static {
    RecordProperties.install();
  }

  private final TemplateEngine engine = new TemplateEngine();
  private final Messages messages;

  public Views(Path webRoot, boolean cache) {
    Path templates = webRoot.resolve("templates");
    if (!Files.isDirectory(templates)) {
      throw new IllegalArgumentException("no templates folder at " + templates.toAbsolutePath());
    }
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix(templates.toAbsolutePath() + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(cache);
    engine.setTemplateResolver(resolver);
    messages = new Messages(webRoot.resolve("i18n"));
    engine.setMessageResolver(messages);
  }

  /** Renders {@code template} with {@code model} in the UI language {@code locale}. */
  public String render(String template, Locale locale, Map<String, Object> model) {
    Context context = new Context(locale);
    context.setVariables(model);
    return engine.process(template, context);
  }

  /** A UI label outside a template (e.g. a download file name); the key itself when missing. */
  public String message(Locale locale, String key) {
    String text = messages.lookup(locale, key);
    return text == null ? key : text;
  }

  /**
   * The UI message {@code key} with {@code args} filled in, as a template's {@code #{key(args)}}
   * writes it: the pattern parsed once per language and key.
   */
  String formatted(Locale locale, String key, Object... args) {
    String text = messages.lookup(locale, key);
    return text == null ? "??" + key + "??" : messages.format(locale, key, text, args);
  }

  /** The UI message {@code key} with {@code args} filled in; {@code fallback} when the key is missing. */
  public String format(Locale locale, String key, List<Object> args, String fallback) {
    String text = messages.lookup(locale, key);
    if (text == null) {
      return fallback;
    }
    try {
      return new MessageFormat(text, formatting(locale)).format(args.toArray());
    } catch (IllegalArgumentException e) {
      // A pattern that does not fit its arguments must not turn an error page into a failure.
      return fallback;
    }
  }

  /**
   * The locale numbers and dates are written in: one per language, so 繁體 writes them as the
   * simplified interface does (zh_TW would write times as 下午6:20 where zh writes 18:20).
   */
  static Locale formatting(Locale locale) {
    return locale != null && locale.getLanguage().equals(CHINESE.getLanguage()) ? CHINESE : locale;
  }

  /** The three bundles, read once as UTF-8 (Properties files default to ISO-8859-1 otherwise). */
  private static final class Messages implements IMessageResolver {
    private final Properties english;
    private final Properties chinese;
    private final Properties traditional;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** Formatted messages by pattern and arguments, up to {@link #MAX_FORMATTED} of them. */
    private final Map<List<Object>, String> formatted = new ConcurrentHashMap<>();
    private static final int MAX_FORMATTED = 20_000;

    Messages(Path folder) {
      english = load(folder.resolve("messages_en.properties"));
      chinese = load(folder.resolve("messages_zh.properties"));
      traditional = load(folder.resolve("messages_zh_TW.properties"));
    }

    private static Properties load(Path file) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read UI messages " + file.toAbsolutePath(), e);
      }
      return properties;
    }

    String lookup(Locale locale, String key) {
      boolean zh = locale != null && locale.getLanguage().equals(CHINESE.getLanguage());
      String text = zh && locale.getCountry().equals(TRADITIONAL_CHINESE.getCountry()) ? traditional.getProperty(key) : null;
      text = text == null && zh ? chinese.getProperty(key) : text;
      return text != null ? text : english.getProperty(key);
    }

    @Override
    public String getName() {
      return "straits-messages";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      String text = lookup(context.getLocale(), key);
      if (text == null || parameters == null || parameters.length == 0) {
        return text;
      }
      return format(context.getLocale(), key, text, parameters);
    }

    /**
     * A pattern is parsed once per language and key (a page formats some for every facet value);
     * each use formats a copy, since a MessageFormat must not be shared between threads.
     */
    private String format(Locale locale, String key, String text, Object[] parameters) {
      String id = (locale == null ? "" : locale.toLanguageTag()) + '\n' + key;
      MessageFormat parsed = formats.computeIfAbsent(id, k -> new MessageFormat(text, formatting(locale)));
      if (!cacheable(parameters)) {
        return ((MessageFormat) parsed.clone()).format(parameters);
      }
      // The same few texts recur on every page ("Page 2", "About Taiwan"); formatting one (a copy of
      // the pattern, a number format made for each number) cost more than looking it up.
      List<Object> cacheKey = new ArrayList<>(parameters.length + 1);
      cacheKey.add(id);
      cacheKey.addAll(Arrays.asList(parameters));
      String done = formatted.get(cacheKey);
      if (done == null) {
        done = ((MessageFormat) parsed.clone()).format(parameters);
        if (formatted.size() < MAX_FORMATTED) {
          formatted.put(cacheKey, done);
        }
      }
      return done;
    }

    /** Whether a message's arguments are values (text, numbers), so that equal ones format the same. */
    private static boolean cacheable(Object[] parameters) {
      for (Object parameter : parameters) {
        if (!(parameter instanceof String || parameter instanceof Integer || parameter instanceof Long)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
        Object[] parameters) {
      return "??" + key + "??";
    }
  }
}
