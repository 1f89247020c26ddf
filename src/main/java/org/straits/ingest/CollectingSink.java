package org.straits.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader found in memory: for checking one file (an upload) before it is stored. */
public class CollectingSink implements DocumentSink {
  private final List<SourceDocument> documents = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void document(SourceDocument document) {
    documents.add(document);
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
  }

  public List<SourceDocument> documents() {
    return documents;
  }

  public List<IngestProblem> problems() {
    return problems;
  }

  /** The problems that made a file or line be skipped. */
  public List<IngestProblem> fatalProblems() {
    return problems.stream().filter(IngestProblem::fatal).toList();
  }
}
