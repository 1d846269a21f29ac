import "server-only";
import { readView } from "../db";

type Params = Record<string, string | string[] | undefined>;
type Parsed<Q> = { ok: true; query: Q } | { ok: false; message: string };

export type ViewFailure = { ok: false; reason: "bad-query"; message: string } | { ok: false; reason: "unavailable" };

/**
 * The start of every table view: read the URL with the view's own parser (shared with its API),
 * then its data. A bad URL and an unreachable database come back as failures the page shows.
 */
export async function loadView<Q, D>(
  searchParams: Promise<Params>,
  parse: (params: Params, extraKeys: string[]) => Parsed<Q>,
  load: (query: Q) => Promise<D>,
): Promise<{ ok: true; params: Params; query: Q; data: D } | ViewFailure> {
  const params = await searchParams;
  const parsed = parse(params, ["v"]);
  if (!parsed.ok) return { ok: false, reason: "bad-query", message: parsed.message };
  const query = parsed.query;
  const read = await readView(() => load(query));
  return read.ok ? { ok: true, params, query, data: read.data } : { ok: false, reason: "unavailable" };
}
