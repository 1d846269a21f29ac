import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DataFile } from "../../lib/dataset/validate-dataset";

export const DATA_DIR = path.resolve(process.env.EVIDENCE_DATA_DIR ?? "data/sources");

/** Files open at once: enough to keep the disk busy, far below any open-file limit (25,000 files must not all open together). */
const OPEN_AT_ONCE = 64;

async function readOne(dir: string, name: string): Promise<DataFile> {
  const file = path.join(path.relative(process.cwd(), dir), name);
  const raw = await readFile(path.join(dir, name), "utf8");
  try {
    return { file, content: JSON.parse(raw) as unknown };
  } catch (error) {
    return { file, content: null, parseError: (error as Error).message };
  }
}

/** Reads every data/sources/*.json, at most OPEN_AT_ONCE at a time; a file that is not valid JSON becomes a validation error, not a crash. */
export async function readDataFiles(dir = DATA_DIR): Promise<DataFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  const out: DataFile[] = new Array(names.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) out[i] = await readOne(dir, names[i]);
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_AT_ONCE, names.length) }, worker));
  return out;
}
