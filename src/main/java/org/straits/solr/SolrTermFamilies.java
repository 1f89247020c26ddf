package org.straits.solr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.straits.search.PorterFamilies;
import org.straits.search.TermFamilies;

/**
 * The word families of pasted prose on Solr, from the collection's own title and body terms (the
 * terms component), grouped by {@link PorterFamilies} exactly as the embedded engine groups its
 * index's terms, so a pasted sentence is widened to the same words on both engines. A family's
 * weight reads the collection's counts (one request per family, then cached). The table is read
 * again when it is older than {@link #MAX_AGE}: Solr opens new searchers on commits Straits does
 * not see from here.
 */
final class SolrTermFamilies implements TermFamilies {
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  private final SolrCluster cluster;
  private final String collection;
  private PorterFamilies families;
  private long builtAt;

  SolrTermFamilies(SolrCluster cluster, String collection) {
    this.cluster = cluster;
    this.collection = collection;
  }

  @Override
  public Family widen(List<String> terms) {
    return current().widen(terms);
  }

  private synchronized PorterFamilies current() {
    long now = System.nanoTime();
    if (families == null || now - builtAt > MAX_AGE.toNanos()) {
      families = build();
      builtAt = now;
    }
    return families;
  }

  /** Every title and body term with its document frequency (summed over the shards, as one index's would be). */
  private PorterFamilies build() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms", true);
    PorterFamilies.FIELDS.forEach(field -> params.add("terms.fl", field));
    params.set("terms.limit", -1);
    params.set("terms.sort", "index");
    params.set("distrib", true);
    params.set("shards.qt", SolrConfigset.TERMS_HANDLER);
    TermsResponse response = cluster.query(collection, SolrConfigset.TERMS_HANDLER, params).getTermsResponse();
    Map<String, Long> largest = new HashMap<>();
    List<String> words = new ArrayList<>();
    if (response != null) {
      for (String field : PorterFamilies.FIELDS) {
        List<TermsResponse.Term> terms = response.getTerms(field);
        if (terms != null) {
          for (TermsResponse.Term term : terms) {
            words.add(term.getTerm());
            largest.merge(term.getTerm(), term.getFrequency(), Math::max);
          }
        }
      }
    }
    return PorterFamilies.of(words, members -> counts(members, largest));
  }

  /** Documents with each field and holding any member, in one request of query facets. */
  private PorterFamilies.Counts counts(List<String> members, Map<String, Long> largest) {
    StringBuilder json = new StringBuilder("{");
    for (String field : PorterFamilies.FIELDS) {
      StringBuilder any = new StringBuilder(field).append(":(");
      for (int i = 0; i < members.size(); i++) {
        any.append(i == 0 ? "" : " OR ");
        SolrQueryWriter.quoted(members.get(i), any);
      }
      any.append(')');
      json.append(json.length() > 1 ? "," : "")
          .append("with_").append(field).append(":{type:query,q:\"").append(field).append(":*\"},")
          .append("any_").append(field).append(":{type:query,q:\"").append(any.toString().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\"}");
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("json.facet", json.append('}').toString());
    NamedList<?> facets = (NamedList<?>) cluster.query(collection, params).getResponse().get("facets");
    long docCount = 0;
    long holding = 0;
    for (String field : PorterFamilies.FIELDS) {
      docCount = Math.max(docCount, count(facets, "with_" + field));
      holding = Math.max(holding, count(facets, "any_" + field));
    }
    long most = members.stream().mapToLong(m -> largest.getOrDefault(m, 0L)).max().orElse(0);
    return new PorterFamilies.Counts(docCount, most, holding);
  }

  private static long count(NamedList<?> facets, String name) {
    return facets != null && facets.get(name) instanceof NamedList<?> facet && facet.get("count") instanceof Number n
        ? n.longValue() : 0;
  }
}
