package org.straits.eval.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.straits.entity.EntityMatcher;
import org.straits.entity.Mention;

/**
 * Maps a Guardian tag to the gazetteer entity it names. The tag must be, as a whole, one name
 * the real matcher recognises, so the gazetteer's case rules, stop aliases and longest-match
 * choice apply to tags exactly as to text: "China" maps to China, "South China Sea" to the sea,
 * "China holidays" to nothing (the matcher finds China inside it, but not the whole tag).
 * Guardian writes some tags with an acronym in brackets ("International Monetary Fund (IMF)"):
 * the part before the bracket and the bracketed part are tried too.
 */
public final class TagMapper {
  private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

  private final EntityMatcher matcher;

  public TagMapper(EntityMatcher matcher) {
    this.matcher = matcher;
  }

  /** The id of the entity the tag names, if the gazetteer knows it. */
  public Optional<String> entityOf(String tag) {
    for (String form : forms(tag.strip())) {
      Optional<String> id = wholeMatch(form);
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  private static List<String> forms(String tag) {
    List<String> forms = new ArrayList<>(List.of(tag));
    Matcher bracketed = BRACKETED.matcher(tag);
    if (bracketed.matches()) {
      forms.add(bracketed.group(1));
      forms.add(bracketed.group(2));
    }
    return forms;
  }

  private Optional<String> wholeMatch(String form) {
    List<Mention> mentions = matcher.find(form);
    if (mentions.size() == 1 && mentions.get(0).start() == 0
        && mentions.get(0).end() == form.length()) {
      return Optional.of(mentions.get(0).entityId());
    }
    return Optional.empty();
  }
}
