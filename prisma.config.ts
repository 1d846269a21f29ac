import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` (see scripts/prisma-generate.mjs); migrations run
// through scripts/migrate.ts so that no native engine is ever downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
