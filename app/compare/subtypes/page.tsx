import { ViewHeader } from "../../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../../components/ui/choice-fieldset";
import { COMPARE_SUBTYPES, parseSubtypeCompareQuery } from "../../../lib/schemas/compare-query";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../../lib/labels";
import { ViewError } from "../../../components/ui/store-error";
import { getSubtypeComparison } from "../../../server/compare/get-subtype-comparison";
import { loadView } from "../../../server/views/load-view";
import { toSearchParams } from "../../../lib/view-params";
import { ComparisonTable } from "../_components/comparison-table";

export const dynamic = "force-dynamic";
export const metadata = { title: "Compare depression subtypes", description: "What the evidence says for treatment-resistant, bipolar and suicidal depression, older adults and adolescents, with certainty." };

export default async function CompareSubtypesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseSubtypeCompareQuery, getSubtypeComparison);
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  return (
    <>
      <h1>Compare depression subtypes</h1>
      <ViewForm label="Choose subtypes and route" submit="Compare">
        <ChoiceFieldset legend="Subtypes to compare" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
      </ViewForm>
      <ViewHeader
        apiPath="/api/compare/subtypes"
        params={{ subtype: query.subtype, route: query.route }}
        citations={{ subtype: query.subtype, route: query.route }}
        datasetVersion={data.datasetVersion}
        linkedVersion={params.v}
        problem={view.problem}
      />
      <p className="no-print" data-testid="sof-link">
        How large are the effects, and how sure are we?{" "}
        {query.subtype.map((subtype, i) => (
          <span key={subtype}>
            {i ? " · " : ""}
            <a href={`/summary?${new URLSearchParams({ subtype, ...(query.route.length ? { route: query.route.join(",") } : {}) })}`}>
              Summary of findings, {SUBTYPE_LABEL[subtype].toLowerCase()}
            </a>
          </span>
        ))}
      </p>
      <p className="muted">
        Default columns: {COMPARE_SUBTYPES.map((s) => SUBTYPE_LABEL[s]).join(", ")}. Thin columns (few claims, low levels) are shown as thin,
        not hidden.
      </p>
      <ComparisonTable
        comparison={data}
        caption="Each cell lists the strongest claims for that subtype, with level and source."
        moreHref={(col, row) => {
          return `/?${toSearchParams({ subtype: [col], route: query.route, category: row === "evidence" ? undefined : row })}`;
        }}
      />
    </>
  );
}
