package org.straits.ingest;

import java.nio.file.Path;

/**
 * A file found under the source folder.
 *
 * @param path absolute path
 * @param relativePath path relative to the source folder, '/'-separated: the document id for
 *     single-document files, and the key incremental indexing tracks
 * @param size bytes
 * @param contentHash hex SHA-256 of the bytes: what incremental indexing compares
 */
public record SourceFile(Path path, String relativePath, long size, String contentHash) {}
