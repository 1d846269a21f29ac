import { PrintReferences } from "../../../components/export/print-references";
import { LevelLegend } from "../../../components/ui/level-legend";
import type { Comparison } from "../../../lib/compare/build-comparison";
import { ComparisonGrid, type Grid } from "./comparison-grid";

/** Columns are routes or subtypes, rows are questions; each cell lists the claims that answer it. */
export function ComparisonTable({ comparison, caption, moreHref }: { comparison: Comparison; caption: string; moreHref: (columnId: string, rowId: string) => string }) {
  // Only what the cells show crosses to the client component; a cell with more claims than it lists gets its link.
  const grid: Grid = {
    columns: comparison.columns,
    rows: comparison.rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([colId, cell]) => [
          colId,
          {
            claims: cell.claims.map(({ sampleSize: _n, sourceId: _s, ...shown }) => shown),
            total: cell.total,
            summary: cell.summary,
            moreHref: cell.total > cell.claims.length ? moreHref(colId, row.id) : undefined,
          },
        ]),
      ),
    })),
  };
  return (
    <div style={{ overflowX: "auto" }}>
      <LevelLegend />
      <ComparisonGrid grid={grid} caption={caption} />
      <PrintReferences references={comparison.references} />
    </div>
  );
}
