"use client";

import { CellItems } from "../../../components/ui/cell-items";
import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import { cellKey, type Comparison } from "../../../lib/compare/build-comparison";

/**
 * The comparison's table, rendered from data rather than sent as a rendered tree. A server component's output
 * travels twice, as HTML and again as the page's hydration data (every element, class name and attribute); as a
 * client component only these props travel again. On the route comparison that took the page from 494 kB to
 * 366 kB (docs/decisions/0003-plain-links.md).
 */
export function ComparisonGrid({
  columns,
  rows,
  moreHrefs,
  caption,
}: Pick<Comparison, "columns" | "rows"> & { moreHrefs: Record<string, string>; caption: string }) {
  return (
    <table className="data cards comparison" data-testid="comparison">
      <caption className="muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          {columns.map((col) => (
            <th scope="col" key={col.id} data-col={col.id}>
              {col.label} <span className="muted">({col.claims} claims)</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row">{row.label}</th>
            {columns.map((col) => {
              const cell = row.cells[col.id];
              const moreHref = moreHrefs[cellKey(col.id, row.id)];
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
                      {moreHref ? (
                        <a className="cell-all" href={moreHref}>
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
