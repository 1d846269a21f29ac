"use client";

import { CellItems } from "../../../components/ui/cell-items";
import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import { DESIGN_LABEL, ROUTE_LABEL } from "../../../lib/labels";
import type { Design } from "../../../lib/schemas/vocabulary";
import { UNSTATED_ROUTE, type SideEffectColumn, type SideEffectRow } from "../../../lib/side-effects/build-side-effect-matrix";

/*
 * A client component although nothing in it is interactive: its props (the matrix's data) are much smaller than
 * its rendered tree, which a server component would send a second time as the page's hydration data
 * (docs/decisions/0003-plain-links.md).
 */

const columnLabel = (c: SideEffectColumn) => (c === UNSTATED_ROUTE ? "Route not stated (e.g. recreational use)" : ROUTE_LABEL[c]);

export function SideEffectTable({ title, rows, columns, testId }: { title: string; rows: SideEffectRow[]; columns: SideEffectColumn[]; testId: string }) {
  return (
    <section aria-labelledby={testId}>
      <h2 id={testId}>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty-box">No evidence matches these filters.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table className="data cards" data-testid={testId}>
            <caption className="muted" style={{ textAlign: "left" }}>
              Range = lowest to highest published incidence in the ketamine or esketamine arms, from trials, cohorts, pooled
              analyses, meta-analyses and labels. Case reports, case series and pharmacovigilance are listed but give no rate.
            </caption>
            <thead>
              <tr>
                <th scope="col">Adverse effect</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {columnLabel(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.effect} data-effect={row.effect}>
                  <th scope="row">{row.label}</th>
                  {columns.map((c) => {
                    const cell = row.cells[c];
                    return (
                      <td key={c} data-label={`${row.label} — ${columnLabel(c)}`} data-col={c}>
                        {cell.claims.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <>
                            <strong data-testid={cell.min !== null ? "range" : "no-range"}>{cell.heading}</strong>
                            <CellItems
                              items={cell.claims.map((cl) => ({
                                key: cl.id,
                                attrs: { "data-counts": String(cl.counts) },
                                node: (
                                  <>
                                    <EvidenceBadge level={cl.level} certainty={cl.certainty} />{" "}
                                    <a href={`/claims/${cl.id}`}>
                                      {cl.incidence ?? (cl.counts ? "no rate published" : `${DESIGN_LABEL[cl.design as Design] ?? cl.design}: no rate`)}
                                    </a>{" "}
                                    <span className="muted">({cl.source})</span>
                                  </>
                                ),
                              }))}
                              moreLabel={cell.total > cell.claims.length ? (n) => `${n} more (of ${cell.total} claims)` : undefined}
                              after={
                                cell.total > cell.claims.length ? (
                                  <li className="muted" data-testid="more-claims">
                                    and {cell.total - cell.claims.length} more claims (the range above rests on all {cell.total})
                                  </li>
                                ) : null
                              }
                            />
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

