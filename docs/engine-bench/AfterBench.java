import java.nio.file.Path;
import java.util.*;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.search.*;

public class AfterBench {
  public static void main(String[] a) throws Exception {
    StraitsConfig c = new StraitsConfig(Path.of("/tmp/engine-corpus-src"), Path.of(a[0]), null, "127.0.0.1", 0, 2, 100L << 20, null, 1 << 20, 30);
    App app = new App(c);
    SearchEngine engine = app.searchEngine(app.openIndex());
    String[][] qs = {{"Xi Jinping visit", ""}, {"Taiwan election", ""}, {"台湾 问题", ""}, {"", ""}, {"", "Taiwan"}};
    for (String[] q : qs) {
      Map<String, List<String>> f = q[1].isEmpty() ? Map.of() : Map.of("region", List.of(q[1]));
      SearchRequest page = new SearchRequest(q[0], f, Map.of(), Set.of(), null, null, null, 1, 10, 40, 3, false);
      SearchRequest api = new SearchRequest(q[0], f, null, null, null, 1, 10, 10);
      List<Long> pt = new ArrayList<>(), at = new ArrayList<>();
      for (int i = 0; i < 35; i++) {
        long t = System.nanoTime(); engine.search(page); long p = System.nanoTime() - t;
        t = System.nanoTime(); engine.search(api); long x = System.nanoTime() - t;
        if (i >= 5) { pt.add(p / 1000); at.add(x / 1000); }
      }
      Collections.sort(pt); Collections.sort(at);
      System.out.printf("after  %-18s page %6.1f ms  api %6.1f ms%n", q[0].isEmpty() ? "browse " + q[1] : q[0], pt.get(15) / 1000.0, at.get(15) / 1000.0);
    }
    System.exit(0);
  }
}
