package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports: query, snippet and link columns; XLSX as well as CSV and JSON; filters respected. */
class ExportTest extends ServedFixtureTest {
  @Test
  void csvHasQuerySnippetAndLinkColumnsAndKeepsTheBom() throws Exception {
    String body = site.get("/export.csv?q=ferry").body();
    assertEquals('\uFEFF', body.charAt(0), "byte-order mark for spreadsheet programs");
    List<String> lines = body.substring(1).lines().toList();
    assertEquals(String.join(",", ExportRecord.COLUMNS), lines.get(0));
    assertEquals(2, lines.size(), "header and the one ferry document");
    String row = lines.get(1);
    assertTrue(row.startsWith("ferry," + WebFixture.KINMEN_ID + ","), row);
    assertTrue(row.contains(site.url("/doc/" + WebFixture.KINMEN_ID + "?q=ferry")), "the document link: " + row);
    assertTrue(row.contains("Officials from Kinmen and Xiamen met to resume ferry services"), "a plain snippet: " + row);
    assertTrue(!row.contains("<mark>"), "no markup in a cell");
  }

  @Test
  void jsonRowsCarryTheSameColumnsAndTheOriginalUrl() throws Exception {
    JsonNode rows = WebServerTest.json(site.get("/export.json?q=" + SearchLinks.encode("台湾海峡") + "&lang=zh"));
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asText()));
    assertTrue(ids.contains("xinhua:2019/strait") && ids.size() == 2, "the lang filter holds: " + ids);
    JsonNode xinhua = rows.get(ids.indexOf("xinhua:2019/strait"));
    assertEquals(WebFixture.CCTV_URL, xinhua.get("url").asText(), "the original address is exported");
    assertEquals("台湾海峡", xinhua.get("query").asText());
    assertTrue(xinhua.get("snippet").asText().contains("台湾海峡两岸关系"), xinhua.toString());
    assertTrue(xinhua.get("link").asText().endsWith("/doc/xinhua:2019/strait?q=" + SearchLinks.encode("台湾海峡")));
    assertTrue(xinhua.get("regions").isArray());
    List<String> fields = new ArrayList<>();
    xinhua.fieldNames().forEachRemaining(fields::add);
    assertEquals(ExportRecord.COLUMNS, fields);
  }

  @Test
  void xlsxIsAWorkbookOfEveryFilteredHit() throws Exception {
    HttpResponse<byte[]> response = site.getBytes("/export.xlsx?q=bulletin&size=10&region=Taiwan%20Strait");
    assertEquals(200, response.statusCode());
    assertEquals(ExportHandler.XLSX_TYPE, response.headers().firstValue("content-type").orElse(""));
    assertTrue(response.headers().firstValue("content-disposition").orElse("").matches("attachment; filename=\"straits-export-.*\\.xlsx\""));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals(1 + WebFixture.BULLETINS, sheet.getPhysicalNumberOfRows(), "header plus every hit, not one page");
      Row header = sheet.getRow(0);
      for (int i = 0; i < ExportRecord.COLUMNS.size(); i++) {
        assertEquals(ExportRecord.COLUMNS.get(i), header.getCell(i).getStringCellValue());
      }
      Row first = sheet.getRow(1);
      assertEquals("bulletin", first.getCell(0).getStringCellValue());
      assertTrue(first.getCell(ExportRecord.COLUMNS.indexOf("score")).getNumericCellValue() > 0);
      assertTrue(first.getCell(ExportRecord.COLUMNS.indexOf("snippet")).getStringCellValue().contains("bulletin"));
    }
  }

  @Test
  void xlsxCellsAreTextNeverFormulasAndChineseSurvives() throws Exception {
    HttpResponse<byte[]> response = site.getBytes("/export.xlsx?q=payload");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Row row = book.getSheetAt(0).getRow(1);
      assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(ExportRecord.COLUMNS.indexOf("source")).getCellType());
      assertEquals(WebFixture.XSS_IMG, row.getCell(ExportRecord.COLUMNS.indexOf("source")).getStringCellValue());
    }
    HttpResponse<byte[]> zh = site.getBytes("/export.xlsx?q=" + SearchLinks.encode("臺灣"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(zh.body()))) {
      assertTrue(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue().matches(".*[台臺][湾灣].*"));
    }
  }

  @Test
  void aBadRequestIsAnErrorPageNotADownload() throws Exception {
    HttpResponse<String> bad = site.get("/export.xlsx?sort=random");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.headers().firstValue("content-disposition").isEmpty());
  }
}
