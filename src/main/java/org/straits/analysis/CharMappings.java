package org.straits.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed set of text replacements as a character trie, for {@link LongestMatchCharFilter}: the
 * same rules as a Lucene {@code NormalizeCharMap} built from the same map (longest match at each
 * point, a replacement may be empty), read with one array look-up for a character that starts no
 * rule. Lucene's {@code MappingCharFilter} looks every character up in a hash map of the FST's
 * root arcs; on our text nearly none starts a rule, and that look-up was most of its cost.
 */
final class CharMappings {
  /** The trie's nodes: keys sorted, so a child is found by binary search (few keys per node). */
  static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    /** The replacement when the path to this node is a whole rule, else null. */
    char[] output;

    Node child(char c) {
      int at = Arrays.binarySearch(keys, c);
      return at >= 0 ? children[at] : null;
    }

    private Node childOrNew(char c) {
      int at = Arrays.binarySearch(keys, c);
      if (at >= 0) {
        return children[at];
      }
      int insert = -at - 1;
      keys = insert(keys, insert, c);
      Node[] grown = new Node[children.length + 1];
      System.arraycopy(children, 0, grown, 0, insert);
      System.arraycopy(children, insert, grown, insert + 1, children.length - insert);
      grown[insert] = new Node();
      children = grown;
      return grown[insert];
    }

    private static char[] insert(char[] keys, int at, char c) {
      char[] grown = new char[keys.length + 1];
      System.arraycopy(keys, 0, grown, 0, at);
      System.arraycopy(keys, at, grown, at + 1, keys.length - at);
      grown[at] = c;
      return grown;
    }
  }

  /** The node of each first character (indexed by the char), null where no rule starts. */
  private final Node[] roots = new Node[Character.MAX_VALUE + 1];

  /** {@code rules}: matched text → replacement; an empty key is refused, as Lucene refuses it. */
  CharMappings(Map<String, String> rules) {
    for (Map.Entry<String, String> rule : new TreeMap<>(rules).entrySet()) {
      String from = rule.getKey();
      if (from.isEmpty()) {
        throw new IllegalArgumentException("a mapping needs a non-empty text to match");
      }
      char first = from.charAt(0);
      if (roots[first] == null) {
        roots[first] = new Node();
      }
      Node node = roots[first];
      for (int i = 1; i < from.length(); i++) {
        node = node.childOrNew(from.charAt(i));
      }
      node.output = rule.getValue().toCharArray();
    }
  }

  /** The trie below {@code c}, or null when no rule starts with it. */
  Node root(char c) {
    return roots[c];
  }
}
