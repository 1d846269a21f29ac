import { ViewHeader } from "../../../components/export/view-header";
import { ChoiceFieldset, ViewForm } from "../../../components/ui/choice-fieldset";
import { ARM_LABEL, armById } from "../../../lib/compare/arms";
import { toSearchParams } from "../../../lib/view-params";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../../lib/labels";
import { parseRouteCompareQuery } from "../../../lib/schemas/compare-query";
import { ViewError } from "../../../components/ui/store-error";
import { getRouteComparison } from "../../../server/compare/get-route-comparison";
import { loadView } from "../../../server/views/load-view";
import { ComparisonTable } from "../_components/comparison-table";

/** Head-to-head sources named on the page; the API lists them all. */
const HEAD_TO_HEAD_SHOWN = 12;

export const dynamic = "force-dynamic";
export const metadata = { title: "Compare routes", description: "Intravenous, intranasal, oral, sublingual, intramuscular and subcutaneous ketamine side by side: efficacy, onset, durability, harms and regulation." };

const ROW_CATEGORY: Record<string, string> = {
  efficacy: "efficacy",
  onset: "onset",
  durability: "durability",
  pharmacokinetics: "pharmacokinetics",
  "adverse-effects": "adverse-effect",
  regulatory: "regulatory",
};

export default async function CompareRoutesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseRouteCompareQuery, getRouteComparison);
  if (!view.ok) return <ViewError failure={view} />;
  const { params, query, data } = view;
  return (
    <>
      <h1>Compare routes</h1>
      <ViewForm label="Choose routes and subtype" submit="Compare">
        {/* Like every other view's route picker: nothing ticked means all, so comparing two routes takes two ticks. */}
        <ChoiceFieldset legend="Routes to compare" name="arm" options={ARM_LABEL} selected={params.arm ? query.arm : []} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewHeader
        apiPath="/api/compare/routes"
        params={{ arm: query.arm, subtype: query.subtype }}
        citations={{ route: [...new Set(query.arm.map((a) => armById(a).route))], subtype: query.subtype }}
        datasetVersion={data.datasetVersion}
        linkedVersion={params.v}
        problem={view.problem}
      />
      <p className="no-print" data-testid="sof-link">
        How large are the effects, and how sure are we?{" "}
        {[...new Set(query.arm.map((a) => armById(a).route))].map((route, i) => (
          <span key={route}>
            {i ? " · " : ""}
            <a href={`/summary?${new URLSearchParams({ route, ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) })}`}>
              Summary of findings, {ROUTE_LABEL[route].toLowerCase()}
            </a>
          </span>
        ))}
      </p>
      <section aria-labelledby="h2h" data-testid="head-to-head">
        <h2 id="h2h">Direct or indirect?</h2>
        {data.headToHead.length === 0 ? (
          <p>
            <strong>Indirect comparison.</strong> No source in the dataset studied these routes together: each column
            comes from separate studies with different patients, doses and outcomes. Read across with care.
          </p>
        ) : (
          <>
            <p>
              <strong>Direct (head-to-head) evidence</strong> exists for some pairs; all other cells are indirect
              (separate studies side by side).
            </p>
            <ul>
              {data.headToHead.slice(0, HEAD_TO_HEAD_SHOWN).map((h) => (
                <li key={h.sourceId}>
                  <a href={`/sources/${h.sourceId}`}>{h.label}</a>: {h.columns.map((c) => ARM_LABEL[c as keyof typeof ARM_LABEL]).join(" vs ")}
                </li>
              ))}
              {data.headToHead.length > HEAD_TO_HEAD_SHOWN ? (
                <li className="muted" data-testid="more-head-to-head">
                  and {data.headToHead.length - HEAD_TO_HEAD_SHOWN} more head-to-head sources ({data.headToHead.length} in all; the JSON twin,{" "}
                  <code>/api/compare/routes</code>, lists every one)
                </li>
              ) : null}
            </ul>
          </>
        )}
      </section>
      <ComparisonTable
        comparison={data}
        caption="Each cell lists the strongest claims that answer the question for that route, with level and source; all cells link to their claims."
        moreHref={(col, row) => {
          const arm = armById(col as never);
          return `/?${toSearchParams({ subtype: query.subtype, route: [arm.route], drug: arm.drugs, category: ROW_CATEGORY[row] })}`;
        }}
      />
    </>
  );
}
