import { ChoiceFieldset, ViewForm } from "../../../components/ui/choice-fieldset";
import { COMPARE_SUBTYPES, parseSubtypeCompareQuery } from "../../../lib/schemas/compare-query";
import { ROUTE_LABEL, SUBTYPE_LABEL } from "../../../lib/labels";
import { QueryError, StoreError } from "../../../components/ui/store-error";
import { getSubtypeComparison } from "../../../server/compare/get-subtype-comparison";
import { readView } from "../../../server/db";
import { ExportToolbar, VersionNotice } from "../../../components/export/export-toolbar";
import { ComparisonTable } from "../_components/comparison-table";
import { ViewMeta } from "../_components/view-meta";

export const dynamic = "force-dynamic";

export default async function CompareSubtypesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const parsed = parseSubtypeCompareQuery(params, ["v"]);
  if (!parsed.ok) return <QueryError message={parsed.message} />;
  const query = parsed.query;
  const read = await readView(() => getSubtypeComparison(query));
  if (!read.ok) return <StoreError />;
  const data = read.data;
  return (
    <>
      <h1>Compare depression subtypes</h1>
      <ViewForm label="Choose subtypes and route" submit="Compare">
        <ChoiceFieldset legend="Subtypes to compare" name="subtype" options={SUBTYPE_LABEL} selected={query.subtype} />
        <ChoiceFieldset legend="Route" name="route" options={ROUTE_LABEL} selected={query.route} />
      </ViewForm>
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
