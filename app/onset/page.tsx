import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import Link from "next/link";
import { LevelBadge } from "../../components/ui/level-badge";
import { QueryError, StoreError } from "../../components/ui/store-error";
import { formatHours } from "../../lib/onset/build-onset-series";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { parseOnsetQuery } from "../../lib/schemas/compare-query";
import { readView } from "../../server/db";
import { getOnsetSeries } from "../../server/onset/get-onset-series";
import { ViewMeta } from "../compare/_components/view-meta";
import { ExportToolbar, VersionNotice } from "../../components/export/export-toolbar";
import { PrintReferences } from "../../components/export/print-references";
import { OnsetChart } from "./_components/onset-chart";

export const dynamic = "force-dynamic";

export default async function OnsetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = parseOnsetQuery(params, ["v"]);
  if (!parsed.ok) return <QueryError message={parsed.message} />;
  const query = parsed.query;
  const read = await readView(() => getOnsetSeries(query));
  if (!read.ok) return <StoreError />;
  const data = read.data;
  return (
    <>
      <h1>Onset and durability</h1>
      <ViewForm label="Choose grouping and filters" submit="Show">
        <ChoiceFieldset legend="Group by" name="by" type="radio" options={{ route: "Route", subtype: "Subtype" }} selected={[query.by]} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewMeta
        filters={[`grouped by ${query.by}`, query.route.length ? `route: ${query.route.join(", ")}` : "", query.subtype.length ? `subtype: ${query.subtype.join(", ")}` : ""].filter(Boolean).join("; ")}
        datasetVersion={data.datasetVersion}
      />
      <VersionNotice linked={typeof params.v === "string" ? params.v : undefined} current={data.datasetVersion} />
      <ExportToolbar
        apiPath="/api/onset"
        query={new URLSearchParams({ by: query.by, ...(query.route.length ? { route: query.route.join(",") } : {}), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        citationQuery={new URLSearchParams({ category: "onset,durability", ...(query.route.length ? { route: query.route.join(",") } : {}), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        datasetVersion={data.datasetVersion}
      />
      {data.points.length === 0 ? (
        <p className="empty-box" data-testid="empty-result">No evidence matches these filters.</p>
      ) : (
        <>
          <p>
            Each mark is one claim: a circle where an effect was first significant, a triangle for how long it lasted. Select a
            mark (or a row below) for the claim and its source. Marks from different studies are not a pooled estimate.
          </p>
          <OnsetChart groups={data.groups} points={data.points} />
          <table className="data cards" data-testid="onset-table">
            <caption style={{ textAlign: "left" }}>The chart as a table (text equivalent)</caption>
            <thead>
              <tr>
                <th scope="col">{query.by === "route" ? "Route" : "Subtype"}</th>
                <th scope="col">Mark</th>
                <th scope="col">Time</th>
                <th scope="col">Timepoint as reported</th>
                <th scope="col">Finding</th>
                <th scope="col">Level</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((p) => (
                <tr key={`${p.claimId}-${p.group}`} data-claim-id={p.claimId}>
                  <td data-label="Group">{p.group}</td>
                  <td data-label="Mark">{p.kind === "onset" ? "● Onset" : "▲ Durability"}</td>
                  <td data-label="Time">{formatHours(p.hours)}</td>
                  <td data-label="Timepoint as reported">{p.timepoint}</td>
                  <td data-label="Finding">
                    <Link href={`/claims/${p.claimId}`}>{p.statement}</Link>
                  </td>
                  <td data-label="Level">
                    <LevelBadge level={p.level} />
                  </td>
                  <td data-label="Source">{p.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PrintReferences references={data.references} />
        </>
      )}
    </>
  );
}
