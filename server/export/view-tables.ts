import "server-only";
import { certaintyLabel } from "../../components/ui/evidence-badge";
import type { Comparison } from "../../lib/compare/build-comparison";
import { ROUTE_LABEL } from "../../lib/labels";
import { UNSTATED_ROUTE, type SideEffectMatrix } from "../../lib/side-effects/build-side-effect-matrix";
import type { ExportCell, ViewTable } from "./write-csv";

// A comparison or matrix view as one long table: a row per claim shown in a cell, in the view's order.

const claimLink = (origin: string, id: string): ExportCell => ({ text: id, hyperlink: `${origin}/claims/${id}` });

export function comparisonTable(name: string, data: Comparison, origin: string): ViewTable {
  const rows: ExportCell[][] = [];
  for (const row of data.rows) {
    for (const col of data.columns) {
      const cell = row.cells[col.id];
      if (cell.summary) rows.push([row.label, col.label, null, "", cell.summary, "", "", ""]);
      else if (cell.claims.length === 0) rows.push([row.label, col.label, null, "", "No evidence in the dataset", "", "", ""]);
      for (const c of cell.claims) rows.push([row.label, col.label, c.level, certaintyLabel(c.certainty), c.statement, c.detail, c.source, claimLink(origin, c.id)]);
    }
  }
  return {
    name,
    headers: ["Question", "Column", "Level", "Certainty", "Finding", "Figures", "Source", "Claim"],
    widths: [28, 26, 7, 12, 70, 40, 20, 34],
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
          rows.push([term, row.label, route, cell.heading, c.incidence ?? (c.counts ? "no rate published" : "no rate (design cannot give one)"), c.percent, c.level, certaintyLabel(c.certainty), c.source, claimLink(origin, c.id)]);
        }
      }
    }
  }
  return {
    name: "Side effects",
    headers: ["Term", "Adverse effect", "Route", "Cell (range of rates)", "Incidence per arm as published", "Percent (drug arm)", "Level", "Certainty", "Source", "Claim"],
    widths: [12, 26, 20, 30, 50, 9, 7, 12, 20, 34],
    rows,
  };
}
