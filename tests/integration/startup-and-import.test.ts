import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDataset } from "../../scripts/bench-data";
import { openStore } from "../../server/db/open-store";
import { IMPORT_LOCK_KEY } from "../../server/dataset/import-dataset";
import { readDataFiles } from "../../server/dataset/read-data-files";
import { validFixtureFiles } from "../fixtures/evidence-files";
import { createTestStore } from "../support/test-stores";

// Operators' failure modes: instances that start together on one empty database, two imports at once, and an import
// killed half-way. The previous dataset must survive, and no instance may crash.

const CHILD = path.resolve("tests/support/import-child.ts");

function runChild(env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; out: string }>; started: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let markStarted: () => void;
  const started = new Promise<void>((r) => (markStarted = r));
  child.stdout!.on("data", (d) => {
    out += d;
    if (out.includes("importing")) markStarted();
  });
  child.stderr!.on("data", (d) => (out += d));
  const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on("exit", (code) => resolve({ code, out })));
  return { child, done, started };
}

async function writeFiles(dir: string, files: { file: string; content: unknown }[]) {
  for (const f of files) await writeFile(path.join(dir, path.basename(f.file)), JSON.stringify(f.content));
}

describe("on PostgreSQL", () => {
  let fixturesDir: string;
  let bigDir: string;
  beforeAll(async () => {
    fixturesDir = await mkdtemp(path.join(os.tmpdir(), "import-fixtures-"));
    await writeFiles(fixturesDir, validFixtureFiles());
    bigDir = await mkdtemp(path.join(os.tmpdir(), "import-big-"));
    await writeFiles(bigDir, syntheticDataset(await readDataFiles(path.resolve("data/sources")), 4000));
  });
  afterAll(async () => {
    await rm(fixturesDir, { recursive: true, force: true });
    await rm(bigDir, { recursive: true, force: true });
  });

  it("two instances starting together on one empty database both succeed; one imports, the other finds it done", async () => {
    const ctx = await createTestStore("postgresql");
    try {
      await ctx.store.sql.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
      const a = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: fixturesDir });
      const b = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: fixturesDir });
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect([ra.code, rb.code], `${ra.out}\n${rb.out}`).toEqual([0, 0]);
      const statuses = [ra.out, rb.out].map((o) => JSON.parse(o.trim().split("\n").pop()!).status).sort();
      expect(statuses).toEqual(["imported", "unchanged"]);
      expect(await ctx.store.prisma.claim.count()).toBe(4);
    } finally {
      await ctx.dispose();
    }
  });

  it("an import killed mid-transaction (SIGKILL) leaves the previous dataset intact", async () => {
    const ctx = await createTestStore("postgresql");
    try {
      const first = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: fixturesDir });
      expect((await first.done).code).toBe(0);
      const before = await ctx.store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
      const big = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: bigDir });
      // Wait until the child holds the import lock: it is inside the import transaction.
      for (let i = 0; i < 500; i++) {
        const held = await ctx.store.sql.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [IMPORT_LOCK_KEY]);
        if (held.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      big.child.kill("SIGKILL");
      await big.done;
      const after = await ctx.store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
      expect(after?.version).toBe(before?.version);
      expect(await ctx.store.prisma.claim.count()).toBe(4);
    } finally {
      await ctx.dispose();
    }
  });

  it("two imports of different data at once run one after the other: the database ends with one whole dataset", async () => {
    const ctx = await createTestStore("postgresql");
    try {
      const a = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: fixturesDir });
      const b = runChild({ DATABASE_URL: ctx.url!, IMPORT_DIR: bigDir });
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect([ra.code, rb.code], `${ra.out}\n${rb.out}`).toEqual([0, 0]);
      const info = await ctx.store.prisma.datasetInfo.findUnique({ where: { id: 1 } });
      const count = await ctx.store.prisma.claim.count();
      expect(count).toBe(info?.claimCount);
      expect([4, 4000]).toContain(count);
    } finally {
      await ctx.dispose();
    }
  });
});

describe("on PGlite", () => {
  it("an import killed half-way (SIGKILL) leaves the previous dataset intact", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "import-pglite-"));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "import-fixtures-"));
    const bigDir = await mkdtemp(path.join(os.tmpdir(), "import-big-"));
    try {
      await writeFiles(dataDir, validFixtureFiles());
      await writeFiles(bigDir, syntheticDataset(await readDataFiles(path.resolve("data/sources")), 3000));
      const pgliteDir = path.join(dir, "db");
      expect((await runChild({ PGLITE_DIR: pgliteDir, IMPORT_DIR: dataDir }).done).code).toBe(0);
      const big = runChild({ PGLITE_DIR: pgliteDir, IMPORT_DIR: bigDir });
      await big.started;
      await new Promise((r) => setTimeout(r, 400));
      big.child.kill("SIGKILL");
      const { out } = await big.done;
      expect(out).not.toContain('"status":"imported"');
      const store = await openStore({ PGLITE_DIR: pgliteDir });
      try {
        expect(await store.prisma.claim.count()).toBe(4);
        expect((await store.prisma.datasetInfo.findUnique({ where: { id: 1 } }))?.claimCount).toBe(4);
      } finally {
        await store.close();
      }
    } finally {
      for (const d of [dir, dataDir, bigDir]) await rm(d, { recursive: true, force: true });
    }
  });
});
