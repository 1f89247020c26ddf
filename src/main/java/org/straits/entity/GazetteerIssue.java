package org.straits.entity;

import java.util.List;

/**
 * A review finding about a gazetteer that loads: worth a look, not a reason to refuse the file.
 *
 * @param line 1-based line in the YAML file of the first entity concerned, 0 if unknown
 * @param entityIds the entities concerned, in file order
 */
public record GazetteerIssue(Kind kind, String source, int line, List<String> entityIds,
    String message) {

  public enum Kind {
    /** The same surface form is a name of more than one entity. */
    NAME_COLLISION,
    /** No simplified or no traditional Chinese name, so Chinese text will miss it. */
    MISSING_CHINESE_NAME,
    /** A person whose organisations are not recorded. */
    PERSON_WITHOUT_AFFILIATIONS,
    /** Affiliations on a non-person, or naming something that is not an organisation. */
    ODD_AFFILIATION
  }

  public GazetteerIssue {
    entityIds = List.copyOf(entityIds);
  }

  @Override
  public String toString() {
    return (line > 0 ? source + ":" + line : source) + ": " + message;
  }
}
