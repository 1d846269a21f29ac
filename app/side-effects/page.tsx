import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import Link from "next/link";
import { LevelBadge } from "../../components/ui/level-badge";
import { QueryError, StoreError } from "../../components/ui/store-error";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { parseSideEffectQuery } from "../../lib/schemas/compare-query";
import { UNSTATED_ROUTE, type SideEffectColumn, type SideEffectRow } from "../../lib/side-effects/build-side-effect-matrix";
import { readView } from "../../server/db";
import { getSideEffectMatrix } from "../../server/side-effects/get-side-effect-matrix";
import { ExportToolbar, VersionNotice } from "../../components/export/export-toolbar";
import { PrintReferences } from "../../components/export/print-references";
import { ViewMeta } from "../compare/_components/view-meta";

export const dynamic = "force-dynamic";

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
              Incidence range = lowest to highest published incidence in the ketamine or esketamine arms of the claims in the cell.
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
                            {cell.min !== null ? (
                              <strong data-testid="range">{cell.min === cell.max ? `${cell.min}%` : `${cell.min}–${cell.max}%`}</strong>
                            ) : (
                              <strong>no rate published</strong>
                            )}
                            <ul className="cell-claims">
                              {cell.claims.map((cl) => (
                                <li key={cl.id}>
                                  <LevelBadge level={cl.level} /> <Link href={`/claims/${cl.id}`}>{cl.incidence ?? "see claim"}</Link>{" "}
                                  <span className="muted">({cl.source})</span>
                                </li>
                              ))}
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
  const params = await searchParams;
  const parsed = parseSideEffectQuery(params, ["v"]);
  if (!parsed.ok) return <QueryError message={parsed.message} />;
  const query = parsed.query;
  const read = await readView(() => getSideEffectMatrix(query));
  if (!read.ok) return <StoreError />;
  const data = read.data;
  return (
    <>
      <h1>Side effects by route</h1>
      <ViewForm label="Choose routes and subtype" submit="Show">
        <ChoiceFieldset legend="Routes" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewMeta
        filters={[`routes: ${query.route.map((r) => ROUTE_LABEL[r]).join(", ")}`, query.subtype.length ? `subtype: ${query.subtype.map((s) => SUBTYPE_LABEL[s]).join(", ")}` : ""].filter(Boolean).join("; ")}
        datasetVersion={data.datasetVersion}
      />
      <VersionNotice linked={typeof params.v === "string" ? params.v : undefined} current={data.datasetVersion} />
      <ExportToolbar
        apiPath="/api/side-effects"
        query={new URLSearchParams({ route: query.route.join(","), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        citationQuery={new URLSearchParams({ category: "adverse-effect", route: query.route.join(","), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        datasetVersion={data.datasetVersion}
      />
      <p>
        Rates come from different studies, doses and definitions; a range is not a pooled estimate. Rates are as published
        for the ketamine or esketamine arm; follow a claim for the comparator rate and the source.
      </p>
      <Matrix title="Short-term (during and hours after a dose)" rows={data.shortTerm} columns={data.columns} testId="short-term" />
      <Matrix title="Long-term (repeated or prolonged exposure)" rows={data.longTerm} columns={data.columns} testId="long-term" />
      <PrintReferences references={data.references} />
    </>
  );
}
