import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DataFile } from "../../lib/dataset/validate-dataset";

export const DATA_DIR = path.resolve(process.env.EVIDENCE_DATA_DIR ?? "data/sources");

/** Reads every data/sources/*.json; a file that is not valid JSON becomes a validation error, not a crash. */
export async function readDataFiles(dir = DATA_DIR): Promise<DataFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(path.relative(process.cwd(), dir), name);
      const raw = await readFile(path.join(dir, name), "utf8");
      try {
        return { file, content: JSON.parse(raw) as unknown };
      } catch (error) {
        return { file, content: null, parseError: (error as Error).message };
      }
    }),
  );
}
