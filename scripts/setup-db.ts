// Migrates the configured store and imports data/ (`npm run db:setup`; part of `npm start`).
// Flags: --force re-imports even when data/ is unchanged.
import { readEnv } from "../server/env";
import { openStore } from "../server/db/open-store";
import { runMigrations } from "../server/db/run-migrations";
import { importDataset } from "../server/dataset/import-dataset";
import { readDataFiles } from "../server/dataset/read-data-files";

export async function setupDatabase(options: { force?: boolean } = {}) {
  const env = readEnv();
  const store = await openStore(env);
  try {
    const where = store.kind === "pglite" ? `embedded PGlite at ${env.PGLITE_DIR}` : "PostgreSQL (DATABASE_URL)";
    const applied = await runMigrations(store.sql);
    console.log(`[db] ${where}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`);
    const started = Date.now();
    const result = await importDataset(store, await readDataFiles(env.EVIDENCE_DATA_DIR), options);
    console.log(
      `[data] ${result.status === "unchanged" ? "unchanged" : "imported"}: ${result.claims} claims from ${result.sources} sources, version ${result.version}` +
        (result.status === "imported" ? ` (removed ${result.removedClaims} claims, ${result.removedSources} sources; ${Date.now() - started} ms)` : ""),
    );
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase({ force: process.argv.includes("--force") }).catch((error: Error) => {
    console.error(`\n${error.message}`);
    process.exit(1);
  });
}
