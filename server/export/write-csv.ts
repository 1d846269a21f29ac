import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../../lib/export/neutralise-formula";

export type ExportCell = string | number | null | { text: string; hyperlink: string | null };
export type ExportTable = { name: string; headers: string[]; widths?: number[]; rows: AsyncIterable<ExportCell[]> | Iterable<ExportCell[]> };
/** A view's table, small enough to hold in memory (a comparison, a matrix): rows are a plain array. */
export type ViewTable = ExportTable & { rows: ExportCell[][] };

const text = (cell: ExportCell): string => (cell === null ? "" : typeof cell === "object" ? cell.text : typeof cell === "number" ? String(cell) : neutraliseFormula(cell));

/** Rows per chunk: one write of a few hundred kB instead of one stream chunk (and its promises) per row. */
const ROWS_PER_CHUNK = 250;

/**
 * RFC 4180 CSV (CRLF, quotes where needed), UTF-8, optionally with a BOM for Excel; streamed. Pull-based: the next
 * chunk of rows is read (and the next batch of claims loaded) only when the reader has taken the last one, so a
 * slow download holds one chunk, not the file.
 */
export function writeCsv(table: ExportTable, options: { bom: boolean }): ReadableStream<Uint8Array> {
  const rows = Symbol.asyncIterator in table.rows ? table.rows[Symbol.asyncIterator]() : table.rows[Symbol.iterator]();
  const encoder = new TextEncoder();
  const csv = (records: string[][], header: boolean) =>
    stringify(records, { header, columns: header ? table.headers.map(String) : undefined, record_delimiter: "\r\n", bom: header && options.bom });
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const records: string[][] = [];
        let done = false;
        while (records.length < ROWS_PER_CHUNK) {
          const next = await rows.next();
          if (next.done) {
            done = true;
            break;
          }
          records.push(next.value.map(text));
        }
        if (records.length > 0 || first) controller.enqueue(encoder.encode(csv(records, first)));
        first = false;
        if (done) controller.close();
      },
      async cancel() {
        await rows.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
