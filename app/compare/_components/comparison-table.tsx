import { EvidenceBadge } from "../../../components/ui/evidence-badge";
import { PrintReferences } from "../../../components/export/print-references";
import { LevelLegend } from "../../../components/ui/level-legend";
import type { Comparison } from "../../../lib/compare/build-comparison";

/** Columns are routes or subtypes, rows are questions; each cell lists the claims that answer it. */
export function ComparisonTable({ comparison, caption, moreHref }: { comparison: Comparison; caption: string; moreHref: (columnId: string, rowId: string) => string }) {
  return (
    <div style={{ overflowX: "auto" }}>
      <LevelLegend />
      <table className="data cards comparison" data-testid="comparison">
        <caption className="muted" style={{ textAlign: "left" }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {comparison.columns.map((col) => (
              <th scope="col" key={col.id} data-col={col.id}>
                {col.label} <span className="muted">({col.claims} claims)</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {comparison.columns.map((col) => {
                const cell = row.cells[col.id];
                return (
                  <td key={col.id} data-label={`${col.label} — ${row.label}`} data-col={col.id}>
                    {cell.summary ? (
                      <span data-testid="cell-summary">{cell.summary}</span>
                    ) : cell.claims.length === 0 ? (
                      <span className="muted">No evidence in the dataset</span>
                    ) : (
                      <ul className="cell-claims">
                        {cell.claims.map((c) => (
                          <li key={c.id} data-claim-id={c.id}>
                            {/* Compact: the figures, the evidence badge and the citation; the sentence on demand. */}
                            <EvidenceBadge level={c.level} certainty={c.certainty} reason={c.levelReason} reasons={c.certaintyReasons} />{" "}
                            <span className="cell-figures">{c.detail || "No figures reported"}</span> ·{" "}
                            {/* Named by its source; the finding beside it gives the link its purpose (it was
                                repeated in an aria-label: 35 kB of HTML on the route comparison). */}
                            <a href={`/claims/${c.id}`}>{c.source}</a>
                            <details className="cell-finding">
                              <summary>Finding</summary>
                              {c.statement}
                            </details>
                          </li>
                        ))}
                        {cell.total > cell.claims.length ? (
                          <li>
                            <a href={moreHref(col.id, row.id)}>All {cell.total} claims in the explorer</a>
                          </li>
                        ) : null}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <PrintReferences references={comparison.references} />
    </div>
  );
}
