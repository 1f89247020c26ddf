package org.straits.search;

import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.straits.App;
import org.straits.bench.IndexingBench;
import org.straits.index.Fields;

/** Developer probe (issue 11): which offset source the highlighter picks per field for a query. */
public final class HighlightSourceProbe {
  private HighlightSourceProbe() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    App app = IndexingBench.app(work.resolve("source"), work.resolve("index"), null, 2);
    UserQueryParser parser = new UserQueryParser(app.analyzer(), app.entityNames());
    try (IndexView view = app.openIndex()) {
      view.read((searcher, state) -> {
        for (int i = 1; i < args.length; i++) {
          UserQueryParser.ParsedQuery parsed = parser.parse(args[i]);
          System.out.println(args[i] + "\n  query: " + parsed.query() + "\n  highlight: " + parsed.highlight());
          Sources h = new Sources(Highlighting.builder(searcher, app.analyzer(), 1000));
          parsed.highlight().visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
              return field.equals(Fields.BODY);
            }

            @Override
            public void visitLeaf(Query leaf) {
              System.out.println("  leaf " + leaf.getClass().getName() + " " + leaf);
            }
          });
          for (String field : new String[] {Fields.TITLE, Fields.BODY, Fields.NOTES, Fields.TITLE_CJK, Fields.BODY_CJK}) {
            System.out.println("  " + field + ": " + h.source(field, parsed.highlight()));
          }
        }
        return null;
      });
    }
  }

  private static final class Sources extends Highlighting.PostingsHighlighter {
    Sources(Builder builder) {
      super(builder);
    }

    String source(String field, Query query) {
      var components = getHighlightComponents(field, query, extractTerms(query));
      return getOptimizedOffsetSource(components) + " (field " + getOffsetSource(field) + ", automata "
          + components.automata().length + ", rewrite " + components.phraseHelper().willRewrite() + ", unknown "
          + components.hasUnrecognizedQueryPart() + ")";
    }
  }
}
