import { Prisma } from "../../generated/prisma/client";

// Bulk writes for the importer. Each batch is ONE query parameter — the rows as a JSON array, expanded by
// json_populate_recordset — so no statement ever carries an unbounded list of parameters (PostgreSQL allows
// 65,535, Prisma fewer) and 100,000 claims take a few dozen statements instead of 100,000.

type Executor = { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> };

/** Rows per statement: a few MB of JSON, well inside one message for PGlite and PostgreSQL. */
export const BULK_ROWS = 2000;

/** The schema maps every camelCase field to its snake_case column (prisma/schema.prisma); tested by the import round trip. */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function jsonValue(value: unknown): unknown {
  // Prisma's DbNull/JsonNull markers: SQL NULL (json_populate_recordset maps JSON null to NULL).
  if (value === Prisma.DbNull || value === Prisma.JsonNull) return null;
  return value;
}

/** INSERT rows (objects keyed by Prisma field names) into `table` in batches of BULK_ROWS, one parameter each. */
export async function bulkInsert(tx: Executor, table: string, rows: readonly Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const fields = Object.keys(rows[0]);
  const columns = fields.map((f) => `"${columnOf(f)}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  let written = 0;
  for (let i = 0; i < rows.length; i += BULK_ROWS) {
    const batch = rows.slice(i, i + BULK_ROWS).map((row) => Object.fromEntries(fields.map((f) => [columnOf(f), jsonValue(row[f])])));
    written += await tx.$executeRawUnsafe(sql, JSON.stringify(batch));
  }
  return written;
}
