import "server-only";
import { readEnv } from "./env";
import { requestContext } from "../lib/request-context";
import { openStore, type Store } from "./db/open-store";

// One store per server process. The run command migrates and imports before the server starts,
// so here the store is only opened, never changed in shape.
const globalForStore = globalThis as unknown as { evidenceStore?: Promise<Store> };

export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The evidence database cannot be reached.", { cause });
    this.name = "StoreUnavailableError";
  }
}

export function getStore(): Promise<Store> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // Pages are rendered per request; a build that reached for the store would open it from
    // several workers at once.
    throw new Error("The evidence store must not be opened during `next build`.");
  }
  if (!globalForStore.evidenceStore) {
    const env = readEnv();
    globalForStore.evidenceStore = openStore(env, { connectMs: env.DB_CONNECT_TIMEOUT_MS, queryMs: env.DB_QUERY_TIMEOUT_MS }).catch((error) => {
      globalForStore.evidenceStore = undefined;
      throw error;
    });
  }
  return globalForStore.evidenceStore;
}

/**
 * Runs a read; any failure to reach the database becomes StoreUnavailableError, and so does a read that takes
 * longer than `timeoutMs` (a frozen server answers nothing; the caller must not wait for it).
 */
export async function withStore<T>(fn: (store: Store) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const run = async () => {
    let store: Store;
    try {
      store = await getStore();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
    try {
      return await fn(store);
    } catch (error) {
      if (isConnectionError(error)) throw new StoreUnavailableError(error);
      throw error;
    }
  };
  return options.timeoutMs ? withDeadline(run(), options.timeoutMs) : run();
}

/** The promise, or StoreUnavailableError when it has not settled within `ms` (a frozen server answers nothing). */
async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(new Error(`no answer within ${ms} ms`))), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function isConnectionError(error: unknown): boolean {
  const text = `${(error as Error)?.name ?? ""} ${(error as Error)?.message ?? ""} ${String((error as { code?: unknown })?.code ?? "")}`;
  return /ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|DatabaseNotReachable|Can't reach database|connection terminated|Connection terminated|P1001|P1017|terminating connection|the database system is (shutting down|starting up)|timeout exceeded when trying to connect|Query read timeout|canceling statement due to statement timeout|Connection terminated due to connection timeout/i.test(
    text,
  );
}

export async function getDatasetInfo(store: Store) {
  return store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
}

/** A page gives up on the database after this long and says it cannot be reached (pages answer within 5 s). */
export const PAGE_READ_TIMEOUT_MS = 4500;

/** For pages: a read whose only expected failure is an unreachable (or frozen) database, shown as such. */
export async function readView<T>(fn: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false }> {
  try {
    return { ok: true, data: await withDeadline(fn(), PAGE_READ_TIMEOUT_MS) };
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      // The server turns this page's 200 into 503 (scripts/serve.ts), so monitors see the outage.
      const state = requestContext.getStore();
      if (state) state.storeUnavailable = true;
      return { ok: false };
    }
    throw error;
  }
}
