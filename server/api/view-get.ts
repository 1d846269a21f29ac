import "server-only";
import { NextResponse } from "next/server";
import { EXPORT_KEYS, parseTableExport } from "../../lib/schemas/export-query";
import { exportAbout } from "../export/export-about";
import { exportResponse } from "../export/export-response";
import type { ViewTable } from "../export/write-csv";
import { citationsTable } from "../export/view-tables";
import type { Reference } from "../../lib/references";
import { BadRequestError, handle } from "./errors";
import { withHttpCache } from "./http-cache";
import { limitExport } from "./rate-limit";

type Parsed<Q> = { ok: true; query: Q } | { ok: false; message: string; issues: { param: string; message: string }[] };

/**
 * A view's GET handler: parses the query with the view's own parser and returns the view's data
 * as JSON, or — with format=csv|xlsx — the same data as a file, through `toTable`.
 */
export function viewGet<Q, D extends { datasetVersion: string | null }>(
  view: string,
  parse: (params: URLSearchParams, extra: string[]) => Parsed<Q>,
  load: (query: Q) => Promise<D>,
  toTable: (data: D, origin: string) => ViewTable,
) {
  return (request: { nextUrl: URL; headers: Headers }) =>
    handle(async () => {
      // A malformed request is answered 400 before anything touches the store.
      const params = request.nextUrl.searchParams;
      const parsed = parse(params, [...EXPORT_KEYS]);
      if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
      const exp = parseTableExport(params);
      if (!exp.ok) throw new BadRequestError(exp.message);
      const { format, bom } = exp.value;
      return withHttpCache(request, async () => {
        if (format) await limitExport(request);
        const data = await load(parsed.query);
        if (!format) return NextResponse.json(data);
        const table = toTable(data, request.nextUrl.origin);
        // A view with references gets them as a second sheet in XLSX (the CSV rows carry citation columns).
        const references = (data as { references?: Reference[] }).references;
        const tables = references ? [() => table, () => citationsTable(references)] : [() => table];
        return exportResponse({ view, params, format, bom, tables, about: () => exportAbout(view, params, data.datasetVersion, table.rows.length) });
      });
    });
}
