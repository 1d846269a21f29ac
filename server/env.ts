import { z } from "zod";

// Every variable the app reads, with its default (.env.example lists the same). Validated once, at
// start-up, with a readable error rather than a crash deep inside a request.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for the embedded store)")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  EVIDENCE_DATA_DIR: z.string().min(1).default("data/sources"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The web server's waits on PostgreSQL: a connection, then each statement (client- and server-side). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(4000),
  /** Exports per client per minute (0 turns the limit off). */
  EXPORT_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(30),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example for every variable and its default.`);
  }
  return parsed.data;
}
