import "server-only";
import { exportFileName } from "../../lib/export/file-name";
import { writeCsv, type ExportTable } from "./write-csv";
import { writeXlsx } from "./write-xlsx";

/** XLSX and citation files are assembled in memory: at most this many rows. */
export const MAX_EXPORT_ROWS = 20_000;
/** CSV streams in batches with flat memory: a whole 100,000-claim store fits. */
export const MAX_CSV_ROWS = 200_000;

export class ExportTooLargeError extends Error {
  constructor(rows: number, limit = MAX_EXPORT_ROWS) {
    super(`This export would hold ${rows} rows; the limit is ${limit}. Add a filter (for example a subtype or a route) and export again.`);
    this.name = "ExportTooLargeError";
  }
}

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A file download in the requested format, streamed, named after the view and its filters. */
export function exportResponse(options: {
  view: string;
  params: URLSearchParams;
  format: "csv" | "xlsx";
  bom: boolean;
  tables: (() => ExportTable)[];
  about: () => [string, string][];
}): Response {
  const body =
    options.format === "csv" ? writeCsv(options.tables[0](), { bom: options.bom }) : writeXlsx(options.tables, options.about());
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[options.format],
      "Content-Disposition": `attachment; filename="${exportFileName(options.view, options.params, options.format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
