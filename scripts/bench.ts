// `npm run bench`: response times of the explorer and /api/claims (median, p95) next to the
// database query alone, on the real data and on a synthetic 10,000-claim set, plus the first-load
// JavaScript of each view. Not a test: it prints a table (and writes bench-results/latest.md).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pool } from "../lib/meta-analysis/random-effects";
import { gzipSync } from "node:zlib";
import { parseClaimsQuery } from "../lib/schemas/claims-query";
import { getClaims } from "../server/claims/get-claims";
import { getFacetCounts } from "../server/claims/get-facet-counts";
import { openStore } from "../server/db/open-store";
import { runMigrations } from "../server/db/run-migrations";
import { importDataset } from "../server/dataset/import-dataset";
import { readDataFiles } from "../server/dataset/read-data-files";
import { syntheticDataset } from "./bench-data";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const FILTERS = ["", "subtype=trd", "subtype=trd&route=iv&category=efficacy", "q=dissociation", "level=1,2&sort=-year&page=2"];
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

async function waitFor(url: string, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start: ${url}`);
}

function startServer(dataDir: string, dbDir: string): ChildProcess {
  return spawn("npx", ["--no-install", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), PGLITE_DIR: dbDir, EVIDENCE_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function benchDataset(label: string, dataDir: string, rows: string[]) {
  const dbDir = path.join(await mkdtemp(path.join(os.tmpdir(), "bench-db-")), "db");
  // 1. the database alone (same query functions the pages use), before the server owns the store
  const store = await openStore({ PGLITE_DIR: dbDir });
  await runMigrations(store.sql);
  const t0 = performance.now();
  const imported = await importDataset(store, await readDataFiles(dataDir));
  const importMs = performance.now() - t0;
  const dbTimes: Record<string, number[]> = {};
  for (const f of FILTERS) {
    const parsed = parseClaimsQuery(new URLSearchParams(f));
    if (!parsed.ok) throw new Error(parsed.message);
    dbTimes[f] = await time(() => Promise.all([getClaims(store.prisma, parsed.query), getFacetCounts(store.prisma, parsed.query)]));
  }
  await store.close();

  // 2. through the app
  const server = startServer(dataDir, dbDir);
  try {
    await waitFor(`http://localhost:${PORT}/api/health`, 600_000);
    for (const f of FILTERS) {
      const page = stats(await time(async () => (await fetch(`http://localhost:${PORT}/?${f}`)).text()));
      const api = stats(await time(async () => (await fetch(`http://localhost:${PORT}/api/claims?${f}`)).text()));
      const db = stats(dbTimes[f]);
      rows.push(`| ${label} | \`${f || "(none)"}\` | ${fmt(page.median)} / ${fmt(page.p95)} | ${fmt(api.median)} / ${fmt(api.p95)} | ${fmt(db.median)} / ${fmt(db.p95)} |`);
    }
    return { imported, importMs, server };
  } catch (error) {
    process.kill(-server.pid!, "SIGTERM");
    throw error;
  }
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

async function main() {
  const rows: string[] = [];
  const notes: string[] = [];
  const realDir = path.resolve("data/sources");
  const real = await benchDataset("real data", realDir, rows);
  notes.push(`real data: ${real.imported.claims} claims, ${real.imported.sources} sources, import ${fmt(real.importMs)} ms`);
  const js = await firstLoadJs();
  const synthesis = await benchSynthesis();
  process.kill(-real.server.pid!, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));

  const synthDir = await mkdtemp(path.join(os.tmpdir(), "bench-data-"));
  for (const f of syntheticDataset(await readDataFiles(realDir), 10_000)) {
    await writeFile(path.join(synthDir, path.basename(f.file)), JSON.stringify(f.content));
  }
  const synth = await benchDataset("10,000 claims", synthDir, rows);
  notes.push(`synthetic: ${synth.imported.claims} claims, ${synth.imported.sources} sources, import ${fmt(synth.importMs)} ms`);
  const exports = [await benchExport("CSV, all 10,000 claims", "format=csv"), await benchExport("XLSX, all 10,000 claims", "format=xlsx")];
  process.kill(-synth.server.pid!, "SIGTERM");
  await rm(synthDir, { recursive: true, force: true });

  const report = [
    `Benchmark ${new Date().toISOString()} · ${os.cpus().length} cores · Node ${process.version} · embedded PGlite · ${RUNS} runs after 1 warm-up`,
    "",
    ...notes.map((n) => `- ${n}`),
    "",
    "Response time in ms, median / p95 (explorer = the whole server-rendered page; database = claims page query + facet counts, the floor the page cannot beat):",
    "",
    "| data | filter | explorer `/` | `/api/claims` | database alone |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    "Export of the 10,000-claim set (server memory = resident set of the Next.js process, sampled every 20 ms):",
    "",
    "| export | status | size | time | server memory |",
    "|---|---|---|---|---|",
    ...exports,
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
