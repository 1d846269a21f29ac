import "server-only";
import { doiUrl, pubmedUrl, sourceUrl, type Reference } from "../../lib/references";
import { certaintyLabel } from "../../components/ui/evidence-badge";
import { ARM_LABEL, type ArmId } from "../../lib/compare/arms";
import type { Comparison } from "../../lib/compare/build-comparison";
import { roundPercent } from "../../lib/format/estimates";
import { ROUTE_LABEL } from "../../lib/labels";
import { UNSTATED_ROUTE, type SideEffectMatrix } from "../../lib/side-effects/build-side-effect-matrix";
import type { ExportCell, ViewTable } from "./write-csv";

// A comparison or matrix view as one long table: a row per claim shown in a cell, in the view's order.

const claimLink = (origin: string, id: string): ExportCell => ({ text: id, hyperlink: `${origin}/claims/${id}` });

/** Every claim row of a view export carries its primary source's citation (the CSV has no second sheet). */
export const CITATION_HEADERS = ["First author", "Year", "Journal", "PMID", "DOI", "URL"];
const CITATION_WIDTHS = [16, 6, 28, 10, 28, 40];
const EMPTY_CITATION: ExportCell[] = ["", null, "", "", "", ""];

export function citationCells(references: readonly Reference[], sourceId: string): ExportCell[] {
  const r = references.find((x) => x.id === sourceId);
  if (!r) return EMPTY_CITATION;
  const url = sourceUrl(r);
  return [
    r.firstAuthor,
    r.year,
    r.journal,
    r.pmid ? { text: r.pmid, hyperlink: pubmedUrl(r.pmid) } : "",
    r.doi ? { text: r.doi, hyperlink: doiUrl(r.doi) } : "",
    url ? { text: url, hyperlink: url } : "",
  ];
}

/** The references of a view as their own sheet (XLSX). */
export function citationsTable(references: readonly Reference[]): ViewTable {
  return {
    name: "Citations",
    headers: ["#", "Source id", "Title", ...CITATION_HEADERS],
    widths: [5, 30, 60, ...CITATION_WIDTHS],
    rows: references.map((r, i) => [i + 1, r.id, r.title, ...citationCells(references, r.id)]),
  };
}

/** The route comparison's "Direct or indirect?" answer as export rows: one per head-to-head source, or one saying none. */
export function headToHeadRows(headToHead: { sourceId: string; label: string; columns: string[] }[], origin: string): ExportCell[][] {
  const question = "Direct or indirect?";
  if (headToHead.length === 0) {
    return [[question, "All columns", null, "", "Indirect comparison: no source in the dataset studied these routes together", "", "", "", ...EMPTY_CITATION]];
  }
  return headToHead.map((h) => [
    question,
    h.columns.map((c) => ARM_LABEL[c as ArmId] ?? c).join(" vs "),
    null,
    "",
    "Direct (head-to-head) evidence: one study covers these routes",
    "",
    { text: h.label, hyperlink: `${origin}/sources/${h.sourceId}` },
    "",
    ...EMPTY_CITATION,
  ]);
}

export function comparisonTable(name: string, data: Comparison, origin: string, leading: ExportCell[][] = []): ViewTable {
  const rows: ExportCell[][] = [...leading];
  for (const row of data.rows) {
    for (const col of data.columns) {
      const cell = row.cells[col.id];
      if (cell.summary) rows.push([row.label, col.label, null, "", cell.summary, "", "", "", ...EMPTY_CITATION]);
      else if (cell.claims.length === 0) rows.push([row.label, col.label, null, "", "No evidence in the dataset", "", "", "", ...EMPTY_CITATION]);
      for (const c of cell.claims) {
        rows.push([row.label, col.label, c.level, certaintyLabel(c.certainty), c.statement, c.detail, c.source, claimLink(origin, c.id), ...citationCells(data.references, c.sourceId)]);
      }
    }
  }
  return {
    name,
    headers: ["Question", "Column", "Level", "Certainty", "Finding", "Figures", "Source", "Claim", ...CITATION_HEADERS],
    widths: [28, 26, 7, 12, 70, 40, 20, 34, ...CITATION_WIDTHS],
    rows,
  };
}

export function sideEffectTable(data: SideEffectMatrix, origin: string): ViewTable {
  const rows: ExportCell[][] = [];
  for (const [term, list] of [["Short-term", data.shortTerm], ["Long-term", data.longTerm]] as const) {
    for (const row of list) {
      for (const col of data.columns) {
        const cell = row.cells[col];
        const route = col === UNSTATED_ROUTE ? "Route not stated" : ROUTE_LABEL[col];
        for (const c of cell.claims) {
          rows.push([term, row.label, route, cell.heading, c.incidence ?? (c.counts ? "no rate published" : "no rate (design cannot give one)"), c.percent === null ? null : roundPercent(c.percent), c.level, certaintyLabel(c.certainty), c.source, claimLink(origin, c.id), ...citationCells(data.references, c.sourceId)]);
        }
      }
    }
  }
  return {
    name: "Side effects",
    headers: ["Term", "Adverse effect", "Route", "Cell (range of rates)", "Incidence per arm as published", "Percent (drug arm)", "Level", "Certainty", "Source", "Claim", ...CITATION_HEADERS],
    widths: [12, 26, 20, 30, 50, 9, 7, 12, 20, 34, ...CITATION_WIDTHS],
    rows,
  };
}
