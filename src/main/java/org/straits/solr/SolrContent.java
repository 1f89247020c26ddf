package org.straits.solr;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.straits.analysis.DistinctiveContent;
import org.straits.analysis.HanBigramAnalyzer;
import org.straits.index.StoryGrouping;
import org.straits.schema.Schema;

/**
 * What the content check of repost grouping ({@link StoryGrouping}, {@link DistinctiveContent})
 * reads on Solr: a candidate's stored title and body by real-time get, so a document sent but not
 * committed yet is read too; and the document frequencies of its tokens in the collection's {@link
 * StoryGrouping#HAN_FREQUENCIES} and {@link StoryGrouping#WORD_FREQUENCIES} terms as the embedded
 * engine has them just before its commit (its writer's reader): what the terms component counts in
 * the committed index, plus the documents sent since the last commit, counted here from the terms
 * Straits sent them with (Solr holds exactly those terms).
 */
final class SolrContent {
  private static final String REAL_TIME_GET = "/get";

  /** The distinct terms of one document that grouping counts. */
  record Terms(Set<String> han, Set<String> words) {
    static Terms collecting() {
      return new Terms(new HashSet<>(), new HashSet<>());
    }

    /** Where the terms of {@code field} go, or null when grouping does not count them. */
    Set<String> of(String field) {
      return field.equals(StoryGrouping.HAN_FREQUENCIES) ? han
          : field.equals(StoryGrouping.WORD_FREQUENCIES) ? words : null;
    }
  }

  private final Map<String, Integer> pendingHan = new HashMap<>();
  private final Map<String, Integer> pendingWords = new HashMap<>();

  /** A document was sent; until the next commit only this count knows its terms. */
  void sent(Terms terms) {
    terms.han().forEach(t -> pendingHan.merge(t, 1, Integer::sum));
    for (String word : terms.words()) {
      if (!HanBigramAnalyzer.hasHan(word)) { // the check looks up Latin words only
        pendingWords.merge(word, 1, Integer::sum);
      }
    }
  }

  /** The commit made the sent documents visible to the terms component. */
  void committed() {
    pendingHan.clear();
    pendingWords.clear();
  }

  /** The reads of one grouping pass over {@code collection}, which holds {@code docs} live documents. */
  Pass pass(SolrCluster cluster, String collection, int docs) {
    return new Pass(cluster, collection, docs);
  }

  /** Contents by id, and the committed frequencies of their tokens, fetched once per pass. */
  final class Pass {
    private final SolrCluster cluster;
    private final String collection;
    private final int docs;
    private final Map<String, Integer> committedHan = new HashMap<>();
    private final Map<String, Integer> committedWords = new HashMap<>();

    private Pass(SolrCluster cluster, String collection, int docs) {
      this.cluster = cluster;
      this.collection = collection;
      this.docs = docs;
    }

    /** The stored title and body of {@code id} as tokens; their frequencies are fetched with them. */
    DistinctiveContent.Tokens content(String id) throws IOException {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("id", id);
      params.set("fl", Schema.TITLE + "," + Schema.BODY);
      Object found = cluster.query(collection, REAL_TIME_GET, params).getResponse().get("doc");
      if (!(found instanceof SolrDocument doc)) {
        throw new IOException("document '" + id + "' is in Straits' record of reposts but not in collection "
            + collection + " (run 'straits index --full --backend solr')");
      }
      DistinctiveContent.Tokens tokens = DistinctiveContent.of(SolrHits.string(doc, Schema.TITLE),
          SolrHits.string(doc, Schema.BODY));
      fetch(tokens.han(), tokens.words());
      return tokens;
    }

    DistinctiveContent.Frequencies frequencies() {
      return new DistinctiveContent.Frequencies(t -> frequency(t, true), t -> frequency(t, false), docs);
    }

    private int frequency(String token, boolean han) {
      Map<String, Integer> committed = han ? committedHan : committedWords;
      if (!committed.containsKey(token)) {
        fetch(han ? Set.of(token) : Set.of(), han ? Set.of() : Set.of(token));
      }
      return committed.get(token) + (han ? pendingHan : pendingWords).getOrDefault(token, 0);
    }

    /** The committed document frequencies of the tokens not known yet, in one terms request. */
    private void fetch(Set<String> han, Set<String> words) {
      List<String> newHan = han.stream().filter(t -> !committedHan.containsKey(t)).toList();
      List<String> newWords = words.stream().filter(t -> !committedWords.containsKey(t)).toList();
      if (newHan.isEmpty() && newWords.isEmpty()) {
        return;
      }
      newHan.forEach(t -> committedHan.put(t, 0));
      newWords.forEach(t -> committedWords.put(t, 0));
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.add("terms.fl", StoryGrouping.HAN_FREQUENCIES, StoryGrouping.WORD_FREQUENCIES);
      // Tokens are letters, digits and Han characters only: no comma to escape in the list.
      params.set("terms.list", String.join(",", newHan) + (newHan.isEmpty() || newWords.isEmpty() ? "" : ",")
          + String.join(",", newWords));
      params.set("terms.limit", -1);
      params.set("terms.sort", "index");
      params.set("distrib", true);
      params.set("shards.qt", SolrConfigset.TERMS_HANDLER);
      TermsResponse response = cluster.query(collection, SolrConfigset.TERMS_HANDLER, params).getTermsResponse();
      if (response != null) {
        read(response.getTerms(StoryGrouping.HAN_FREQUENCIES), newHan, committedHan);
        read(response.getTerms(StoryGrouping.WORD_FREQUENCIES), newWords, committedWords);
      }
    }

    /** Frequencies of the tokens asked for in this field (the list was asked of both fields). */
    private static void read(List<TermsResponse.Term> terms, List<String> asked, Map<String, Integer> into) {
      if (terms == null) {
        return;
      }
      Set<String> wanted = new HashSet<>(asked);
      for (TermsResponse.Term term : terms) {
        if (wanted.contains(term.getTerm())) {
          into.put(term.getTerm(), (int) term.getFrequency());
        }
      }
    }
  }
}
