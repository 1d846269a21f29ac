// The run command (`npm start`): migrate, import data/, build when the code changed, serve.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../server/env";
import { build } from "./build";
import { setupDatabase } from "./setup-db";

const BUILD_INPUTS = ["app", "components", "lib", "server", "generated", "proxy.ts", "instrumentation.ts", "next.config.js", "tsconfig.json", "package-lock.json", "scripts/build.ts", "scripts/compile-hints.ts"];
const STAMP = ".next/.build-inputs-hash";
const HEAP_GROWING_PERCENT = 30;

function hashInputs(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) readdirSync(p).sort().forEach((n) => walk(path.join(p, n)));
    else hash.update(p).update(readFileSync(p));
  };
  BUILD_INPUTS.forEach(walk);
  return hash.digest("hex");
}

async function main() {
  const env = readEnv();
  await setupDatabase();

  const inputs = hashInputs();
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === inputs;
  if (built) {
    console.log("[build] up to date");
  } else {
    console.log("[build] building the app (next build)…");
    await build();
    writeFileSync(STAMP, inputs);
  }

  console.log(`[serve] ketamine evidence tables on http://localhost:${env.PORT}`);
  // --heap-growing-percent: after each full GC V8 lets the heap grow to (live × 1.3) instead of up to 4× before the
  // next one. An export or a first view computation makes garbage fast; with the default the server's memory rose
  // by 336 MB during a 100,000-row CSV export, with this by 78 MB (the export ~25% slower). See README, Performance.
  const server = spawn(process.execPath, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, "--import", "tsx", "scripts/serve.ts"], {
    stdio: "inherit",
    env: { ...process.env, PORT: String(env.PORT), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
