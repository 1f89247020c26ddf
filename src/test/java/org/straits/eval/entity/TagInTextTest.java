package org.straits.eval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tags discovery's recall counts, and which discovered values name them. */
class TagInTextTest {
  @Test
  void aTagCountsOnlyWhereItIsANameOfItsOwn() {
    assertEquals(-1, TagInText.firstAsName("Reefs of the Coral Sea are bleaching.", "Coral"));
    assertEquals(-1, TagInText.firstAsName("He left Stratford early.", "Ford"));
    assertEquals(-1, TagInText.firstAsName("Archbishop Rowan Williams spoke.", "Williams"));
    assertTrue(TagInText.firstAsName("Shares in the bookmaker Coral rose 3p.", "Coral") > 0);
    assertTrue(TagInText.firstAsName("The Barbican opened its doors.", "Barbican") > 0);
    assertTrue(TagInText.firstAsName("Sir Alex Ferguson said so.", "Alex Ferguson") > 0, "a title is not part of a name");
  }

  @Test
  void aValueNamesTheTagWithoutItsTitleOrBracketedAcronym() {
    assertTrue(TagInText.forms("Sir Alex Ferguson").contains("Alex Ferguson"));
    assertTrue(TagInText.forms("The Beatles").contains("Beatles"));
    assertEquals(List.of("Intergovernmental Panel on Climate Change (IPCC)",
        "Intergovernmental Panel on Climate Change", "IPCC"),
        TagInText.forms("Intergovernmental Panel on Climate Change (IPCC)"));
  }
}
