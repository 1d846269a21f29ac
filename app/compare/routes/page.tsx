import { ChoiceFieldset, ViewForm } from "../../../components/ui/choice-fieldset";
import { ARMS, armById } from "../../../lib/compare/arms";
import { SUBTYPE_LABEL } from "../../../lib/labels";
import { parseRouteCompareQuery } from "../../../lib/schemas/compare-query";
import { QueryError, StoreError } from "../../../components/ui/store-error";
import { getRouteComparison } from "../../../server/compare/get-route-comparison";
import { readView } from "../../../server/db";
import { ExportToolbar, VersionNotice } from "../../../components/export/export-toolbar";
import { ComparisonTable } from "../_components/comparison-table";
import { ViewMeta } from "../_components/view-meta";

export const dynamic = "force-dynamic";

const ROW_CATEGORY: Record<string, string> = {
  efficacy: "efficacy",
  onset: "onset",
  durability: "durability",
  pharmacokinetics: "pharmacokinetics",
  "adverse-effects": "adverse-effect",
  regulatory: "regulatory",
};

export default async function CompareRoutesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = parseRouteCompareQuery(params, ["v"]);
  if (!parsed.ok) return <QueryError message={parsed.message} />;
  const query = parsed.query;
  const read = await readView(() => getRouteComparison(query));
  if (!read.ok) return <StoreError />;
  const data = read.data;
  const selectedLabels = query.arm.map((a) => armById(a).label);
  return (
    <>
      <h1>Compare routes</h1>
      <ViewForm label="Choose routes and subtype" submit="Compare">
        <ChoiceFieldset legend="Routes to compare" name="arm" options={Object.fromEntries(ARMS.map((a) => [a.id, a.label]))} selected={query.arm} />
        <ChoiceFieldset legend="Depression subtype" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
      </ViewForm>
      <ViewMeta
        filters={[`routes: ${selectedLabels.join(", ")}`, query.subtype.length ? `subtype: ${query.subtype.map((s) => SUBTYPE_LABEL[s]).join(", ")}` : ""].filter(Boolean).join("; ")}
        datasetVersion={data.datasetVersion}
      />
      <VersionNotice linked={typeof params.v === "string" ? params.v : undefined} current={data.datasetVersion} />
      <ExportToolbar
        apiPath="/api/compare/routes"
        query={new URLSearchParams({ arm: query.arm.join(","), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        citationQuery={new URLSearchParams({ route: [...new Set(query.arm.map((a) => armById(a).route))].join(","), ...(query.subtype.length ? { subtype: query.subtype.join(",") } : {}) }).toString()}
        datasetVersion={data.datasetVersion}
      />
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
              {data.headToHead.map((h) => (
                <li key={h.sourceId}>
                  <a href={`/sources/${h.sourceId}`}>{h.label}</a>: {h.columns.map((c) => armById(c as never).label).join(" vs ")}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ComparisonTable
        comparison={data}
        caption="Each cell lists the strongest claims that answer the question for that route, with level and source; all cells link to their claims."
        moreHref={(col, row) => {
          const arm = armById(col as never);
          const p = new URLSearchParams({ route: arm.route });
          if (arm.drugs.length) p.set("drug", arm.drugs.join(","));
          if (ROW_CATEGORY[row]) p.set("category", ROW_CATEGORY[row]);
          if (query.subtype.length) p.set("subtype", query.subtype.join(","));
          return `/?${p.toString()}`;
        }}
      />
    </>
  );
}
