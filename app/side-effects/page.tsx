import { ViewHeader } from "../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../components/ui/choice-fieldset";
import { LevelLegend } from "../../components/ui/level-legend";
import { ViewError } from "../../components/ui/store-error";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../lib/labels";
import { parseSideEffectQuery } from "../../lib/schemas/compare-query";
import { loadView } from "../../server/views/load-view";
import { getSideEffectMatrix } from "../../server/side-effects/get-side-effect-matrix";
import { PrintReferences } from "../../components/export/print-references";
import { SideEffectTable } from "./_components/side-effect-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Side effects by route", description: "Published incidence of dissociation, blood pressure, nausea and other harms of ketamine and esketamine, per arm and by route." };

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
      <LevelLegend />
      <SideEffectTable title="Short-term (during and hours after a dose)" rows={data.shortTerm} columns={data.columns} testId="short-term" />
      <SideEffectTable title="Long-term (repeated or prolonged exposure)" rows={data.longTerm} columns={data.columns} testId="long-term" />
      <PrintReferences references={data.references} />
    </>
  );
}
