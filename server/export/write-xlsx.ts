import "server-only";
import ExcelJS from "exceljs";
import { PassThrough, Readable } from "node:stream";
import type { ExportCell, ExportTable } from "./write-csv";

const HEADER_FONT = { bold: true };

function cellValue(cell: ExportCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "object") return cell.hyperlink ? { text: cell.text, hyperlink: cell.hyperlink } : cell.text;
  return cell; // numbers stay numbers; strings are stored as text, never as formulas
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ExportTable, filterable: boolean) {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths?.[i] ?? 18 }));
  sheet.getRow(1).font = HEADER_FONT;
  if (filterable) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  for await (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, i) => {
      if (cell && typeof cell === "object" && cell.hyperlink) added.getCell(i + 1).font = { color: { argb: "FF0B5CAD" }, underline: true };
    });
    added.alignment = { wrapText: true, vertical: "top" };
    added.commit();
  }
  sheet.commit();
}

/**
 * A real workbook, streamed: each table a sheet with a frozen, filterable header row, typed cells
 * and hyperlinks, then an "About this export" sheet.
 */
export function writeXlsx(tables: (() => ExportTable)[], about: [string, string][]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Ketamine evidence tables";
  (async () => {
    for (const [i, table] of tables.entries()) await writeSheet(workbook, table(), i === 0);
    await writeSheet(workbook, { name: "About this export", headers: ["Item", "Value"], widths: [28, 110], rows: about }, false);
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
