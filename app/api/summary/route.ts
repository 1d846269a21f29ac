import { parseSummaryQuery } from "../../../lib/schemas/summary-query";
import { viewGet } from "../../../server/api/view-get";
import { getSummary } from "../../../server/synthesis/get-summary";

export const dynamic = "force-dynamic";
export const GET = viewGet("summary", parseSummaryQuery, getSummary, (d) => ({
  name: "Summary of findings",
  headers: ["Outcome", "Compared with", "Relative effect (95% CI)", "Absolute effect per 1,000", "Participants", "Studies", "Certainty", "Certainty reasons", "What it means", "From"],
  widths: [26, 24, 28, 50, 12, 8, 12, 50, 70, 40],
  rows: d.rows.map((r) => [r.label, r.comparison ?? "", r.relative, r.absolute ?? "", r.participants, r.studies, r.certainty ?? "", r.certaintyReasons.join("; "), r.sentence, r.basis === "published" ? `published meta-analysis (claim ${r.claimId})` : r.basis === "live" ? `live pooling (/synthesis?${r.liveQuery})` : ""]),
}));
