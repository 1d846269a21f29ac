import { parseColumns, toClaimRow } from "../lib/claim-columns";
import { LIST_FILTERS, parseClaimsQuery, serializeClaimsQuery } from "../lib/schemas/claims-query";
import { LevelLegend } from "../components/ui/level-legend";
import { QueryError, QueryNotice, StoreError } from "../components/ui/store-error";
import { getExplorerData } from "../server/claims/get-explorer-data";
import { readView } from "../server/db";
import { ChangedSinceNotice } from "../components/export/changed-since";
import { ExportToolbar } from "../components/export/export-toolbar";
import { ActiveFilters } from "./_components/active-filters";
import { PrintReferences } from "../components/export/print-references";
import { referencesOf } from "../lib/references";
import { ClaimsTable } from "./_components/claims-table";
import { FilterPanel } from "./_components/filter-panel";
import { FilterDrawer } from "./_components/filter-drawer";
import { Pagination } from "./_components/pagination";

export const dynamic = "force-dynamic";
export const metadata = { title: "Evidence explorer — ketamine evidence tables", description: "Filter cited, graded claims about ketamine and esketamine for depression by subtype, route, drug, certainty and outcome." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExplorerPage({ searchParams }: Props) {
  const given = await searchParams;
  // The Columns form without JavaScript sends one `cols` per ticked box; the view's own links carry the comma list.
  const raw = Array.isArray(given.cols) ? { ...given, cols: given.cols.join(",") } : given;
  // One bad value must not throw away the rest of a link: drop the parameters that fail and keep the others.
  let parsed = parseClaimsQuery(raw, ["cols", "v"]);
  const colsFirst = parseColumns(typeof raw.cols === "string" ? raw.cols : undefined);
  const ignored = [...new Set([...(parsed.ok ? [] : parsed.issues.map((i) => i.param)), ...(colsFirst.ok ? [] : ["cols"])])];
  const problem = [!parsed.ok ? parsed.message : "", !colsFirst.ok ? colsFirst.message : ""].filter(Boolean).join("; ");
  const params = Object.fromEntries(Object.entries(raw).filter(([k]) => !ignored.includes(k)));
  if (!parsed.ok) parsed = parseClaimsQuery(params, ["cols", "v"]);
  const cols = parseColumns(typeof params.cols === "string" ? params.cols : undefined);
  if (!parsed.ok || !cols.ok) {
    return <QueryError message={problem} />;
  }
  let query = parsed.query;
  let read = await readView(() => getExplorerData(query));
  if (!read.ok) return <StoreError />;
  // A page past the end (an old link, a typed number) shows the last page and says so, never "page 99999 of 16".
  const lastPage = Math.max(1, Math.ceil(read.data.claims.total / query.pageSize));
  const requestedPage = query.page;
  if (query.page > lastPage) {
    query = { ...query, page: lastPage };
    const q = query;
    read = await readView(() => getExplorerData(q));
    if (!read.ok) return <StoreError />;
  }
  const data = read.data;
  const { claims, facets, datasetVersion } = data;
  const base = serializeClaimsQuery(query);
  if (typeof params.cols === "string") base.set("cols", params.cols);

  const activeCount = LIST_FILTERS.reduce((n, f) => n + (query[f] as unknown[]).length, 0) + (query.q ? 1 : 0) + (query.source ? 1 : 0);

  return (
    <>
      {problem ? <QueryNotice message={problem} ignored={ignored} /> : null}
      <p className="print-only">
        Printed {new Date().toISOString().slice(0, 10)} · dataset version {datasetVersion}
      </p>
      <ChangedSinceNotice linked={typeof params.v === "string" ? params.v : undefined} current={datasetVersion} />
      <div className="explorer">
        {/* Results first: on a wide screen the filters are a side panel; on a phone they fold behind "Filters (n)". */}
        <FilterDrawer active={activeCount}>
          <FilterPanel query={query} facets={facets} />
        </FilterDrawer>
        <section className="results" aria-labelledby="results-heading">
          <h1 id="results-heading" className="results-heading">
            Evidence explorer{" "}
            <span className="result-count" aria-live="polite" data-testid="result-count">
              <strong>{claims.total}</strong> {claims.total === 1 ? "claim matches" : "claims match"}
            </span>
          </h1>
          <ActiveFilters query={query} extra={typeof params.cols === "string" ? { cols: params.cols } : {}} />
          {requestedPage > query.page ? (
            <p className="notice" role="status" data-testid="page-notice">
              There is no page {requestedPage}: these filters give {lastPage} {lastPage === 1 ? "page" : "pages"}, so the last page is shown.
            </p>
          ) : null}
          {claims.total === 0 ? (
            <div className="empty-box" data-testid="empty-result">
              <p>
                <strong>No evidence matches these filters.</strong> This is not an error: the curated dataset has no claim
                with this combination. Remove a filter to widen the search.
              </p>
            </div>
          ) : (
            <>
              <ClaimsTable claims={claims.data.map(toClaimRow)} columns={cols.columns} sort={query.sort} baseQuery={base.toString()} />
              <Pagination total={claims.total} page={query.page} pageSize={query.pageSize} baseQuery={base.toString()} />
            </>
          )}
          <ExportToolbar
            apiPath="/api/claims"
            query={base.toString()}
            citationQuery={serializeClaimsQuery({ ...query, sort: undefined, page: 1, pageSize: undefined }).toString()}
            datasetVersion={datasetVersion}
          />
          <p className="muted small">
            {query.sort.key === "relevance" && !query.sort.desc
              ? `Ordered by ${query.q ? "match to the search, then " : ""}clinical relevance: efficacy, suicidality and harms first; within them higher certainty and larger samples first. `
              : null}
            Dataset version <span data-testid="dataset-version">{datasetVersion ?? "none imported"}</span>.
          </p>
          {claims.total > 0 ? (
            <>
              <LevelLegend />
              <PrintReferences references={referencesOf(claims.data)} />
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
