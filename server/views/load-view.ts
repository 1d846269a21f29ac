import "server-only";
import { readView } from "../db";

type Params = Record<string, string | string[] | undefined>;
type Parsed<Q> = { ok: true; query: Q } | { ok: false; message: string; issues?: { param: string }[] };

export type ViewFailure = { ok: false; reason: "bad-query"; message: string } | { ok: false; reason: "unavailable" };

/**
 * The start of every table view: read the URL with the view's own parser (shared with its API),
 * then its data. A bad URL and an unreachable database come back as failures the page shows.
 */
export async function loadView<Q, D>(
  searchParams: Promise<Params>,
  parse: (params: Params, extraKeys: string[]) => Parsed<Q>,
  load: (query: Q) => Promise<D>,
): Promise<{ ok: true; params: Params; query: Q; data: D; problem: { message: string; ignored: string[] } | null } | ViewFailure> {
  const raw = await searchParams;
  let parsed = parse(raw, ["v"]);
  // One bad value must not throw away the rest of a link: the failing parameters are left out and reported.
  let problem: { message: string; ignored: string[] } | null = null;
  let params = raw;
  if (!parsed.ok && parsed.issues?.length) {
    const ignored = [...new Set(parsed.issues.map((i) => i.param))];
    problem = { message: parsed.message, ignored };
    params = Object.fromEntries(Object.entries(raw).filter(([k]) => !ignored.includes(k)));
    parsed = parse(params, ["v"]);
  }
  if (!parsed.ok) return { ok: false, reason: "bad-query", message: problem?.message ?? parsed.message };
  const query = parsed.query;
  const read = await readView(() => load(query));
  return read.ok ? { ok: true, params, query, data: read.data, problem } : { ok: false, reason: "unavailable" };
}
