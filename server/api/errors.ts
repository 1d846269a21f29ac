import "server-only";
import { NextResponse } from "next/server";
import { StoreUnavailableError } from "../db";
import { EXPORT_KEYS, parseTableExport } from "../../lib/schemas/export-query";
import { exportAbout } from "../export/export-about";
import { ExportTooLargeError, exportResponse } from "../export/export-response";
import type { ExportTable } from "../export/write-csv";

export class BadRequestError extends Error {
  constructor(message: string, readonly issues: { param: string; message: string }[] = []) {
    super(message);
    this.name = "BadRequestError";
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The one place route handlers turn errors into responses. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof BadRequestError) {
    return NextResponse.json({ error: "bad_request", message: error.message, issues: error.issues }, { status: 400 });
  }
  if (error instanceof NotFoundError) {
    return NextResponse.json({ error: "not_found", message: error.message }, { status: 404 });
  }
  if (error instanceof ExportTooLargeError) {
    return NextResponse.json({ error: "export_too_large", message: error.message }, { status: 413 });
  }
  if (error instanceof StoreUnavailableError) {
    return NextResponse.json(
      { error: "database_unavailable", message: "The evidence database cannot be reached. Try again shortly; if it persists, check the database server." },
      { status: 503 },
    );
  }
  console.error(error);
  return NextResponse.json({ error: "internal", message: "Something went wrong on the server." }, { status: 500 });
}

export function handle(fn: () => Promise<Response>): Promise<Response> {
  return fn().catch(errorResponse);
}

type Parsed<Q> = { ok: true; query: Q } | { ok: false; message: string; issues: { param: string; message: string }[] };

/**
 * A view's GET handler: parses the query with the view's own parser and returns the view's data
 * as JSON, or — with format=csv|xlsx — the same data as a file, through `toTable`.
 */
export function viewGet<Q, D extends { datasetVersion: string | null }>(
  view: string,
  parse: (params: URLSearchParams, extra: string[]) => Parsed<Q>,
  load: (query: Q) => Promise<D>,
  toTable: (data: D, origin: string) => ExportTable,
) {
  return (request: { nextUrl: URL }) =>
    handle(async () => {
      const params = request.nextUrl.searchParams;
      const parsed = parse(params, [...EXPORT_KEYS]);
      if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
      const exp = parseTableExport(params);
      if (!exp.ok) throw new BadRequestError(exp.message);
      const data = await load(parsed.query);
      const { format, bom } = exp.value;
      if (!format) return NextResponse.json(data);
      const table = toTable(data, request.nextUrl.origin);
      const rows = [...(table.rows as Iterable<unknown>)].length;
      return exportResponse({ view, params, format, bom, tables: [() => table], about: () => exportAbout(view, params, data.datasetVersion, rows) });
    });
}
