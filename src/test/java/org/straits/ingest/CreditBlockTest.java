package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditBlockTest {

  @Test
  void readsAuthorsEditorsAndCutoff() {
    List<String> lines = List.of("",
        "Authors: Nils Peterson, Matthew Sperzel, and Daniel Shats of the Institute for the Study of War",
        "Editors: Dan Blumenthal and Frederick W. Kagan of the American Enterprise Institute",
        "Data Cutoff: February 21 at 5pm ET",
        "The body.");
    assertEquals(Optional.of(new CreditBlock(List.of("Nils Peterson", "Matthew Sperzel", "Daniel Shats"),
            List.of("Dan Blumenthal", "Frederick W. Kagan"), "Institute for the Study of War",
            "February 21 at 5pm ET", 4)),
        CreditBlock.parse(lines));
  }

  @Test
  void needsSomeoneCredited() {
    assertEquals(Optional.empty(), CreditBlock.parse(List.of("Date: 2024-02-21", "Text")));
    assertEquals(Optional.empty(), CreditBlock.parse(List.of("Plain text")));
  }
}
