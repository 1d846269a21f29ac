import "server-only";
import { LRUCache } from "lru-cache";
import { requestContext } from "../lib/request-context";
import { withStore } from "./db";

// The data changes only at import, so a view computed for one canonical query stays right until the dataset
// version changes. Each request reads the version (one indexed one-row query), so an import made through any
// instance is seen by every instance on its next request; old entries simply stop being asked for and age out.

/** Views kept per process; entries are promises, so concurrent identical requests share one computation. */
const MAX_ENTRIES = Number(process.env.VIEW_CACHE_ENTRIES ?? 200);

const globalForCache = globalThis as unknown as { viewCache?: LRUCache<string, Promise<unknown>> };
const cache = (globalForCache.viewCache ??= new LRUCache<string, Promise<unknown>>({ max: Math.max(1, MAX_ENTRIES) }));

async function readVersion(): Promise<string> {
  const info = await withStore((store) => store.prisma.datasetInfo.findUnique({ where: { id: 1 }, select: { version: true } }));
  return info?.version ?? "empty";
}

/** The dataset version now in the store ("empty" before the first import), read once per request. */
export function currentVersion(): Promise<string> {
  const state = requestContext.getStore();
  if (!state) return readVersion();
  state.datasetVersion ??= readVersion().catch((error: unknown) => {
    state.datasetVersion = undefined;
    throw error;
  });
  return state.datasetVersion;
}

/** `load()` for (dataset version, view, canonical query), computed once per version and process. */
export async function byVersion<T>(view: string, query: unknown, load: () => Promise<T>): Promise<T> {
  if (MAX_ENTRIES <= 0) return load();
  const key = `${await currentVersion()}\u0000${view}\u0000${JSON.stringify(query)}`;
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const pending = load().catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  cache.set(key, pending);
  return pending;
}

/** For tests and benchmarks: forget every cached view. */
export function clearViewCache() {
  cache.clear();
}
