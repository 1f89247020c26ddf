package org.straits.entity;

/**
 * One way an entity can be written, ready for matching.
 *
 * @param written the name as listed in the gazetteer
 * @param form {@code written} after {@link MatchNormalization#normalize(CharSequence)}
 * @param primary true for the canonical English name and the Chinese names, false for aliases
 * @param entityOrder position of the entity in the file, the last tie-breaker between entities
 */
record SurfaceName(String entityId, String written, char[] form, CaseRule caseRule,
    boolean primary, int entityOrder) {

  /** A stop alias: it claims its span in the longest-match contest but names no entity. */
  static SurfaceName blocker(char[] form) {
    return new SurfaceName(null, new String(form), form, CaseRule.of(new String(form)), false, Integer.MAX_VALUE);
  }

  boolean isBlocker() {
    return entityId == null;
  }

  /** The automaton key: the form upper-cased, which every accepted spelling reduces to. */
  String key() {
    return new String(MatchNormalization.upper(form));
  }

  /** Whether the text at {@code start} (normalised, original case) obeys the case rule. */
  boolean caseMatches(char[] normalizedText, int start) {
    boolean asWritten = true;
    boolean allCaps = caseRule == CaseRule.AS_WRITTEN_OR_ALL_CAPS;
    for (int i = 0; i < form.length && (asWritten || allCaps); i++) {
      char c = normalizedText[start + i];
      asWritten &= c == form[i];
      allCaps &= c == MatchNormalization.upper(form[i]);
    }
    return asWritten || allCaps;
  }

  /** Whether the name must not touch a letter or digit on its left (Latin-like start). */
  boolean needsBoundaryBefore() {
    return MatchNormalization.isWordChar(form[0]);
  }

  /** Whether the name must not touch a letter or digit on its right (Latin-like end). */
  boolean needsBoundaryAfter() {
    return MatchNormalization.isWordChar(form[form.length - 1]);
  }
}
