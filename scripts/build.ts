// `npm run build` and the build step of `npm start`: next build, then the compile hints on the start-up chunks.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { addCompileHints } from "./compile-hints";

export async function build(): Promise<void> {
  const result = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const changed = await addCompileHints();
  console.log(`[build] compile hints on ${changed.length} start-up chunks`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  build().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
