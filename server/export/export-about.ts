import "server-only";
import { DISCLAIMER } from "../../components/ui/disclaimer";
import { DOWNGRADE_TEXT, LEVEL_TEXT } from "../../lib/evidence-levels";

/** The "About this export" sheet: what was exported, from which evidence, and how to read it. */
export function exportAbout(view: string, params: URLSearchParams, datasetVersion: string | null, rows: number): [string, string][] {
  const filters = [...params.entries()].filter(([k]) => !["format", "bom"].includes(k)).map(([k, v]) => `${k}=${v}`);
  return [
    ["View", view],
    ["Filters applied", filters.join("; ") || "none (all evidence)"],
    ["Rows exported", String(rows)],
    ["Exported at", new Date().toISOString()],
    ["Dataset version", datasetVersion ?? "none imported"],
    ["Disclaimer", DISCLAIMER],
    ...Object.values(LEVEL_TEXT).map((t): [string, string] => [`Evidence ${t.short}`, t.long]),
    ["Lowered levels", DOWNGRADE_TEXT],
  ];
}
