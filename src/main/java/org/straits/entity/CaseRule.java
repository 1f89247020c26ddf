package org.straits.entity;

/** How the letter case of a mention must relate to the name it matches. */
enum CaseRule {
  /**
   * Acronyms (US, PLA, ROC) and names without cased letters: only as written, so "US" stays out
   * of "us" and "PLA" out of "Pla".
   */
  EXACT,
  /**
   * Ordinary names: as written or in headline capitals, never lower case, so "China" meets
   * "CHINA" but not "china" the porcelain.
   */
  AS_WRITTEN_OR_ALL_CAPS;

  static CaseRule of(String name) {
    return name.chars().anyMatch(Character::isLowerCase) ? AS_WRITTEN_OR_ALL_CAPS : EXACT;
  }
}
