package org.straits.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void splitsEnglishAndChineseNameLists() {
    assertEquals(List.of("A Ba", "C Da", "E Fa"), PersonNames.split("A Ba, C Da, and E Fa"));
    assertEquals(List.of("A Ba", "C Da", "E Fa"), PersonNames.split("A Ba, C Da and E Fa"));
    assertEquals(List.of("A Ba", "C Da"), PersonNames.split("A Ba and C Da"));
    assertEquals(List.of("A Ba", "C Da"), PersonNames.split("A Ba & C Da"));
    assertEquals(List.of("王小明", "陈大文", "李四"), PersonNames.split("王小明、陈大文，李四"));
    assertEquals(List.of("Xiu Chunping"), PersonNames.split("  Xiu   Chunping[1] "));
    assertEquals(List.of(), PersonNames.split(" "));
  }

  @Test
  void separatesTheOrganisation() {
    assertEquals(new PersonNames.Credits(List.of("Nils Peterson", "Matthew Sperzel", "Daniel Shats"),
            "Institute for the Study of War"),
        PersonNames.parseCredits("Nils Peterson, Matthew Sperzel, and Daniel Shats of the Institute for the Study of War"));
    assertEquals(new PersonNames.Credits(List.of("Dan Blumenthal", "Frederick W. Kagan"), "American Enterprise Institute"),
        PersonNames.parseCredits("Dan Blumenthal and Frederick W. Kagan of the American Enterprise Institute"));
    assertEquals(new PersonNames.Credits(List.of("Jane Roe"), ""), PersonNames.parseCredits("Jane Roe"));
  }
}
