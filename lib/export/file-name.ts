// ketamine-evidence_<view>_<filters>_<date>.<ext>: the name says what the file holds.
export function exportFileName(view: string, params: URLSearchParams, ext: string, now = new Date()): string {
  const skip = new Set(["format", "bom", "cols", "page", "pageSize", "v"]);
  const filters = [...params.entries()]
    .filter(([k, v]) => !skip.has(k) && v)
    .map(([k, v]) => `${k}-${v}`.replace(/[^a-z0-9-]+/gi, "-").replace(/-+/g, "-").replace(/^-|-$/g, ""))
    .join("_")
    .slice(0, 120);
  return `ketamine-evidence_${view}_${filters || "all"}_${now.toISOString().slice(0, 10)}.${ext}`;
}
