// Writes a new migration (prisma/migrations/<timestamp>_<name>/migration.sql) from the difference
// between the checked-in migrations and prisma/schema.prisma. Runs Prisma's schema engine as
// WebAssembly on an in-memory PGlite, so no native engine is downloaded. Usage:
//   npm run db:diff -- <name>        (prints "no changes" when the schema matches the migrations)
//   npm run db:check                 (fails when the schema has changes without a migration; part of npm test)
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { listMigrations, MIGRATIONS_DIR } from "../server/db/list-migrations";

const require = createRequire(import.meta.url);

async function loadSchemaEngine() {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  // Node 20 cannot import .wasm as an ES module; instantiate it by hand.
  const wasmModule = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  (bg as unknown as { __wbg_set_wasm(x: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

const check = process.argv.includes("--check");
const name = (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "change").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
const schemaPath = path.resolve("prisma/schema.prisma");
const schema = await readFile(schemaPath, "utf8");
const migrations = await listMigrations();

const engineModule = await loadSchemaEngine();
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
const engine = await engineModule.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
const result = await engine.diff({
  from: {
    tag: "migrations",
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: path.join(MIGRATIONS_DIR, "migration_lock.toml"), content: 'provider = "postgresql"\n' },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: path.join(MIGRATIONS_DIR, m.name),
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  },
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
  script: true,
  exitCode: true,
  filters: { externalTables: [], externalEnums: [] },
});

if (result.exitCode !== 2 || !result.stdout) {
  console.log("no changes: prisma/schema.prisma matches the migrations");
} else if (check) {
  console.error(`prisma/schema.prisma differs from prisma/migrations; run \`npm run db:diff -- <name>\` and commit the new migration:\n${result.stdout}`);
  process.exit(1);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), result.stdout);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
process.exit(0);
