package org.straits.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.index.IndexedFiles;

/**
 * What Straits knows about a Solr collection it feeds, kept under the {@code --index} folder
 * (Solr holds the documents, Straits the bookkeeping): the collection the alias points at, the
 * schema and gazetteer it was built with, the content hash and document ids of every source file
 * in it, and an unfinished rebuild's collection and files, so an interrupted run resumes. Written
 * only after the Solr commit it describes, by atomic replacement.
 *
 * @param collection the live collection (behind the alias); null before the first build
 * @param schema schema fingerprint of the live collection
 * @param gazetteer gazetteer fingerprint of the live collection
 * @param files relative source path → what of it the live collection holds
 * @param building a full rebuild in progress, or null
 */
record SolrFileState(String collection, String schema, String gazetteer, Map<String, FileEntry> files, Build building) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One source file: its content hash when indexed and the ids of its documents. */
  record FileEntry(String hash, List<String> ids) {}

  /** A rebuild into a new collection that the alias will point at when it is complete. */
  record Build(String collection, String schema, String gazetteer, Map<String, FileEntry> files) {}

  SolrFileState {
    files = files == null ? new LinkedHashMap<>() : new LinkedHashMap<>(files);
  }

  static SolrFileState empty() {
    return new SolrFileState(null, null, null, Map.of(), null);
  }

  static Path file(Path stateDir) {
    return stateDir.resolve("solr-state.json");
  }

  static SolrFileState read(Path stateDir) throws IOException {
    Path file = file(stateDir);
    if (!Files.exists(file)) {
      return empty();
    }
    try {
      return JSON.readValue(file.toFile(), SolrFileState.class);
    } catch (IOException e) {
      throw new IOException("cannot read Straits' Solr state " + file + ": " + e.getMessage()
          + " (delete it and run 'straits index --full --backend solr')", e);
    }
  }

  void write(Path stateDir) throws IOException {
    Files.createDirectories(stateDir);
    Path target = file(stateDir);
    Path temp = stateDir.resolve("solr-state.json.tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), this);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The files in the form the indexing plan compares with the source folder. */
  static IndexedFiles indexed(Map<String, FileEntry> files) {
    Map<String, String> hashes = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> fileById = new HashMap<>();
    files.forEach((file, entry) -> {
      hashes.put(file, entry.hash());
      counts.put(file, entry.ids().size());
      entry.ids().forEach(id -> fileById.put(id, file));
    });
    return new IndexedFiles(hashes, counts, fileById);
  }
}
