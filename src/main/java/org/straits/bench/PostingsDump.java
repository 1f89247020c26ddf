package org.straits.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.straits.index.Fields;

/**
 * Every indexed term of a sample of documents, one line per document, field and term with its
 * frequency, positions and offsets, sorted: two indexes of the same documents built by two builds
 * hold the same content exactly when their dumps are equal, whatever their segments and doc ids.
 * A document is in the sample when its id's hash is a multiple of {@code every}.
 *
 * <pre>java -cp target/straits.jar org.straits.bench.PostingsDump INDEX OUT.txt [every=70]</pre>
 */
public final class PostingsDump {
  private PostingsDump() {}

  public static void main(String[] args) throws IOException {
    int every = args.length > 2 ? Integer.parseInt(args[2]) : 70;
    List<String> lines = dump(Path.of(args[0]), every);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      lines.forEach(out::println);
    }
  }

  /** The sorted lines of the sampled documents of the index in {@code dir}. */
  public static List<String> dump(Path dir, int every) throws IOException {
    List<String> lines = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Map<Integer, String> sample = sample(leaf.reader(), every);
        for (FieldInfo field : leaf.reader().getFieldInfos()) {
          if (field.getIndexOptions() != IndexOptions.NONE) {
            dumpField(leaf.reader(), field, sample, lines);
          }
        }
      }
    }
    Collections.sort(lines);
    return lines;
  }

  private static Map<Integer, String> sample(LeafReader leaf, int every) throws IOException {
    Map<Integer, String> sample = new HashMap<>();
    StoredFields stored = leaf.storedFields();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      String id = stored.document(doc, Set.of(Fields.ID)).get(Fields.ID);
      if (id != null && Math.floorMod(id.hashCode(), every) == 0) {
        sample.put(doc, id);
      }
    }
    return sample;
  }

  private static void dumpField(LeafReader leaf, FieldInfo field, Map<Integer, String> sample, List<String> lines)
      throws IOException {
    Terms terms = leaf.terms(field.name);
    if (terms == null) {
      return;
    }
    boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
      String text = term.utf8ToString();
      postings = termsEnum.postings(postings, PostingsEnum.ALL);
      for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
        String id = sample.get(doc);
        if (id != null) {
          lines.add(line(id, field.name, text, postings, positions));
        }
      }
    }
  }

  private static String line(String id, String field, String term, PostingsEnum postings, boolean positions)
      throws IOException {
    StringBuilder line = new StringBuilder(id).append('\t').append(field).append('\t').append(term)
        .append('\t').append(postings.freq());
    for (int i = 0; positions && i < postings.freq(); i++) {
      line.append(' ').append(postings.nextPosition()).append(':').append(postings.startOffset()).append('-')
          .append(postings.endOffset());
    }
    return line.toString();
  }
}
