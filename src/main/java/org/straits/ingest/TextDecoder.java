package org.straits.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the bytes of a text file into a String, detecting the encoding: a BOM, else strict UTF-8,
 * else the best of GB18030, Big5-HKSCS and windows-1252.
 *
 * <p>Statistical detectors are unreliable on short Chinese texts, so the legacy candidates are
 * decoded and scored on how plausible their characters are: the frequent Han characters of both
 * scripts (GB2312 level 1 and Big5 level 1) and CJK punctuation count for a candidate, rare
 * characters and replacement characters against it. ICU's detector only breaks near-ties.
 */
public final class TextDecoder {

  /** Decoded text, line endings normalised to '\n', BOM removed, and the charset it was in. */
  public record Decoded(String text, String charset) {}

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<Charset> LEGACY = List.of(GB18030, BIG5, WINDOWS_1252);
  /** Enough text to judge; scoring a whole book would only cost time. */
  private static final int SCORE_SAMPLE_CHARS = 20_000;
  private static final double NEAR_TIE = 0.05;

  private TextDecoder() {}

  /**
   * The text of a file; a file whose bytes are plausible in none of the encodings read (random
   * bytes, a binary format with a text extension) is refused rather than indexed as mojibake.
   */
  public static Decoded decode(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Decoded decoded = decode(bytes);
    if (!decoded.charset().startsWith("UTF") && legacyScore(bytes) < MIN_PLAUSIBLE) {
      throw new IOException("not text in any encoding Straits reads (UTF-8, UTF-16, GB18030, Big5, windows-1252)");
    }
    return decoded;
  }

  /** The best legacy candidate's plausibility: below this, no candidate reads as language. */
  private static final double MIN_PLAUSIBLE = 0.5;

  private static double legacyScore(byte[] bytes) {
    return rank(bytes).get(0).score();
  }

  public static Decoded decode(byte[] bytes) {
    Decoded withBom = decodeByBom(bytes);
    if (withBom != null) {
      return withBom;
    }
    String utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(normalise(utf8), "UTF-8");
    }
    return decodeLegacy(bytes);
  }

  /** The charset {@link #decode} would choose for these bytes. */
  public static Charset detect(byte[] bytes) {
    return Charset.forName(decode(bytes).charset());
  }

  private static Decoded decodeByBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(normalise(new String(b, 3, b.length - 3, StandardCharsets.UTF_8)), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(normalise(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(normalise(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE");
    }
    return null;
  }

  /** True when the bytes start with a UTF-16 byte order mark (NUL bytes are then expected). */
  public static boolean hasUtf16Bom(byte[] b, int length) {
    return length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }

  private static String decodeStrictly(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private record Candidate(Charset charset, String text, double score) {}

  private static Decoded decodeLegacy(byte[] bytes) {
    List<Candidate> ranked = rank(bytes);
    Candidate best = ranked.get(0);
    Candidate second = ranked.get(1);
    if (best.score() - second.score() < NEAR_TIE
        && second.charset().equals(icuPreference(bytes))) {
      best = second;
    }
    return new Decoded(normalise(best.text()), best.charset().name());
  }

  private static List<Candidate> rank(byte[] bytes) {
    return LEGACY.stream()
        .map(charset -> {
          String text = new String(bytes, charset);
          double score = charset == WINDOWS_1252 ? latinScore(text) : hanScore(text);
          return new Candidate(charset, text, score);
        })
        .sorted(Comparator.comparingDouble(Candidate::score).reversed())
        .toList();
  }

  /** Share of non-ASCII characters that are frequent Han characters or CJK punctuation. */
  static double hanScore(String text) {
    int nonAscii = 0;
    double points = 0;
    int end = Math.min(text.length(), SCORE_SAMPLE_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (c == '\uFFFD') {
        points -= 2;
      } else if (CommonChinese.CHARS.get(c) || isCjkPunctuation(c)) {
        points += 1;
      } else if (Character.isIdeographic(c)) {
        points -= 0.5;
      } else {
        points -= 1;
      }
    }
    return nonAscii == 0 ? 0 : points / nonAscii;
  }

  /**
   * Latin text has isolated accented letters and typographic punctuation among ASCII; CJK bytes
   * read as windows-1252 give runs of accented letters and symbols instead.
   */
  static double latinScore(String text) {
    int nonAscii = 0;
    int plausible = 0;
    int end = Math.min(text.length(), SCORE_SAMPLE_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      boolean isolated = (i == 0 || text.charAt(i - 1) < 0x80)
          && (i + 1 >= text.length() || text.charAt(i + 1) < 0x80);
      if (isolated || "‘’“”–—…€".indexOf(c) >= 0) {
        plausible++;
      }
    }
    return nonAscii == 0 ? 1 : (double) plausible / nonAscii;
  }

  private static boolean isCjkPunctuation(char c) {
    return (c >= 0x3000 && c <= 0x301F) || (c >= 0xFF01 && c <= 0xFF5E)
        || "‘’“”—…·".indexOf(c) >= 0;
  }

  private static Charset icuPreference(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.startsWith("GB")) {
        return GB18030;
      }
      if (name.startsWith("Big5")) {
        return BIG5;
      }
      if (name.startsWith("ISO-8859") || name.startsWith("windows-125")) {
        return WINDOWS_1252;
      }
    }
    return null;
  }

  /** Unifies line endings and drops a BOM that survived as U+FEFF. */
  static String normalise(String text) {
    String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return stripped.indexOf('\r') < 0 ? stripped : stripped.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The frequent Han characters of both scripts, built once from the two legacy code tables. */
  private static final class CommonChinese {
    static final BitSet CHARS = build();

    private static BitSet build() {
      BitSet chars = new BitSet(0x10000);
      // GB2312 level 1: the 3,755 most frequent simplified characters.
      addRange(chars, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE);
      // Big5 level 1 (常用字): the 5,401 most frequent traditional characters.
      addRange(chars, BIG5, 0xA4, 0xC6, 0x40, 0x7E);
      addRange(chars, BIG5, 0xA4, 0xC5, 0xA1, 0xFE);
      return chars;
    }

    private static void addRange(BitSet chars, Charset charset, int leadFrom, int leadTo,
        int trailFrom, int trailTo) {
      CharsetDecoder decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      for (int lead = leadFrom; lead <= leadTo; lead++) {
        for (int trail = trailFrom; trail <= trailTo; trail++) {
          try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
            if (out.length() == 1 && Character.isIdeographic(out.charAt(0))) {
              chars.set(out.charAt(0));
            }
          } catch (CharacterCodingException e) {
            // Unassigned code point in the table: nothing to add.
          }
        }
      }
    }
  }
}
