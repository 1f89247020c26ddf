package org.straits.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet XLSX workbook written row by row with POI's streaming SXSSF writer: only the last
 * {@link #WINDOW} rows stay in memory, the rest go to a compressed temporary file that is zipped
 * into the output at {@link #finish} and deleted. Every cell is text (the score a number), so
 * nothing a document says can run as a formula.
 */
final class XlsxWriter implements AutoCloseable {
  private static final int WINDOW = 100;
  /** Excel's limit for one cell. */
  static final int MAX_CELL = 32_767;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final int numberColumn;
  private int next;

  /** A sheet with a bold, frozen header row; the column named {@code numberColumn} holds numbers. */
  XlsxWriter(String sheetName, List<String> header, String numberColumn) {
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(sheetName);
    this.numberColumn = header.indexOf(numberColumn);
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < header.size(); i++) {
      row.createCell(i).setCellValue(header.get(i));
      row.getCell(i).setCellStyle(style);
    }
    sheet.createFreezePane(0, 1);
  }

  void row(List<String> cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i) == null ? "" : cells.get(i);
      if (i == numberColumn && !text.isEmpty()) {
        row.createCell(i).setCellValue(Double.parseDouble(text));
      } else {
        row.createCell(i).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
      }
    }
  }

  void finish(OutputStream out) throws IOException {
    workbook.write(out);
  }

  /** Deletes the temporary file, finished or not. */
  @Override
  public void close() throws IOException {
    workbook.dispose();
    workbook.close();
  }
}
