"use client";

import { CellItems } from "../../../components/ui/cell-items";
import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import type { CellClaim } from "../../../lib/compare/build-comparison";

/** What a cell shows of a claim: no sample size or source id (those are for exports). */
export type GridClaim = Omit<CellClaim, "sampleSize" | "sourceId">;
export type GridCell = { claims: GridClaim[]; total: number; summary?: string; moreHref?: string };
export type Grid = { columns: { id: string; label: string; claims: number }[]; rows: { id: string; label: string; cells: Record<string, GridCell> }[] };

/**
 * The comparison's table, rendered from data rather than sent as a rendered tree. A server component's output
 * travels twice, as HTML and again as the page's hydration data (every element, class name and attribute); as a
 * client component only these props travel again. On the route comparison that took the page from 490 kB to
 * about 300 kB (docs/decisions/0003-plain-links.md).
 */
export function ComparisonGrid({ grid, caption }: { grid: Grid; caption: string }) {
  return (
    <table className="data cards comparison" data-testid="comparison">
      <caption className="muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {grid.columns.map((col) => (
            <th scope="col" key={col.id} data-col={col.id}>
              {col.label} <span className="muted">({col.claims} claims)</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row">{row.label}</th>
            {grid.columns.map((col) => {
              const cell = row.cells[col.id];
              return (
                <td key={col.id} data-label={`${col.label} — ${row.label}`} data-col={col.id}>
                  {cell.summary ? (
                    <span data-testid="cell-summary">{cell.summary}</span>
                  ) : cell.claims.length === 0 ? (
                    <span className="muted">No evidence in the dataset</span>
                  ) : (
                    <>
                      <CellItems
                        items={cell.claims.map((c) => ({
                          key: c.id,
                          attrs: { "data-claim-id": c.id },
                          node: (
                            <>
                              {/* Compact: the figures, the evidence badge and the citation; the sentence on demand. */}
                              <EvidenceBadge level={c.level} certainty={c.certainty} reason={c.levelReason} reasons={c.certaintyReasons} />{" "}
                              <span className="cell-figures">{c.detail || "No figures reported"}</span> ·{" "}
                              {/* Named by its source; the finding beside it gives the link its purpose. */}
                              <a href={`/claims/${c.id}`}>{c.source}</a>
                              <details className="cell-finding">
                                <summary>Finding</summary>
                                {c.statement}
                              </details>
                            </>
                          ),
                        }))}
                      />
                      {cell.moreHref ? (
                        <a className="cell-all" href={cell.moreHref}>
                          All {cell.total} claims in the explorer
                        </a>
                      ) : null}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
