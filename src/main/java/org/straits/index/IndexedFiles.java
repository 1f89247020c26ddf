package org.straits.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * What the index holds, per source file: the content hash it was indexed at, how many documents
 * came from it, and which file each id belongs to. Incremental indexing compares this with the
 * source folder.
 */
public record IndexedFiles(Map<String, String> hashByFile, Map<String, Integer> docsByFile,
    Map<String, String> fileById) {

  public static IndexedFiles empty() {
    return new IndexedFiles(Map.of(), Map.of(), Map.of());
  }

  public static IndexedFiles read(DirectoryReader reader) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> files = new HashMap<>();
    Set<String> wanted = Set.of(Fields.ID, Fields.FILE, Fields.FILE_HASH);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader leafReader = leaf.reader();
      Bits live = leafReader.getLiveDocs();
      StoredFields stored = leafReader.storedFields();
      for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document fields = stored.document(doc, wanted);
        String file = fields.get(Fields.FILE);
        hashes.put(file, fields.get(Fields.FILE_HASH));
        counts.merge(file, 1, Integer::sum);
        files.put(fields.get(Fields.ID), file);
      }
    }
    return new IndexedFiles(hashes, counts, files);
  }

  public int documentsFrom(String file) {
    return docsByFile.getOrDefault(file, 0);
  }
}
