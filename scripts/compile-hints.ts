// After `next build`: mark the app's start-up JavaScript with V8's explicit compile hint, so Chromium compiles its
// functions on the background thread that streams each script instead of lazily on the main thread when the app
// boots. Measured on this machine under 4× CPU throttling, the longest task after first paint (the boot task, the
// main part of every view's Total Blocking Time) fell on /about from 392 to 216 ms and on /synthesis from 357 to
// 156 ms (docs/decisions/0004-compile-hints.md). Other engines ignore the
// comment. Turbopack has no banner option, so the step edits the built chunks. No source maps are shipped and there is
// no subresource integrity, so nothing depends on a chunk's content still matching the hash in its name.
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

const buildManifestSchema = z.object({ polyfillFiles: z.array(z.string()) });

/**
 * Prepends the hint to every JavaScript chunk in `<distDir>/static/chunks` except Next's polyfills (loaded only by
 * browsers without ES modules). Every other chunk is loaded with a script tag at start-up by the views that use it:
 * the app has no dynamic imports. Idempotent; returns the chunks it changed.
 */
export async function addCompileHints(distDir = ".next"): Promise<string[]> {
  const manifestPath = path.join(distDir, "build-manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: run next build first`);
  const manifest = buildManifestSchema.parse(JSON.parse(await readFile(manifestPath, "utf8")));
  const polyfills = new Set(manifest.polyfillFiles.map((f) => path.basename(f)));
  const dir = path.join(distDir, "static", "chunks");
  const changed: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith(".js") || polyfills.has(name)) continue;
    const file = path.join(dir, name);
    const code = await readFile(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, `${COMPILE_HINT}\n${code}`);
    changed.push(name);
  }
  return changed;
}
