import { ViewHeader } from "../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import { EvidenceBadge } from "../../components/ui/evidence-badge";
import { ViewError } from "../../components/ui/store-error";
import { DESIGN_LABEL, ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import type { Design } from "../../lib/schemas/vocabulary";
import { parseSideEffectQuery } from "../../lib/schemas/compare-query";
import { UNSTATED_ROUTE, type SideEffectColumn, type SideEffectRow } from "../../lib/side-effects/build-side-effect-matrix";
import { loadView } from "../../server/views/load-view";
import { getSideEffectMatrix } from "../../server/side-effects/get-side-effect-matrix";
import { PrintReferences } from "../../components/export/print-references";

export const dynamic = "force-dynamic";
export const metadata = { title: "Side effects by route", description: "Published incidence of dissociation, blood pressure, nausea and other harms of ketamine and esketamine, per arm and by route." };

const columnLabel = (c: SideEffectColumn) => (c === UNSTATED_ROUTE ? "Route not stated (e.g. recreational use)" : ROUTE_LABEL[c]);

function Matrix({ title, rows, columns, testId }: { title: string; rows: SideEffectRow[]; columns: SideEffectColumn[]; testId: string }) {
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
                            <ul className="cell-claims">
                              {cell.claims.map((cl) => (
                                <li key={cl.id} data-counts={cl.counts}>
                                  <EvidenceBadge level={cl.level} certainty={cl.certainty} />{" "}
                                  <a href={`/claims/${cl.id}`}>
                                    {cl.incidence ?? (cl.counts ? "no rate published" : `${DESIGN_LABEL[cl.design as Design] ?? cl.design}: no rate`)}
                                  </a>{" "}
                                  <span className="muted">({cl.source})</span>
                                </li>
                              ))}
                              {cell.total > cell.claims.length ? (
                                <li className="muted" data-testid="more-claims">
                                  and {cell.total - cell.claims.length} more claims (the range above rests on all {cell.total})
                                </li>
                              ) : null}
                            </ul>
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

export default async function SideEffectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseSideEffectQuery, getSideEffectMatrix);
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  return (
    <>
      <h1>Side effects by route</h1>
      <ViewForm label="Choose routes and subtype" submit="Show">
        <ChoiceFieldset legend="Routes" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewHeader
        apiPath="/api/side-effects"
        params={{ route: query.route, subtype: query.subtype }}
        citations={{ category: ["adverse-effect"], route: query.route, subtype: query.subtype }}
        datasetVersion={data.datasetVersion}
        linkedVersion={params.v}
        problem={view.problem}
      />
      <p>
        Rates come from different studies, doses and definitions; a range is not a pooled estimate. Each line gives the
        rate in every arm as published (ketamine or esketamine first, then the comparator); other compounds, such as
        hydroxynorketamine or esmethadone, are not in these columns.
      </p>
      <Matrix title="Short-term (during and hours after a dose)" rows={data.shortTerm} columns={data.columns} testId="short-term" />
      <Matrix title="Long-term (repeated or prolonged exposure)" rows={data.longTerm} columns={data.columns} testId="long-term" />
      <PrintReferences references={data.references} />
    </>
  );
}
