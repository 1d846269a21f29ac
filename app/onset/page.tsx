import { ViewHeader } from "../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import { LevelLegend } from "../../components/ui/level-legend";
import { ViewError } from "../../components/ui/store-error";
import { MARKS_PER_GROUP } from "../../lib/onset/build-onset-series";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { parseOnsetQuery } from "../../lib/schemas/compare-query";
import { loadView } from "../../server/views/load-view";
import { getOnsetSeries } from "../../server/onset/get-onset-series";
import { PrintReferences } from "../../components/export/print-references";
import { OnsetChart } from "./_components/onset-chart";
import { OnsetTable } from "./_components/onset-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Onset and durability", description: "When ketamine and esketamine effects start and how long they last, by route or subtype, as a chart and a table." };

export default async function OnsetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseOnsetQuery, getOnsetSeries);
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  return (
    <>
      <h1>Onset and durability</h1>
      <ViewForm label="Choose grouping and filters" submit="Show">
        <ChoiceFieldset legend="Group by" name="by" type="radio" options={{ route: "Route", subtype: "Subtype" }} selected={[query.by]} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewHeader
        apiPath="/api/onset"
        params={{ by: query.by, route: query.route, subtype: query.subtype }}
        citations={{ category: ["onset", "durability", "suicidality"], route: query.route, subtype: query.subtype }}
        datasetVersion={data.datasetVersion}
        linkedVersion={params.v}
        problem={view.problem}
      />
      {data.points.length === 0 ? (
        <p className="empty-box" data-testid="empty-result">No evidence matches these filters.</p>
      ) : (
        <>
          <p>
            Each mark is one claim: a circle where an effect was first significant, a triangle for how long it lasted, a
            diamond where an effect on suicidal ideation was measured. Select a mark (or a row below) for the claim and its
            source. Marks from different studies are not a pooled estimate.
          </p>
          {data.omitted > 0 ? (
            <p className="notice" role="status" data-testid="marks-omitted">
              {data.omitted} more marks match these filters: each group shows its {MARKS_PER_GROUP} best-evidenced onset,
              durability and suicidal-ideation marks. Narrow the filters to see the others.
            </p>
          ) : null}
          <OnsetChart groups={data.groups} points={data.points} />
          <LevelLegend />
          <OnsetTable points={data.points} groupHeader={query.by === "route" ? "Route" : "Subtype"} />
          <PrintReferences references={data.references} />
        </>
      )}
    </>
  );
}
