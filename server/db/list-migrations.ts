import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export type Migration = { name: string; sql: string; checksum: string };

/** The checked-in migrations in the order they apply (their folder names start with a timestamp). */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  const names = entries.filter((n) => /^\d{14}_/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      // Same checksum Prisma records in _prisma_migrations: sha256 of the file, hex.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}
