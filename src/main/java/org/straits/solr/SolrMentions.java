package org.straits.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.straits.schema.FacetDim;
import org.straits.schema.Schema;
import org.straits.search.DiscoveredCandidates;
import org.straits.search.DocumentPicker;
import org.straits.search.EntityProfile;
import org.straits.search.FacetNode;
import org.straits.search.SearchResult;
import org.straits.search.SortOrder;
import org.straits.search.TitlePrefixQuery;

/**
 * The Solr engine's answers for the pages beside search: an entity profile's figures (one request:
 * the newest documents naming it, its timeline and co-mentions as JSON facets), the review queue
 * of discovered names and the admin area's document picker, with the embedded engine's rules.
 */
final class SolrMentions {
  private static final String CO_MENTIONS = "entities";

  private final SolrCluster cluster;
  private final String collection;
  private final TitlePrefixQuery titlePrefix;
  private final SolrQueryWriter writer = new SolrQueryWriter();

  SolrMentions(SolrCluster cluster, String collection, TitlePrefixQuery titlePrefix) {
    this.cluster = cluster;
    this.collection = collection;
    this.titlePrefix = titlePrefix;
  }

  EntityProfile.Mentions mentions(String entityId, int newest) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", "{!term f=" + Schema.ENTITY + "}" + entityId);
    params.set("sort", SolrRequests.sort(SortOrder.NEWEST));
    params.set("rows", newest);
    params.set("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.DATE));
    params.set("json.facet", "{" + CO_MENTIONS + ":{type:terms,field:" + Schema.ENTITY + ",limit:-1,mincount:1},"
        + FacetDim.DATE.id() + ":{type:terms,field:" + SolrFields.facetField(FacetDim.DATE) + ",limit:-1,mincount:1}}");
    QueryResponse response = cluster.query(collection, params);
    NamedList<?> facets = response.getResponse().get("facets") instanceof NamedList<?> f ? f : null;
    List<EntityProfile.DocumentRef> documents = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      documents.add(new EntityProfile.DocumentRef(SolrHits.string(doc, Schema.ID), SolrHits.string(doc, Schema.TITLE),
          SolrHits.string(doc, Schema.DATE)));
    }
    return new EntityProfile.Mentions(response.getResults().getNumFound(), periods(new SolrFacets(facets)),
        coMentions(facets), documents);
  }

  /** Per year, or per month of the one year. */
  private static List<SearchResult.FacetValue> periods(SolrFacets counts) {
    List<SearchResult.FacetValue> years = values(counts, List.of());
    return years.size() == 1 ? values(counts, List.of(years.get(0).value())) : years;
  }

  private static List<SearchResult.FacetValue> values(SolrFacets counts, List<String> parent) {
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (FacetNode node : counts.children(FacetDim.DATE.id(), parent, 0, Integer.MAX_VALUE)) {
      values.add(new SearchResult.FacetValue(node.value(), node.count(), node.path()));
    }
    values.sort(Comparator.comparing(SearchResult.FacetValue::value));
    return values;
  }

  private static Map<String, Integer> coMentions(NamedList<?> facets) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (facets != null && facets.get(CO_MENTIONS) instanceof NamedList<?> list && list.get("buckets") instanceof List<?> buckets) {
      for (Object bucket : buckets) {
        NamedList<?> b = (NamedList<?>) bucket;
        counts.put(String.valueOf(b.get("val")), ((Number) b.get("count")).intValue());
      }
    }
    return counts;
  }

  /** Discovered-value keys with the documents holding each, most first (the review queue). */
  List<Map.Entry<String, Integer>> discoveredKeys() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    params.set("json.facet", "{keys:{type:terms,field:" + Schema.DISCOVERED_KEY + ",limit:-1,mincount:1}}");
    NamedList<?> facets = (NamedList<?>) cluster.query(collection, params).getResponse().get("facets");
    List<Map.Entry<String, Integer>> keys = new ArrayList<>();
    if (facets != null && facets.get("keys") instanceof NamedList<?> list && list.get("buckets") instanceof List<?> buckets) {
      for (Object bucket : buckets) {
        NamedList<?> b = (NamedList<?>) bucket;
        keys.add(Map.entry(String.valueOf(b.get("val")), ((Number) b.get("count")).intValue()));
      }
    }
    return DiscoveredCandidates.byDocuments(keys);
  }

  DiscoveredCandidates.Holders discoveredIn(String key, int limit) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + Schema.DISCOVERED_KEY + "}" + key);
    params.set("rows", limit);
    params.set("sort", Schema.ID + " asc");
    params.set("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.BODY, Schema.DISCOVERED, Schema.REGION_IDS,
        Schema.ACTOR_IDS));
    SolrDocumentList found = cluster.query(collection, params).getResults();
    List<DiscoveredCandidates.Holder> first = new ArrayList<>();
    for (SolrDocument doc : found) {
      List<String> mentions = new ArrayList<>(SolrHits.strings(doc, Schema.REGION_IDS));
      mentions.addAll(SolrHits.strings(doc, Schema.ACTOR_IDS));
      first.add(new DiscoveredCandidates.Holder(SolrHits.string(doc, Schema.ID), SolrHits.string(doc, Schema.TITLE),
          SolrHits.string(doc, Schema.BODY), SolrHits.strings(doc, Schema.DISCOVERED), mentions));
    }
    return new DiscoveredCandidates.Holders((int) found.getNumFound(), first);
  }

  /** The exact id, ids starting with the text, then titles with a word starting with it. */
  List<DocumentPicker.Pick> pick(String text, int limit) {
    Map<String, DocumentPicker.Pick> picks = new LinkedHashMap<>();
    collect("{!term f=" + Schema.ID + "}" + text, limit, picks);
    collect("{!prefix f=" + Schema.ID + "}" + text, limit, picks);
    Optional<Query> titles = titlePrefix.build(text);
    if (titles.isPresent()) {
      collect(writer.write(titles.get()), limit, picks);
    }
    return List.copyOf(picks.values());
  }

  private void collect(String query, int limit, Map<String, DocumentPicker.Pick> into) {
    if (into.size() >= limit) {
      return;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", limit);
    params.set("sort", "score desc," + Schema.ID + " asc");
    params.set("fl", String.join(",", Schema.ID, Schema.TITLE, Schema.FILE, Schema.DATE, Schema.LANG));
    for (SolrDocument doc : cluster.query(collection, params).getResults()) {
      if (into.size() < limit) {
        into.putIfAbsent(SolrHits.string(doc, Schema.ID), new DocumentPicker.Pick(SolrHits.string(doc, Schema.ID),
            SolrHits.string(doc, Schema.TITLE), SolrHits.string(doc, Schema.FILE), SolrHits.string(doc, Schema.DATE),
            SolrHits.string(doc, Schema.LANG)));
      }
    }
  }
}
