import "server-only";
import { stringify } from "csv-stringify";
import { Readable } from "node:stream";
import { neutraliseFormula } from "../../lib/export/neutralise-formula";

export type ExportCell = string | number | null | { text: string; hyperlink: string | null };
export type ExportTable = { name: string; headers: string[]; widths?: number[]; rows: AsyncIterable<ExportCell[]> | Iterable<ExportCell[]> };
/** A view's table, small enough to hold in memory (a comparison, a matrix): rows are a plain array. */
export type ViewTable = ExportTable & { rows: ExportCell[][] };

const text = (cell: ExportCell): string => (cell === null ? "" : typeof cell === "object" ? cell.text : typeof cell === "number" ? String(cell) : neutraliseFormula(cell));

/** RFC 4180 CSV (CRLF, quotes where needed), UTF-8, optionally with a BOM for Excel; streamed. */
export function writeCsv(table: ExportTable, options: { bom: boolean }): ReadableStream<Uint8Array> {
  const csv = stringify({ header: true, columns: table.headers.map(String), record_delimiter: "\r\n", bom: options.bom});
  const source = Readable.from(
    (async function* () {
      for await (const row of table.rows) yield row.map(text);
    })(),
  );
  source.on("error", (error) => csv.destroy(error));
  return Readable.toWeb(source.pipe(csv)) as ReadableStream<Uint8Array>;
}
