import { PrintReferences } from "../../../components/export/print-references";
import { LevelLegend } from "../../../components/ui/level-legend";
import { cellKey, type Comparison } from "../../../lib/compare/build-comparison";
import { ComparisonGrid } from "./comparison-grid";

/** Columns are routes or subtypes, rows are questions; each cell lists the claims that answer it. */
export function ComparisonTable({ comparison, caption, moreHref }: { comparison: Comparison; caption: string; moreHref: (columnId: string, rowId: string) => string }) {
  // A function cannot cross to a client component: each cell that lists fewer claims than it has gets its link here.
  const moreHrefs = Object.fromEntries(
    comparison.rows.flatMap((row) =>
      Object.entries(row.cells)
        .filter(([, cell]) => cell.total > cell.claims.length)
        .map(([columnId]) => [cellKey(columnId, row.id), moreHref(columnId, row.id)]),
    ),
  );
  return (
    <div style={{ overflowX: "auto" }}>
      <LevelLegend />
      <ComparisonGrid columns={comparison.columns} rows={comparison.rows} moreHrefs={moreHrefs} caption={caption} />
      <PrintReferences references={comparison.references} />
    </div>
  );
}
