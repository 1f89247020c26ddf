package org.straits.eval;

/** One query of a test collection: its id in the judgments and its text. */
public record EvalQuery(String id, String text) {}
