package org.straits.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over UTF-16 chars, reporting every occurrence of every pattern in one
 * pass. Built once and never changed, so one instance serves any number of threads.
 *
 * <p>The trie is frozen into flat arrays (children of a node sorted by char, found by binary
 * search) because a pointer-per-node trie of a few thousand names costs more in cache misses
 * than the search saves.
 */
final class AhoCorasick {
  private static final int ROOT = 0;
  private static final int NONE = -1;

  /** Receives a match of pattern {@code pattern} ending just before {@code end}. */
  @FunctionalInterface
  interface MatchHandler {
    void onMatch(int pattern, int end);
  }

  private final int[] firstEdge;
  private final char[] edgeChars;
  private final int[] edgeTargets;
  private final int[] failure;
  private final int[] patternAt;
  private final int[] nextOutput;
  private final int[] patternLengths;
  // Most chars of a document lead back to the root, whose fan-out is the widest (every first
  // char of every name): a direct table there saves a binary search on nearly every char.
  private final int[] rootChild = new int[Character.MAX_VALUE + 1];

  /** Pattern {@code i} of the automaton is {@code patterns.get(i)}; patterns must be distinct. */
  AhoCorasick(List<char[]> patterns) {
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    trie.add(new TreeMap<>());
    List<Integer> patternOfNode = new ArrayList<>(List.of(NONE));
    patternLengths = new int[patterns.size()];
    for (int p = 0; p < patterns.size(); p++) {
      char[] pattern = patterns.get(p);
      if (pattern.length == 0) {
        throw new IllegalArgumentException("pattern " + p + " is empty");
      }
      int node = insert(trie, patternOfNode, pattern);
      if (patternOfNode.get(node) != NONE) {
        throw new IllegalArgumentException("pattern " + p + " ('" + new String(pattern)
            + "') repeats pattern " + patternOfNode.get(node));
      }
      patternOfNode.set(node, p);
      patternLengths[p] = pattern.length;
    }
    int nodes = trie.size();
    firstEdge = new int[nodes + 1];
    int edges = trie.stream().mapToInt(Map::size).sum();
    edgeChars = new char[edges];
    edgeTargets = new int[edges];
    freezeEdges(trie);
    for (int edge = firstEdge[ROOT]; edge < firstEdge[ROOT + 1]; edge++) {
      rootChild[edgeChars[edge]] = edgeTargets[edge];
    }
    patternAt = patternOfNode.stream().mapToInt(Integer::intValue).toArray();
    failure = new int[nodes];
    nextOutput = new int[nodes];
    linkFailures();
  }

  private static int insert(List<TreeMap<Character, Integer>> trie, List<Integer> patternOfNode,
      char[] pattern) {
    int node = ROOT;
    for (char c : pattern) {
      Integer child = trie.get(node).get(c);
      if (child == null) {
        child = trie.size();
        trie.get(node).put(c, child);
        trie.add(new TreeMap<>());
        patternOfNode.add(NONE);
      }
      node = child;
    }
    return node;
  }

  private void freezeEdges(List<TreeMap<Character, Integer>> trie) {
    int edge = 0;
    for (int node = 0; node < trie.size(); node++) {
      firstEdge[node] = edge;
      for (Map.Entry<Character, Integer> child : trie.get(node).entrySet()) {
        edgeChars[edge] = child.getKey();
        edgeTargets[edge] = child.getValue();
        edge++;
      }
    }
    firstEdge[trie.size()] = edge;
  }

  /** Breadth first, so a node's failure target is always linked before the node itself. */
  private void linkFailures() {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    failure[ROOT] = ROOT;
    nextOutput[ROOT] = NONE;
    queue.add(ROOT);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int edge = firstEdge[node]; edge < firstEdge[node + 1]; edge++) {
        int child = edgeTargets[edge];
        failure[child] = node == ROOT ? ROOT : transition(failure[node], edgeChars[edge]);
        int fallback = failure[child];
        nextOutput[child] = patternAt[fallback] != NONE ? fallback : nextOutput[fallback];
        queue.add(child);
      }
    }
  }

  private int child(int node, char c) {
    int low = firstEdge[node];
    int high = firstEdge[node + 1] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      char midChar = edgeChars[mid];
      if (midChar < c) {
        low = mid + 1;
      } else if (midChar > c) {
        high = mid - 1;
      } else {
        return edgeTargets[mid];
      }
    }
    return NONE;
  }

  /** The state after reading {@code c} in state {@code node}, following failure links. */
  private int transition(int node, char c) {
    int state = node;
    while (state != ROOT) {
      int next = child(state, c);
      if (next != NONE) {
        return next;
      }
      state = failure[state];
    }
    return rootChild[c];
  }

  /** Reports every occurrence of every pattern in {@code text}, in order of end offset. */
  void scan(char[] text, MatchHandler handler) {
    int state = ROOT;
    for (int i = 0; i < text.length; i++) {
      state = transition(state, text[i]);
      int output = patternAt[state] != NONE ? state : nextOutput[state];
      while (output != NONE) {
        handler.onMatch(patternAt[output], i + 1);
        output = nextOutput[output];
      }
    }
  }

  int patternLength(int pattern) {
    return patternLengths[pattern];
  }
}
