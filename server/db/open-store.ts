import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import path from "node:path";
import { PrismaClient } from "../../generated/prisma/client";
import type { Env } from "../env";
import { acquirePgliteLock } from "./pglite-lock";

export type StoreKind = "pglite" | "postgresql";

/** Plain SQL access used by the migration runner and the importer's bookkeeping. */
export type SqlRunner = {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: Omit<SqlRunner, "transaction">) => Promise<T>): Promise<T>;
};

export type Store = { kind: StoreKind; prisma: PrismaClient; sql: SqlRunner; close(): Promise<void> };

async function openPglite(dir: string): Promise<Store> {
  const absolute = path.resolve(dir);
  const release = acquirePgliteLock(absolute);
  try {
    const db = await PGlite.create(absolute);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    const sql: SqlRunner = {
      exec: async (text) => void (await db.exec(text)),
      query: async (text, params) => (await db.query(text, params)).rows as never,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            exec: async (text) => void (await tx.exec(text)),
            query: async (text, params) => (await tx.query(text, params)).rows as never,
          }),
        ),
    };
    return {
      kind: "pglite",
      prisma,
      sql,
      close: async () => {
        await prisma.$disconnect();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Bounded waits for the web server; the importer and migrations (which may wait for another instance) pass none. */
export type StoreTimeouts = { connectMs?: number; queryMs?: number };

function openPostgres(url: string, timeouts: StoreTimeouts = {}): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs ?? 10_000,
    // Client-side: a frozen server (no answer at all) still ends the wait; server-side: a slow statement is cancelled.
    ...(timeouts.queryMs ? { query_timeout: timeouts.queryMs, statement_timeout: timeouts.queryMs } : {}),
  });
  // Errors on idle clients (server restarted) must not crash the process; the next query reports them.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const wrap = (client: pg.Pool | pg.PoolClient) => ({
    exec: async (text: string) => void (await client.query(text)),
    query: async <T,>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
  });
  const sql: SqlRunner = {
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return {
    kind: "postgresql",
    prisma,
    sql,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Opens the configured store: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite. */
export async function openStore(env: Pick<Env, "DATABASE_URL" | "PGLITE_DIR">, timeouts: StoreTimeouts = {}): Promise<Store> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, timeouts) : openPglite(env.PGLITE_DIR);
}
