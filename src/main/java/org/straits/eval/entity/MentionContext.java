package org.straits.eval.entity;

import java.util.Optional;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Gazetteer;
import org.straits.entity.Mention;

/** Cuts the first mention of an entity, with context, out of a document for a judge. */
public final class MentionContext {
  static final int CONTEXT_CHARS = 60;

  private MentionContext() {}

  public static SampleItem of(EntityMatcher matcher, Article article, String entityId) {
    String text = article.text();
    Gazetteer gazetteer = matcher.gazetteer();
    String name = gazetteer.byId(entityId).map(e -> e.name()).orElse(entityId);
    Optional<Mention> first = matcher.find(text).stream()
        .filter(m -> m.entityId().equals(entityId)).findFirst();
    if (first.isEmpty()) {
      return new SampleItem(article.id(), entityId, name, "", "");
    }
    Mention mention = first.get();
    String before = text.substring(Math.max(0, mention.start() - CONTEXT_CHARS), mention.start());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + CONTEXT_CHARS));
    String surface = mention.textIn(text);
    return new SampleItem(article.id(), entityId, name, oneLine(surface),
        oneLine(before + "[[" + surface + "]]" + after));
  }

  /** Tabs and line breaks would break the TSV: they become spaces. */
  static String oneLine(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }
}
