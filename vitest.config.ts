import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // `server-only` throws outside React Server Components; in tests it is an empty module.
    alias: { "server-only": path.resolve("tests/support/empty.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/support/postgres-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry; two files at a time suit a 2-core machine.
    maxWorkers: 2,
  },
});
