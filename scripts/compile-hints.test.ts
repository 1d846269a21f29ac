import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILE_HINT, addCompileHints } from "./compile-hints";

async function fakeBuild(manifest: unknown) {
  const dist = await mkdtemp(path.join(tmpdir(), "hints-"));
  await mkdir(path.join(dist, "static", "chunks"), { recursive: true });
  await writeFile(path.join(dist, "build-manifest.json"), JSON.stringify(manifest));
  const files = { "framework.js": "(globalThis.TURBOPACK||[]).push([1]);", "page.js": "console.log(1);", "polyfills.js": "!function(){}();", "style.css": "a{}" };
  for (const [name, code] of Object.entries(files)) await writeFile(path.join(dist, "static", "chunks", name), code);
  const read = (name: string) => readFile(path.join(dist, "static", "chunks", name), "utf8");
  return { dist, read };
}

describe("addCompileHints", () => {
  it("puts the hint on its own first line of every start-up chunk, not on the polyfills or CSS, and only once", async () => {
    const { dist, read } = await fakeBuild({ polyfillFiles: ["static/chunks/polyfills.js"], rootMainFiles: ["static/chunks/framework.js"] });
    expect(await addCompileHints(dist)).toEqual(["framework.js", "page.js"]);
    expect(await read("framework.js")).toBe(`${COMPILE_HINT}\n(globalThis.TURBOPACK||[]).push([1]);`);
    expect(await read("page.js")).toBe(`${COMPILE_HINT}\nconsole.log(1);`);
    expect(await read("polyfills.js")).toBe("!function(){}();");
    expect(await read("style.css")).toBe("a{}");
    expect(await addCompileHints(dist)).toEqual([]);
    expect(await read("page.js")).toBe(`${COMPILE_HINT}\nconsole.log(1);`);
  });

  it("refuses a build without a manifest or with one it does not understand, changing nothing", async () => {
    const { dist, read } = await fakeBuild({ pages: {} });
    await expect(addCompileHints(dist)).rejects.toThrow(/polyfillFiles/);
    expect(await read("page.js")).toBe("console.log(1);");
    await expect(addCompileHints(path.join(dist, "missing"))).rejects.toThrow(/run next build first/);
  });
});
