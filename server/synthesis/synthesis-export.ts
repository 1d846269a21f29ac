import "server-only";
import { forestSvg } from "../../components/forest-plot/forest-plot";
import { studyInterval, type Synthesis } from "../../lib/synthesis/build-synthesis";
import { synthesisLabel } from "../../lib/synthesis/labels";
import type { SynthesisQuery } from "../../lib/schemas/synthesis-query";
import type { ExportCell, ViewTable } from "../export/write-csv";

/** Study rows then the pooled row, numbers unrounded (as in the API), each study linked to its claim. */
export function synthesisTable(data: Synthesis & { datasetVersion: string | null }, origin: string): ViewTable {
  const rows: ExportCell[][] = data.studies.map((s) => {
    const iv = studyInterval(s, data.measure);
    const d = s.data;
    const raw = d.type === "binary" ? `${d.e1}/${d.n1} vs ${d.e2}/${d.n2}` : d.type === "continuous" ? `${d.m1} (SD ${d.sd1}, n ${d.n1}) vs ${d.m2} (SD ${d.sd2}, n ${d.n2})` : `${d.estimate} (${d.ciLow} to ${d.ciHigh})`;
    return [s.label, d.type, raw, data.measure.toUpperCase(), iv.estimate, iv.ciLow, iv.ciHigh, s.yi, s.vi, s.weight, s.route, s.comparatorType, s.timepoint, { text: s.id, hyperlink: `${origin}/claims/${s.id}` }];
  });
  if (data.pooled) {
    const p = data.pooled;
    rows.push([`Random effects (${data.method.tau2}, ${data.method.ci}); τ² ${p.tau2}; I² ${p.i2}%; prediction interval ${p.piLow ?? "n/a"} to ${p.piHigh ?? "n/a"}`, "pooled", `k = ${p.k}, n = ${p.n}`, data.measure.toUpperCase(), p.estimate, p.ciLow, p.ciHigh, null, null, 100, "", "", "", ""]);
  }
  return {
    name: "Synthesis",
    headers: ["Study", "Data", "Figures as entered", "Measure", "Estimate", "CI low", "CI high", "yi (analysis scale)", "vi", "Weight %", "Route", "Comparator", "Timepoint", "Claim"],
    widths: [30, 10, 40, 8, 10, 10, 10, 12, 12, 9, 12, 16, 14, 40],
    rows,
  };
}

export function synthesisSvg(data: Synthesis, query: SynthesisQuery): string {
  const svg = forestSvg({ studies: data.studies, pooled: data.pooled, measure: data.measure, title: synthesisLabel(query) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
