import { parseOnsetQuery } from "../../../lib/schemas/compare-query";
import { viewGet } from "../../../server/api/view-get";
import { getOnsetSeries } from "../../../server/onset/get-onset-series";
import { CITATION_HEADERS, citationCells } from "../../../server/export/view-tables";

export const dynamic = "force-dynamic";

const MARK = { onset: "Onset", durability: "Durability", suicidality: "Suicidal ideation" } as const;
export const GET = viewGet("onset", parseOnsetQuery, getOnsetSeries, (d, origin) => ({
  name: "Onset and durability",
  headers: ["Group", "Mark", "Hours", "Timepoint as reported", "Finding", "Level", "Source", "Claim", ...CITATION_HEADERS],
  widths: [22, 12, 9, 26, 70, 7, 20, 34, 16, 6, 28, 10, 28, 40],
  rows: d.points.map((p) => [p.group, MARK[p.kind], p.hours, p.timepoint, p.statement, p.level, p.source, { text: p.claimId, hyperlink: `${origin}/claims/${p.claimId}` }, ...citationCells(d.references, p.sourceId)]),
}));
