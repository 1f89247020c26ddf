package org.straits.eval.entity;

/** A tag and how many articles carry it (or, in a miss list, how often it was missed). */
public record TagCount(String tag, int count) {}
