import { COMPARE_SUBTYPES, parseSubtypeCompareQuery } from "../../../lib/schemas/compare-query";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../../lib/labels";
import { ROUTES, SUBTYPES } from "../../../lib/schemas/vocabulary";
import { QueryError, StoreError } from "../../../components/ui/store-error";
import { getSubtypeComparison } from "../../../server/compare/get-subtype-comparison";
import { StoreUnavailableError } from "../../../server/db";
import { ExportToolbar, VersionNotice } from "../../../components/export/export-toolbar";
import { ComparisonTable } from "../_components/comparison-table";
import { ViewMeta } from "../_components/view-meta";

export const dynamic = "force-dynamic";

export default async function CompareSubtypesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = parseSubtypeCompareQuery(params, ["v"]);
  if (!parsed.ok) return <QueryError message={parsed.message} />;
  const query = parsed.query;
  let data;
  try {
    data = await getSubtypeComparison(query);
  } catch (error) {
    if (error instanceof StoreUnavailableError) return <StoreError />;
    throw error;
  }
  return (
    <>
      <h1>Compare depression subtypes</h1>
      <form method="get" className="no-print filters" aria-label="Choose subtypes and route">
        <fieldset>
          <legend>Subtypes to compare</legend>
          {SUBTYPES.map((s) => (
            <label key={s}>
              <input type="checkbox" name="subtype" value={s} defaultChecked={query.subtype.includes(s)} /> {SUBTYPE_LABEL[s]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Route</legend>
          {ROUTES.map((r) => (
            <label key={r}>
              <input type="checkbox" name="route" value={r} defaultChecked={query.route.includes(r)} /> {ROUTE_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit">Compare</button>
        </div>
      </form>
      <ViewMeta
        filters={[`subtypes: ${query.subtype.map((s) => SUBTYPE_LABEL[s]).join(", ")}`, query.route.length ? `route: ${query.route.map((r) => ROUTE_LABEL[r]).join(", ")}` : ""].filter(Boolean).join("; ")}
        datasetVersion={data.datasetVersion}
      />
      <VersionNotice linked={typeof params.v === "string" ? params.v : undefined} current={data.datasetVersion} />
      <ExportToolbar
        apiPath="/api/compare/subtypes"
        query={new URLSearchParams({ subtype: query.subtype.join(","), ...(query.route.length ? { route: query.route.join(",") } : {}) }).toString()}
        citationQuery={new URLSearchParams({ subtype: query.subtype.join(","), ...(query.route.length ? { route: query.route.join(",") } : {}) }).toString()}
        datasetVersion={data.datasetVersion}
      />
      <p className="muted">
        Default columns: {COMPARE_SUBTYPES.map((s) => SUBTYPE_LABEL[s]).join(", ")}. Thin columns (few claims, low levels) are shown as thin,
        not hidden.
      </p>
      <ComparisonTable
        comparison={data}
        caption="Each cell lists the strongest claims for that subtype, with level and source."
        moreHref={(col, row) => {
          const p = new URLSearchParams({ subtype: col });
          if (row !== "evidence") p.set("category", row);
          if (query.route.length) p.set("route", query.route.join(","));
          return `/?${p.toString()}`;
        }}
      />
    </>
  );
}
