import { z } from "zod";
import { parseColumns, type ClaimColumnId } from "../claim-columns";

export const EXPORT_KEYS = ["format", "bom", "cols", "v"] as const;

const tableFormat = z.enum(["csv", "xlsx"], { message: 'format must be "csv" or "xlsx"' });
const bom = z.enum(["0", "1"], { message: 'bom must be "1" (add a byte-order mark for Excel) or "0"' });

export type TableExport = { format: "csv" | "xlsx" | null; bom: boolean; columns: ClaimColumnId[] };

/** format=csv|xlsx, bom=0|1 and cols=… on a view's API; errors name the parameter. */
export function parseTableExport(params: URLSearchParams): { ok: true; value: TableExport } | { ok: false; message: string } {
  const format = params.get("format");
  const f = format === null ? null : tableFormat.safeParse(format);
  if (f && !f.success) return { ok: false, message: `format: ${f.error.issues[0].message}` };
  const b = params.get("bom") === null ? null : bom.safeParse(params.get("bom"));
  if (b && !b.success) return { ok: false, message: `bom: ${b.error.issues[0].message}` };
  const cols = parseColumns(params.getAll("cols"));
  if (!cols.ok) return { ok: false, message: cols.message };
  return { ok: true, value: { format: f?.success ? f.data : null, bom: b?.success ? b.data === "1" : false, columns: cols.columns } };
}

const citationFormat = z.enum(["ris", "bibtex", "csl-json"], { message: 'format must be "ris", "bibtex" or "csl-json"' });

export function parseCitationFormat(params: URLSearchParams): { ok: true; value: "ris" | "bibtex" | "csl-json" | null } | { ok: false; message: string } {
  const raw = params.get("format");
  if (raw === null) return { ok: true, value: null };
  const f = citationFormat.safeParse(raw);
  return f.success ? { ok: true, value: f.data } : { ok: false, message: `format: ${f.error.issues[0].message}` };
}
