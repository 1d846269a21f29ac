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
