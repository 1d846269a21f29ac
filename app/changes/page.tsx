import { QueryNotice, ViewError } from "../../components/ui/store-error";
import { parseChangesPageQuery } from "../../lib/schemas/changes-query";
import { getChanges } from "../../server/changes/get-changes";
import { loadView } from "../../server/views/load-view";

export const dynamic = "force-dynamic";
export const metadata = { title: "What changed", description: "New, changed and withdrawn claims in each dataset version." };

/**
 * A list longer than this shows its first claims and a link to the whole list. The first import adds every claim
 * (about 500): listed whole, that page was 350 kB of HTML for a phone to parse and hydrate.
 */
const LIST_PREVIEW = 20;

export default async function ChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseChangesPageQuery, (q) => getChanges(q));
  if (!view.ok) return <ViewError failure={view} />;
  const { data } = view;
  return (
    <>
      <h1>What changed</h1>
      {view.problem ? <QueryNotice message={view.problem.message} ignored={view.problem.ignored} /> : null}
      <p>
        Each import of new or corrected evidence is a dataset version. Claims keep their ids; a corrected claim says what changed
        on its own page. Follow the <a href="/feed.xml">Atom feed</a> to hear of new versions.
        {data.since ? (
          <>
            {" "}
            Showing versions after <strong>{data.since}</strong>
            {data.sinceKnown ? "" : " (an unknown version: every version is shown)"} · <a href="/changes">all versions</a>
          </>
        ) : null}
      </p>
      <p className="muted">Current dataset version: {data.datasetVersion ?? "none imported"}</p>
      {data.releases.length === 0 ? <p className="empty-box" data-testid="no-changes">No changes since then.</p> : null}
      {data.releases.map((r) => (
        <section key={r.version} id={r.version} aria-labelledby={`h-${r.version}`} data-testid="release">
          <h2 id={`h-${r.version}`}>
            Version {r.version} <span className="muted">({r.importedAt.slice(0, 10)}, {r.claimCount} claims)</span>
          </h2>
          {(["added", "changed", "withdrawn"] as const).map((kind) => {
            const all = r[kind];
            if (!all.length) return null;
            const shown = view.query.full === r.version ? all : all.slice(0, LIST_PREVIEW);
            const label = kind[0].toUpperCase() + kind.slice(1);
            return (
              <div key={kind}>
                <h3>
                  {label}: {all.length}
                </h3>
                <ul data-kind={kind}>
                  {shown.map((c) => (
                    <li key={c.id}>{kind === "withdrawn" ? `${c.statement} (${c.id})` : <a href={`/claims/${c.id}`}>{c.statement}</a>}</li>
                  ))}
                </ul>
                {shown.length < all.length ? (
                  <p>
                    <a href={`?${new URLSearchParams({ ...(data.since ? { since: data.since } : {}), full: r.version })}#${r.version}`} data-testid="show-all">
                      Show all {all.length} {kind} claims of version {r.version}
                    </a>
                  </p>
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
