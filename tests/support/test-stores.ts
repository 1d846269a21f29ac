import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openStore, type Store } from "../../server/db/open-store";
import { runMigrations } from "../../server/db/run-migrations";

export type StoreKindUnderTest = "pglite" | "postgresql";
export const STORE_KINDS: StoreKindUnderTest[] = ["pglite", "postgresql"];

/** A fresh, migrated, empty store of the given kind; `dispose` removes every trace of it. */
export async function createTestStore(kind: StoreKindUnderTest): Promise<{ store: Store; dispose(): Promise<void>; url?: string; dir?: string }> {
  if (kind === "pglite") {
    const dir = await mkdtemp(path.join(os.tmpdir(), "evidence-pglite-"));
    const store = await openStore({ PGLITE_DIR: path.join(dir, "db") });
    await runMigrations(store.sql);
    return { store, dir, dispose: async () => (await store.close(), await rm(dir, { recursive: true, force: true })) };
  }
  const adminUrl = inject("postgresUrl");
  const name = `evidence_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ DATABASE_URL: url.toString(), PGLITE_DIR: "" });
  await runMigrations(store.sql);
  return {
    store,
    url: url.toString(),
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
