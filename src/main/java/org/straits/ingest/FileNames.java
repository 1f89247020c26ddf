package org.straits.ingest;

import java.util.Locale;
import java.util.Set;

/** File-name facts shared by the scanner and the readers. */
public final class FileNames {

  private FileNames() {}

  /** Lower-case extension without the dot, "" when there is none. */
  public static String extension(String fileName) {
    String name = baseName(fileName);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The last path segment without its extension: a title of last resort. */
  public static String stem(String path) {
    String name = baseName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  public static boolean hasExtension(String fileName, Set<String> extensions) {
    return extensions.contains(extension(fileName));
  }

  private static String baseName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }
}
