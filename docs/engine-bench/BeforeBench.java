import java.nio.file.Path;
import java.util.*;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.search.*;

public class BeforeBench {
  public static void main(String[] a) throws Exception {
    StraitsConfig c = new StraitsConfig(Path.of("/tmp/engine-corpus-src"), Path.of(a[0]), null, "127.0.0.1", 0, 2, 100L << 20, null, 1 << 20, 30);
    App app = new App(c);
    IndexView view = app.openIndex();
    SearchService service = app.searchService(view);
    FacetBrowser facets = app.facetBrowser(view);
    String[][] qs = {{"Xi Jinping visit", ""}, {"Taiwan election", ""}, {"台湾 问题", ""}, {"", ""}, {"", "Taiwan"}};
    for (String[] q : qs) {
      Map<String, List<String>> f = q[1].isEmpty() ? Map.of() : Map.of("region", List.of(q[1]));
      SearchRequest page = new SearchRequest(q[0], f, null, null, null, 1, 10, 40);
      SearchRequest api = new SearchRequest(q[0], f, null, null, null, 1, 10, 10);
      List<Long> pt = new ArrayList<>(), at = new ArrayList<>();
      for (int i = 0; i < 35; i++) {
        long t = System.nanoTime();
        SearchResult r = service.search(page);
        facets.tree(page, "region", 3, 40);
        facets.tree(page, "actor", 3, 40);
        List<SearchResult.FacetValue> years = r.facets().get("date");
        if (years.size() == 1) facets.values(page, "date", years.get(0).path(), "", 12);
        long p = System.nanoTime() - t;
        t = System.nanoTime(); service.search(api); long x = System.nanoTime() - t;
        if (i >= 5) { pt.add(p / 1000); at.add(x / 1000); }
      }
      Collections.sort(pt); Collections.sort(at);
      System.out.printf("before %-18s page %6.1f ms  api %6.1f ms%n", q[0].isEmpty() ? "browse " + q[1] : q[0], pt.get(15) / 1000.0, at.get(15) / 1000.0);
    }
    System.exit(0);
  }
}
