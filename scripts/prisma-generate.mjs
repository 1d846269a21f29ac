// Runs `prisma generate` without the native schema engine: the Prisma 7 CLI looks for one at
// start-up and would try to download it (there is no network here); generate never runs it,
// so any existing executable satisfies the check. Used by `postinstall`.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
process.exit(result.status ?? 1);
