package org.straits.analysis;

/** Tells Chinese from English (and Japanese) text by the scripts of its letters. */
public final class LanguageGuesser {
  private static final int SAMPLE = 4000;

  private LanguageGuesser() {}

  /** "zh", "ja" or "en"; text with no letters at all counts as English. */
  public static String guess(String text) {
    int han = 0;
    int kana = 0;
    int letters = 0;
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN) {
        han++;
      } else if (script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      }
    }
    // A Chinese character carries about as much as an English word: a fifth of the letters is a lot.
    if (kana * 10 > letters) {
      return "ja";
    }
    return han * 5 > letters ? "zh" : "en";
  }
}
