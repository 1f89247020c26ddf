package org.straits.solr;

import java.util.HashMap;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.straits.schema.Schema;

/** The repost groups of a collection as readers see them (id → {@code dup_group}), for evaluating the grouping. */
public final class SolrGroups {
  private static final int PAGE = 5_000;

  private SolrGroups() {}

  /** Every document's group in {@code collection} (an alias or a collection); 0 is a story of one. */
  public static Map<String, Long> read(SolrCluster cluster, String collection) {
    Map<String, Long> groups = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("fl", Schema.ID + "," + Schema.DUP_GROUP);
      params.set("rows", PAGE);
      params.set("sort", Schema.ID + " asc");
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = cluster.query(collection, params);
      SolrDocumentList page = response.getResults();
      for (SolrDocument doc : page) {
        groups.put(SolrHits.string(doc, Schema.ID), SolrHits.group(doc));
      }
      String next = response.getNextCursorMark();
      if (page.isEmpty() || next == null || next.equals(cursor)) {
        return groups;
      }
      cursor = next;
    }
  }
}
