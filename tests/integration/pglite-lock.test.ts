import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../server/db/open-store";

describe("the embedded store belongs to one process", () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "evidence-lock-"));
    store = await openStore({ PGLITE_DIR: path.join(dir, "db") });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a second process with the folder and what to do", () => {
    const result = spawnSync("npx", ["--no-install", "tsx", "scripts/setup-db.ts"], {
      env: { ...process.env, PGLITE_DIR: path.join(dir, "db"), DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The embedded database folder "${path.join(dir, "db")}" is already open in another process (pid ${process.pid})`);
    expect(result.stderr).toMatch(/stop that process .* or set DATABASE_URL/);
  });

  it("refuses a second open in the same process too", async () => {
    await expect(openStore({ PGLITE_DIR: path.join(dir, "db") })).rejects.toThrow(/already open/);
  });

  it("still works for its owner after the refusals", async () => {
    const rows = await store.sql.query<{ n: number }>("SELECT 1 AS n");
    expect(rows).toEqual([{ n: 1 }]);
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    await store.close();
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(dir, "db.lock"), "999999");
    store = await openStore({ PGLITE_DIR: path.join(dir, "db") });
    expect(await store.sql.query("SELECT 1 AS n")).toEqual([{ n: 1 }]);
  });
});
