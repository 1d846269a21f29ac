import "server-only";
import { readEnv } from "./env";
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
    globalForStore.evidenceStore = openStore(env).catch((error) => {
      globalForStore.evidenceStore = undefined;
      throw error;
    });
  }
  return globalForStore.evidenceStore;
}

/** Runs a read; any failure to reach the database becomes StoreUnavailableError. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
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
}

function isConnectionError(error: unknown): boolean {
  const text = `${(error as Error)?.name ?? ""} ${(error as Error)?.message ?? ""} ${String((error as { code?: unknown })?.code ?? "")}`;
  return /ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|DatabaseNotReachable|Can't reach database|connection terminated|Connection terminated|P1001|P1017|terminating connection|the database system is (shutting down|starting up)|timeout exceeded when trying to connect/i.test(
    text,
  );
}

export async function getDatasetInfo(store: Store) {
  return store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
}

/** For pages: a read whose only expected failure is an unreachable database, shown as such. */
export async function readView<T>(fn: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false }> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { ok: false };
    throw error;
  }
}
