import { randomUUID } from "node:crypto";
import { listMigrations, type Migration } from "./list-migrations";
import type { SqlRunner } from "./open-store";

// Prisma's own bookkeeping table, so `prisma migrate status` on a machine with the native engine
// reads the same history.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every app instance sharing one server.
const ADVISORY_LOCK_KEY = 72_413_900;

/**
 * Applies the checked-in migrations that the database has not seen, each in its own transaction,
 * and refuses to go on when an applied migration's file was edited afterwards.
 */
export async function runMigrations(sql: SqlRunner, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await listMigrations());
  // Under the lock too: two instances creating the table at once race in PostgreSQL's catalog even with IF NOT EXISTS.
  await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK_KEY]);
    await tx.exec(CREATE_TABLE);
  });
  const applied: string[] = [];
  for (const migration of all) {
    const done = await sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK_KEY]);
      const rows = await tx.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (rows.length > 0) {
        if (rows[0].checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied. Restore the file and add a new migration instead (npm run db:diff -- <name>).`,
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
